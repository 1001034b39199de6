#include "secret.h"

#include <QString>

#include <cstring>
#include <mutex>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace okta {

namespace {

// Counts the Secrets that hold bytes; the first one in marks the process non-dumpable,
// the last one out restores what it was before.
class Protection {
public:
    static Protection &instance() {
        static Protection p;
        return p;
    }
    void acquire() {
        const std::lock_guard lock(m_mutex);
        if (m_count++ == 0)
            protect();
    }
    void release() {
        const std::lock_guard lock(m_mutex);
        if (--m_count == 0)
            unprotect();
    }
    int count() {
        const std::lock_guard lock(m_mutex);
        return m_count;
    }
    bool isProtected() {
        const std::lock_guard lock(m_mutex);
#ifdef Q_OS_LINUX
        return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#else
        return false;
#endif
    }

private:
    void protect() {
#ifdef Q_OS_LINUX
        m_wasDumpable = ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    }
    void unprotect() {
#ifdef Q_OS_LINUX
        if (m_wasDumpable > 0)
            ::prctl(PR_SET_DUMPABLE, m_wasDumpable, 0, 0, 0);
#endif
    }

    std::mutex m_mutex;
    int m_count = 0;
    int m_wasDumpable = 1;
};

void wipe(char *data, qsizetype size) {
    if (data && size > 0)
        explicit_bzero(data, static_cast<size_t>(size)); // unlike memset, never optimised away
}

} // namespace

Secret::Secret(QByteArrayView bytes) {
    assign(bytes.data(), bytes.size());
}

Secret Secret::fromUtf8(QStringView text) {
    QByteArray utf8 = text.toUtf8();
    Secret secret(utf8);
    wipeSecret(utf8);
    return secret;
}

Secret Secret::withPrefix(QByteArrayView prefix, const Secret &secret) {
    Secret joined;
    if (prefix.isEmpty() && secret.isEmpty())
        return joined;
    const qsizetype size = prefix.size() + secret.m_size;
    auto data = std::make_unique<char[]>(size_t(size));
    std::memcpy(data.get(), prefix.data(), size_t(prefix.size()));
    if (secret.m_size > 0)
        std::memcpy(data.get() + prefix.size(), secret.m_data.get(), size_t(secret.m_size));
    joined.m_data = std::move(data);
    joined.m_size = size;
    Protection::instance().acquire();
    return joined;
}

Secret::Secret(const Secret &other) {
    assign(other.m_data.get(), other.m_size);
}

Secret::Secret(Secret &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(other.m_size) {
    other.m_size = 0;
}

Secret &Secret::operator=(const Secret &other) {
    if (this != &other)
        assign(other.m_data.get(), other.m_size);
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

Secret::~Secret() {
    clear();
}

void Secret::assign(const char *data, qsizetype size) {
    clear();
    if (!data || size <= 0)
        return;
    m_data = std::make_unique<char[]>(size_t(size));
    std::memcpy(m_data.get(), data, size_t(size));
    m_size = size;
    Protection::instance().acquire();
}

void Secret::clear() {
    if (!m_data)
        return;
    const bool held = m_size > 0;
    wipe(m_data.get(), m_size);
    m_data.reset();
    m_size = 0;
    if (held)
        Protection::instance().release();
}

bool operator==(const Secret &a, const Secret &b) {
    if (a.m_size != b.m_size)
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.m_size; ++i)
        diff |= static_cast<unsigned char>(a.m_data[i] ^ b.m_data[i]);
    return diff == 0;
}

int Secret::liveCount() {
    return Protection::instance().count();
}

bool Secret::processProtected() {
    return Protection::instance().isProtected();
}

void wipeSecret(QByteArray &bytes) {
    if (!bytes.isEmpty()) {
        // data() detaches a shared buffer, so only our own copy is overwritten.
        wipe(bytes.data(), bytes.size());
    }
    bytes.clear();
}

} // namespace okta

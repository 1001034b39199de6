#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMetaType>
#include <QStringView>

#include <cstddef>
#include <memory>

namespace okta {

// The one holder of a credential in memory: an access, refresh or ID token, an API token,
// a client secret, an Authorization header. Every copy is a deep copy with its own buffer,
// and every buffer is overwritten before it is freed, so no credential outlives its holder
// in this process's heap (QByteArray's shared buffers could not promise that: wiping one
// copy detaches it and leaves the shared bytes behind).
//
// While any Secret holds bytes the process is marked non-dumpable (PR_SET_DUMPABLE 0): no
// core file, no ptrace attach by another process of the same user, /proc/PID/mem closed
// to them. The mark is lifted when the last one is released.
//
// Bytes go into a Secret implicitly (a QByteArray an API handed over, a literal in a test);
// they come out only explicitly (view(), copyOut()), and there is no QDebug operator, so a
// Secret cannot end up in a log line or a message by accident.
class Secret {
public:
    Secret() noexcept = default;
    // A deep copy of `bytes`; the caller wipes its own copy if it is one.
    explicit Secret(QByteArrayView bytes);
    Secret(const QByteArray &bytes)
        : Secret(QByteArrayView(bytes)) {}
    Secret(const char *bytes)
        : Secret(QByteArrayView(bytes)) {}
    // The UTF-8 of `text` (a client secret typed into a field).
    Secret(const QString &text)
        : Secret(fromUtf8(text)) {}
    // The UTF-8 of `text` (a client secret typed into a field).
    static Secret fromUtf8(QStringView text);
    // "SSWS " + token, "Bearer " + token: built in place, never in an ordinary string.
    static Secret withPrefix(QByteArrayView prefix, const Secret &secret);

    Secret(const Secret &other);
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool isEmpty() const { return m_size == 0; }
    qsizetype size() const { return m_size; }
    // Valid while this Secret lives and is not assigned to.
    QByteArrayView view() const { return {m_data.get(), m_size}; }
    // A QByteArray for an API that only takes one (a keychain write, a request header, a
    // form field). Its buffer is not this Secret's: the caller wipes it when done.
    QByteArray copyOut() const { return QByteArray(m_data.get(), m_size); }
    // Overwrites and frees the bytes.
    void clear();

    // Constant time in the contents, so a comparison does not tell how much matched.
    friend bool operator==(const Secret &a, const Secret &b);
    friend bool operator!=(const Secret &a, const Secret &b) { return !(a == b); }

    // How many Secrets hold bytes right now, and whether the process is non-dumpable for
    // them (tests; the About box).
    static int liveCount();
    static bool processProtected();

private:
    void assign(const char *data, qsizetype size);

    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
};

// Overwrites the bytes of a QByteArray this code owns before releasing it, for the few
// places that must hand a credential to an API taking a QByteArray. A buffer still shared
// with other copies is detached first, so their holders are unaffected.
void wipeSecret(QByteArray &bytes);

} // namespace okta

Q_DECLARE_METATYPE(okta::Secret)

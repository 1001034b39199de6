// Issue 11 item 6: credentials live in one holder (okta::Secret) that wipes its bytes when
// released, and the process is non-dumpable while it holds any. Checked on the process
// itself: its own memory through /proc/self/mem, and prctl(PR_GET_DUMPABLE).
#include "core/auth/clientcredentials.h"
#include "core/auth/oauthauthorizer.h"
#include "core/auth/tokenset.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktajob.h"
#include "core/secrets/secret.h"

#include "support/testmain.h"
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace okta;

namespace {

constexpr unsigned char kMask = 0x5a;

// Counts where `masked` (the needle XOR kMask, so the needle itself is never in this
// process in the clear) occurs in this process's writable memory. Reads go through a
// buffer of its own mapping, which is skipped and unmasked in place before searching.
class MemoryScan {
public:
    MemoryScan() {
        m_mem = ::open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
        m_buffer = static_cast<unsigned char *>(
            ::mmap(nullptr, kChunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
    }
    ~MemoryScan() {
        if (m_mem >= 0)
            ::close(m_mem);
        if (m_buffer != MAP_FAILED)
            ::munmap(m_buffer, kChunk);
    }
    Q_DISABLE_COPY_MOVE(MemoryScan)
    bool usable() const { return m_mem >= 0 && m_buffer != MAP_FAILED; }

    int count(const QByteArray &masked) {
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return -1;
        int found = 0;
        const QList<QByteArray> lines = maps.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> cols = line.simplified().split(' ');
            if (cols.size() < 2 || !cols[1].startsWith("rw"))
                continue; // a credential is only ever in writable memory
            const QList<QByteArray> range = cols[0].split('-');
            const quint64 begin = range.value(0).toULongLong(nullptr, 16);
            const quint64 end = range.value(1).toULongLong(nullptr, 16);
            const auto buffer = reinterpret_cast<quintptr>(m_buffer);
            if (end <= begin || end - begin > (quint64(1) << 30) || (buffer >= begin && buffer < end))
                continue; // sanitizer shadow and reserved areas, and our own buffer
            found += countIn(begin, end, masked);
        }
        std::memset(m_buffer, 0, kChunk);
        return found;
    }

private:
    static constexpr size_t kChunk = 1 << 20;

    int countIn(quint64 begin, quint64 end, const QByteArray &masked) {
        int found = 0;
        const size_t overlap = size_t(masked.size()) - 1;
        for (quint64 at = begin; at < end;) {
            const size_t want = size_t(std::min<quint64>(kChunk, end - at));
            const ssize_t got = ::pread(m_mem, m_buffer, want, off_t(at));
            if (got <= 0)
                break; // an unreadable page (a guard page): skip the rest of the area
            for (ssize_t i = 0; i < got; ++i)
                m_buffer[i] ^= kMask;
            const auto *hay = reinterpret_cast<const char *>(m_buffer);
            const char *cursor = hay;
            while (const void *hit = ::memmem(cursor, size_t(hay + got - cursor), masked.constData(),
                                              size_t(masked.size()))) {
                ++found;
                cursor = static_cast<const char *>(hit) + 1;
            }
            if (size_t(got) < want || at + quint64(got) >= end)
                break;
            at += quint64(got) > overlap ? quint64(got) - overlap : quint64(got);
        }
        return found;
    }

    int m_mem = -1;
    unsigned char *m_buffer = static_cast<unsigned char *>(MAP_FAILED);
};

// 48 random letters straight into a Secret: the only clear copy this process ever has.
// `masked` receives them XOR kMask, for MemoryScan.
Secret randomSecret(QByteArray *masked) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    char bytes[48];
    masked->resize(sizeof bytes);
    for (size_t i = 0; i < sizeof bytes; ++i) {
        bytes[i] = alphabet[QRandomGenerator::system()->bounded(52)];
        (*masked)[qsizetype(i)] = char(bytes[i] ^ kMask);
    }
    Secret secret(QByteArrayView(bytes, sizeof bytes));
    explicit_bzero(bytes, sizeof bytes);
    return secret;
}

bool dumpable() {
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1;
}

} // namespace

class TstSecret : public QObject {
    Q_OBJECT
    // Opened before any Secret exists: a non-dumpable process's /proc files belong to root.
    std::optional<MemoryScan> m_scan;

private Q_SLOTS:
    void initTestCase() {
        QCOMPARE(Secret::liveCount(), 0);
        QVERIFY2(dumpable(), "the test process starts dumpable");
        m_scan.emplace();
        QVERIFY(m_scan->usable());
    }

    void copiesAreDeepAndCompareByContent() {
        const Secret a("token-bytes");
        const Secret b = a;
        QVERIFY(a.view().data() != b.view().data()); // no shared buffer for a wipe to miss
        QVERIFY(a == b);
        QVERIFY(a != Secret("token-byteZ"));
        QVERIFY(a != Secret("token"));
        Secret moved = Secret(a);
        QCOMPARE(moved.view(), QByteArrayView("token-bytes"));
        Secret from = std::move(moved);
        QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move): a moved-from Secret is empty
        QCOMPARE(Secret::withPrefix("Bearer ", from).view(), QByteArrayView("Bearer token-bytes"));
    }

    // The holder's bytes are nowhere in the process once it is released; while it lives, the
    // same scan finds them (so the scan itself works).
    void releasedSecretLeavesNoCopyInMemory() {
        QByteArray masked;
        std::optional<Secret> secret(randomSecret(&masked));
        QVERIFY(m_scan->count(masked) >= 1);
        secret.reset();
        QCOMPARE(m_scan->count(masked), 0);

        // Copies, assignments and the clear() of a reused holder wipe too.
        std::optional<Secret> original(randomSecret(&masked));
        {
            Secret copy = *original;
            Secret assigned;
            assigned = copy;
            QVERIFY(m_scan->count(masked) >= 3);
            assigned.clear();
        }
        original.reset();
        QCOMPARE(m_scan->count(masked), 0);
    }

    // The Authorization header and the client secret are kept in Secrets by the parts that
    // hold them for the session: gone from memory with them.
    void authorizersLeaveNoCredentialBehind() {
        QByteArray masked;
        auto authorizer =
            std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, randomSecret(&masked));
        QVERIFY(m_scan->count(masked) >= 1); // in the "SSWS …" header it holds
        authorizer.reset();
        QCOMPARE(m_scan->count(masked), 0);

        QByteArray maskedSecret;
        QByteArray maskedToken;
        TokenSet tokens;
        tokens.accessToken = randomSecret(&maskedToken);
        auto oauth = std::make_unique<OAuthAuthorizer>(
            nullptr, ClientCredentials{u"0oa1"_qs, randomSecret(&maskedSecret)}, tokens);
        tokens = TokenSet();
        const Secret header = oauth->authorizationHeader();
        QVERIFY(m_scan->count(maskedSecret) >= 1);
        QVERIFY(m_scan->count(maskedToken) >= 2); // held, and in the header just built
        oauth.reset();
        QVERIFY(m_scan->count(maskedToken) >= 1); // the header is still held here
        QCOMPARE(m_scan->count(maskedSecret), 0);
    }

    void nonDumpableWhileCredentialsAreHeld() {
        QCOMPARE(Secret::liveCount(), 0);
        QVERIFY(dumpable());
        {
            const Secret token("a-credential");
            QVERIFY(!dumpable()); // no core file, no ptrace attach by another process
            QVERIFY(Secret::processProtected());
            {
                const Secret second = token;
                QVERIFY(!dumpable());
            }
            QVERIFY2(!dumpable(), "still one credential held");
            const Secret empty;
            QCOMPARE(Secret::liveCount(), 1); // an empty holder holds nothing
        }
        QVERIFY(dumpable());
        QVERIFY(!Secret::processProtected());

        // As the app holds them: an API-token authorizer for the session's lifetime.
        auto authorizer = std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, Secret("00abc"));
        QVERIFY(!dumpable());
        authorizer.reset();
        QVERIFY(dumpable());
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstSecret)
#include "tst_secret.moc"

#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <utility>

namespace demo {

// Faults injected into /api/ answers (or those under `pathPrefix`), each on every Nth such
// request, counted from the last setFaults(). When several periods divide N, the first
// listed wins. They are the transient faults a real org and its network produce.
struct FaultOptions {
    int tooManyRequestsEvery = 0; // 429 E0000047
    int tooManyRequestsResetSeconds = 1;
    int serverErrorEvery = 0; // serverErrorStatus: 500 E0000009, or a proxy's 502/503/504 page
    int serverErrorStatus = 500;
    int retryAfterSeconds = -1; // >= 0: those answers carry Retry-After
    int resetEvery = 0;         // the connection is reset (RST) before any byte of the answer
    int dropMidBodyEvery = 0;   // full Content-Length, half the body, then close
    int stallEvery = 0;         // the head and half the body, then silence until the client leaves
    int malformedJsonEvery = 0; // 200 with a truncated JSON body
    int slowResponseMs = 0;     // delay every response (timer based, the server never sleeps)
    int skipFirst = 0;          // the first N matching requests are served well; counting starts after
    QString pathPrefix;         // empty: every /api/ path
};

// One request as the demo org saw it, for tests that check what a client asked for.
struct RequestRecord {
    qint64 receivedMs = 0; // wall clock
    QByteArray method;
    QByteArray target; // path and query as sent
    int status = 0;
    QByteArray fault; // "429", "5xx", "reset", "short", "stall", "malformed" or empty
};

// One rate-limit bucket (okta::RateBucket's pattern rule). {"/", 0}: no limits at all.
struct RateLimitBucket {
    RateLimitBucket() = default;
    // The common case (a prefix bucket, every method, no per-caller share) in one line.
    RateLimitBucket(QString prefix, int limit, int window = 60)
        : pathPrefix(std::move(prefix))
        , limitPerMinute(limit)
        , windowSeconds(window) {}

    QString pathPrefix;     // the path and everything below it; {id} is any one segment
    int limitPerMinute = 0; // <= 0: unlimited (and no X-Rate-Limit-* headers)
    int windowSeconds = 60; // Okta's windows last a minute; tests shorten them
    bool exact = false;     // only pathPrefix itself (Okta's "/api/v1/apps/{id} only")
    QByteArray methods;     // "GET POST"; empty: every method
    // The share of the bucket one API token or OAuth app may use (Okta's default: 50).
    int principalSharePercent = 100;

    friend bool operator==(const RateLimitBucket &, const RateLimitBucket &) = default;
};

struct DemoOptions {
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;
    int users = 5000;
    int groups = 500;
    qint64 events = 100000;
    int eventDays = 7;
    int liveEventsPerSecond = 0; // background System Log activity while running (--live-rate)
    quint64 seed = 42;
    QDateTime now; // invalid: current UTC time at construction
    // Empty: random for each start ("00" + 40 characters), so nobody can work out the
    // token of a demo org running on someone else's machine from the (public) seed.
    QString apiToken;
    // The OktaDesk app: a confidential client (client_secret_basic or _post).
    QString clientId = QStringLiteral("0oademooktadesk0001");
    QString clientSecret; // empty: random for each start
    // A second OktaDesk app registered as a public native client: no secret, PKCE only
    // (token_endpoint_auth_method "none"), as a desktop app is usually registered.
    QString publicClientId = QStringLiteral("0oademopublic00002");
    // The sign-in redirect URIs registered on both apps. As at Okta, /authorize accepts only
    // an exact match, port included; DemoOrg::addRedirectUri() registers more.
    QStringList redirectUris = {QStringLiteral("http://127.0.0.1:53682/callback"),
                                QStringLiteral("http://localhost:53682/callback")};
    // A connection that sends no complete request for this long is closed.
    int idleTimeoutMs = 60000;
    bool adminIsSuperAdmin = true;
    int accessTokenLifetimeSeconds = 3600;
    bool rotateRefreshTokens = true;
    QList<RateLimitBucket> buckets; // empty: oktaRateLimitBuckets()
    FaultOptions faults;
};

class DemoServer;
struct DemoShared;
class OrgData;
class LogGenerator;

// The embedded demo org. The object lives in the caller's thread; the HTTP server and all
// org state live in a private worker thread. Every public method is thread-safe.
class DemoOrg : public QObject {
    Q_OBJECT
public:
    explicit DemoOrg(const DemoOptions &options = {}, QObject *parent = nullptr);
    ~DemoOrg() override;

    // Binds and returns once the server listens (or failed to). Blocks only for the bind.
    bool start(QString *error = nullptr);
    void stop();

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const;
    QString apiToken() const;
    QString clientId() const;
    QString clientSecret() const;
    QString publicClientId() const;
    QString adminLogin() const;
    QString adminUserId() const;

    // Registers one more sign-in redirect URI on the OktaDesk apps (an admin adding it on
    // the app's General tab).
    void addRedirectUri(const QString &uri);
    QStringList redirectUris() const;

    void setFaults(const FaultOptions &faults);
    // Okta's documented buckets with their Workforce limits, each token or app held to 50%.
    static QList<RateLimitBucket> oktaRateLimitBuckets();
    // An empty list: no limits.
    void setRateLimitBuckets(const QList<RateLimitBucket> &buckets);
    quint64 requestCount() const;
    quint64 faultCount() const;              // faults injected since the last setFaults()
    QList<RequestRecord> requestLog() const; // the latest requests, oldest first
    void clearRequestLog();
    quint64 connectionCount() const; // TCP connections accepted so far (keep-alive checks)
    // The most request bytes one connection ever held unanswered (the read-buffer cap).
    quint64 peakBufferedBytes() const;

    // Test helpers.
    QString issueAccessToken(const QStringList &scopes);
    void expireAccessTokens();

private:
    DemoOptions m_options;
    std::shared_ptr<DemoShared> m_shared;
    std::shared_ptr<OrgData> m_org;
    std::shared_ptr<const LogGenerator> m_logs;
    class QThread *m_thread = nullptr;
    DemoServer *m_server = nullptr;
    quint16 m_port = 0;
    QString m_adminLogin; // cached: the org data belongs to the server thread once started
    QString m_adminId;
};

} // namespace demo

#pragma once

#include "demoorg.h"
#include "http.h"
#include "livelog.h"
#include "ratelimiter.h"

#include <QElapsedTimer>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace demo {

struct DemoShared;
class OrgData;
class LogGenerator;

// Turns one request into one response: rate limits, injected faults, authentication and
// the endpoint handlers. Runs in the server thread only.
class Router {
public:
    Router(const DemoOptions &options, std::shared_ptr<DemoShared> shared, std::shared_ptr<OrgData> org,
           std::shared_ptr<const LogGenerator> logs, qint64 orgNowMs);

    void setBaseUrl(const QByteArray &base);
    HttpResponse handle(const HttpRequest &request);

    // --live-rate: adds the background events due since the last call.
    void addBackgroundEvents();
    bool hasBackgroundActivity() const { return m_options.liveEventsPerSecond > 0; }

    static QByteArray accessTokenFor(const QStringList &scopes, const QByteArray &userId,
                                     const QByteArray &clientId, const QByteArray &issuer, qint64 nowMs,
                                     int lifetimeSeconds);

private:
    struct Principal {
        int user = -1;
        bool allScopes = false; // SSWS: everything the admin may do
        QStringList scopes;
        QByteArray clientId; // the OAuth client of a bearer token
    };

    HttpResponse route(const HttpRequest &request);
    // Routes the request, or answers it with the fault due now (see FaultOptions); returns
    // the fault's name, or nothing when the request was served as it should be.
    QByteArray answerWithFaults(const HttpRequest &request, HttpResponse &response,
                                QList<QPair<QByteArray, QByteArray>> &rateHeaders);
    HttpResponse api(const HttpRequest &request, const Principal &principal);
    std::optional<HttpResponse> authenticate(const HttpRequest &request, Principal &principal);
    std::optional<HttpResponse> require(const Principal &principal, const char *scope) const;
    std::optional<HttpResponse> requireSuperAdmin(const Principal &principal) const;
    bool applyRateLimit(const HttpRequest &request, HttpResponse &limited,
                        QList<QPair<QByteArray, QByteArray>> &headers);
    // Whose share of a bucket a request uses: its API token or OAuth app; empty if unknown.
    QByteArray rateLimitPrincipal(const HttpRequest &request) const;

    // Endpoint families, one source file each.
    HttpResponse users(const HttpRequest &request, const Principal &principal);
    HttpResponse listUsers(const HttpRequest &request);
    HttpResponse createUser(const HttpRequest &request);
    HttpResponse userRoles(const HttpRequest &request, const Principal &principal, int user);
    HttpResponse groups(const HttpRequest &request, const Principal &principal);
    HttpResponse listGroups(const HttpRequest &request);
    HttpResponse apps(const HttpRequest &request, const Principal &principal);
    HttpResponse grants(const HttpRequest &request, const Principal &principal, int app);
    HttpResponse appUsers(const HttpRequest &request, const Principal &principal, int app);
    HttpResponse iam(const HttpRequest &request, const Principal &principal); // rolesapi.cpp
    HttpResponse logs(const HttpRequest &request);
    HttpResponse schemas(const HttpRequest &request, const Principal &principal); // meta/schemas
    HttpResponse wellKnown();
    HttpResponse authorize(const HttpRequest &request);
    HttpResponse token(const HttpRequest &request);
    HttpResponse revoke(const HttpRequest &request);
    HttpResponse userinfo(const HttpRequest &request);

    // The System Log records the write being answered (see LiveEventSpec): by the caller of
    // the current API request, or by `user` through `clientId` (OAuth endpoints).
    void record(const char *eventType, const char *displayMessage, QList<LogRef> targets,
                const char *legacyEventType = nullptr);
    void recordFor(int user, const QByteArray &clientId, const char *eventType, const char *displayMessage,
                   QList<LogRef> targets);
    LogRef userRef(int user) const;
    LogRef groupRef(int group) const;
    LogRef appRef(int app) const;

    // Paging helpers: `self` echoes the request; `next` copies its parameters with a new
    // cursor (and without the ones listed in `drop`).
    void addLinks(HttpResponse &response, const HttpRequest &request, const QString &nextAfter,
                  const QStringList &drop = {}) const;
    std::optional<int> intParam(const HttpRequest &request, const QString &name, int fallback,
                                HttpResponse &error) const;
    // Where a page of a listing starts: 0 without an `after` cursor, else just past the row
    // `rowOf(cursor)` finds. -1 when it finds none, with *error set to Okta's E0000001 on
    // `after`.
    qsizetype pageStart(const HttpRequest &request, const std::function<qsizetype(const QString &)> &rowOf,
                        HttpResponse &error) const;
    // The same for a listing of org objects in `order`, whose cursor `find` resolves.
    qsizetype pageStart(const HttpRequest &request, const QList<int> &order,
                        const std::function<int(const QString &)> &find, HttpResponse &error) const;
    bool isOAuthClient(const QString &clientId) const;
    // The OAuth client a /token or /revoke request authenticates as (its id in *clientId),
    // or the error to answer with.
    std::optional<HttpResponse> authenticateClient(const HttpRequest &request, const QUrlQuery &form,
                                                   QString *clientId) const;
    // What Okta shows in the browser for an /authorize request it cannot redirect back.
    static HttpResponse errorPage(int status, const QString &summary);
    qint64 orgNow() const { return m_orgNowAtStart + m_clock.elapsed(); }

    DemoOptions m_options;
    std::shared_ptr<DemoShared> m_shared;
    std::shared_ptr<OrgData> m_org;
    std::shared_ptr<const LogGenerator> m_logs;
    QByteArray m_base;
    QByteArray m_apiToken;
    qint64 m_orgNowAtStart;
    QElapsedTimer m_clock;
    LiveLog m_live;
    // The request being answered: its id (also sent as X-Okta-Request-Id) and its caller.
    const HttpRequest *m_request = nullptr;
    QByteArray m_requestId;
    Principal m_caller;
    QElapsedTimer m_liveClock;
    qint64 m_backgroundAdded = 0;
    quint64 m_faultCounter = 0;
    quint64 m_faultsGeneration = 0;
    RateLimiter m_rateLimiter;
};

} // namespace demo

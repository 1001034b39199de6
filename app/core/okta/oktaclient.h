#pragma once

#include "authorizer.h"
#include "oktajob.h"
#include "ratelimit.h"
#include "ratepacer.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace okta {

struct ClientOptions {
    int maxInFlight = 4;           // per org; Okta's org-wide concurrency limit is 75
    int transferTimeoutMs = 60000; // Okta's own System Log query timeout is 30 s
    int maxRateLimitRetries = 5;   // 429s retried per request before giving up
    int maxRetryJitterMs = 750;
    double slowDownFraction = 0.10; // pace a bucket when fewer than 10% of its window are left
    RetryOptions retry;             // GETs that fail transiently (5xx, reset, short body, stall)
};

// The HTTP side of every Okta call: headers, authorisation, the bounded number of
// requests in flight, and each rate-limit bucket's budget, paced from that bucket's own
// headers (RatePacer; RateBuckets says which bucket a request counts against). A request to a
// base URL that breaks OrgUrl's rule (https, or http only on loopback) is refused unsent.
// Built over an injected QNetworkAccessManager; it never creates one itself.
class OktaClient : public QObject {
    Q_OBJECT
public:
    OktaClient(QNetworkAccessManager *nam, const QUrl &baseUrl, Authorizer *authorizer,
               QObject *parent = nullptr);
    ~OktaClient() override;

    static QByteArray userAgent();

    QUrl baseUrl() const { return m_baseUrl; }
    QString host() const { return m_baseUrl.host(); }
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;

    Authorizer *authorizer() const { return m_authorizer; }
    void setAuthorizer(Authorizer *authorizer);
    ClientOptions options() const { return m_options; }
    void setOptions(const ClientOptions &options);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    OktaJob *get(const QString &path, const QUrlQuery &query = {});
    // Follows a URL as given (a `next` link). It must be on this org's origin.
    OktaJob *getUrl(const QUrl &absoluteUrl);
    OktaJob *post(const QString &path, const QJsonDocument &body, const QUrlQuery &query = {});
    OktaJob *postEmpty(const QString &path, const QUrlQuery &query = {});
    OktaJob *put(const QString &path, const QJsonDocument &body, const QUrlQuery &query = {});
    OktaJob *deleteResource(const QString &path, const QUrlQuery &query = {});
    // application/x-www-form-urlencoded POST for /oauth2/v1/*; `basicAuth` is an optional
    // "user:password" pair for client_secret_basic. Sends no management Authorization. The
    // body (codes, tokens, a posted secret) is wiped when the job ends.
    OktaJob *postForm(const QString &path, const QUrlQuery &form, const Secret &basicAuth = {});
    // Unauthenticated GET (discovery documents).
    OktaJob *getAnonymous(const QString &path, const QUrlQuery &query = {});

    // A job that sends nothing and finishes with Failure::InvalidRequest and `why` on the
    // next event-loop turn: how every layer refuses a request it must not send.
    OktaJob *invalidJob(OktaJob::Method method, const QUrl &url, const QString &why);

    // The budget of the latest response, and of the bucket closest to its limit.
    RateLimit lastRateLimit() const { return m_pacer.budgets().latest(); }
    RateLimit closestRateLimit() const;
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    // A response reported a new budget for its bucket (rateLimit.bucket).
    void rateLimitChanged(const okta::RateLimit &rateLimit);
    // A request came back 401 and no refresh could fix it: the UI should offer to
    // reauthorize. Nothing on screen is dropped.
    void authorizationExpired(const okta::OktaResult &result);
    // Okta refused a request because the token lacks `scope` (ScopeCatalog::missingScope):
    // the UI can offer to grant it, wherever the request came from.
    void scopeMissing(const QString &scope);
    // Busy state for the status bar: requests in flight or queued.
    void activityChanged(int inFlightOrQueued);

private:
    friend class OktaJob;
    OktaJob *makeJob(OktaJob::Method method, const QUrl &url, const QByteArray &body,
                     const QByteArray &contentType, bool authorize);
    void enqueue(OktaJob *job);
    void release(OktaJob *job);
    void pump();
    void startReady();
    void noteRateLimit(const RateLimit &rateLimit);
    qint64 paceDelayMs(const QString &bucket) const;
    void blockUntil(const RateLimit &tooMany, qint64 epochMs);
    // A request (or a retry of one) of `bucket` goes out now: its pacing counts from here.
    void markStarted(const QString &bucket);

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QPointer<Authorizer> m_authorizer;
    ClientOptions m_options;
    RatePacer m_pacer;
    QList<QPointer<OktaJob>> m_queue;
    int m_inFlight = 0;
    bool m_pumpScheduled = false;
    QTimer *m_paceTimer = nullptr;
};

} // namespace okta

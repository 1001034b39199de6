#pragma once

#include "oktaresult.h"
#include "retrypolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

namespace okta {

class OktaClient;

// One REST call. Owns its QNetworkReply, retries the same request after a 429 once the
// rate-limit window resets, asks again (GETs only) after a transient fault as RetryPolicy
// says, refreshes a bearer token once after a 401, and ends with exactly one finished().
// Deletes itself after finished() has been delivered.
class OktaJob : public QObject {
    Q_OBJECT
public:
    enum class Method { Get, Post, Put, Delete };
    Q_ENUM(Method)

    ~OktaJob() override;

    Method method() const { return m_method; }
    QUrl url() const { return m_request.url(); }
    bool isFinished() const { return m_finished; }

    // Aborts the transfer or the rate-limit wait; finished() follows with Failure::Canceled.
    void cancel();

    // When false, a 2xx body is handed over as bytes and not parsed (e.g. for a bulk
    // export that streams it elsewhere). Default true.
    void setParseJson(bool parse) { m_parseJson = parse; }

Q_SIGNALS:
    void finished(const okta::OktaResult &result);
    // Emitted every second while waiting for a rate-limit window to reset.
    void rateLimitWait(int secondsLeft);
    // The response headers arrived (Link, rate limit), before the body is complete.
    void headersReceived(const QUrl &next);

private:
    friend class OktaClient;
    OktaJob(OktaClient *client, Method method, const QNetworkRequest &request, const QByteArray &body,
            bool authorize);

    void send();
    void onMetaData();
    void onReplyFinished();
    void scheduleRetry(qint64 delayMs);
    // Asks again after a transient fault when the policy allows; false: report the result.
    // (A page whose body is not JSON is asked for again by the Pager, which parses it.)
    bool retryTransient(const QNetworkReply *reply, const OktaResult &result);
    void finish(const OktaResult &result);
    // A result about this request so far: its URL, the attempts, whether it changes org data.
    OktaResult resultSoFar() const;
    // Ends the job on the next event-loop turn, so callers can connect first.
    void failLater(const OktaResult &result);

    QPointer<OktaClient> m_client;
    Method m_method;
    QNetworkRequest m_request;
    QString m_bucket; // the rate-limit bucket it counts against (RateBuckets::nameFor)
    QByteArray m_body;
    bool m_authorize = true;
    bool m_parseJson = true;
    bool m_wipeBody = false; // a form that carries a code, a token or a secret
    bool m_finished = false;
    bool m_started = false;
    bool m_refreshedOnce = false;
    bool m_inFlight = false;
    bool m_credentialSent = false;
    int m_attempts = 0;
    QNetworkReply *m_reply = nullptr;
    QTimer m_waitTicker;
    QTimer m_retryTimer;
    RetryPolicy m_retry;
    qint64 m_waitUntilMs = 0;
};

} // namespace okta

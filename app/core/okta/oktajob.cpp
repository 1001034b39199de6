#include "oktajob.h"

#include "authorizer.h"
#include "linkheader.h"
#include "oktaclient.h"
#include "ratebuckets.h"

#include "core/scopes/scopecatalog.h"
#include "core/values/parsed.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <limits>

Q_LOGGING_CATEGORY(lcJob, "oktadesk.okta.job", QtWarningMsg)

namespace okta {

namespace {

Failure classifyNetworkError(QNetworkReply::NetworkError e) {
    switch (e) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError: // Qt reports some certificate failures this way
        return e == QNetworkReply::SslHandshakeFailedError ? Failure::Tls : Failure::Network;
    case QNetworkReply::TimeoutError:
        return Failure::Timeout;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return Failure::InvalidRequest;
    default:
        return Failure::Network;
    }
}

// The body with room after it for the page parser's padding, so it parses in place.
QByteArray readBody(QNetworkReply *reply) {
    QByteArray body;
    // An aborted reply (transfer timeout) is closed: reading it would only make Qt warn.
    if (!reply->isOpen())
        return body;
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return body;
    body.reserve(qsizetype(available) + ParsePadding);
    body.resize(qsizetype(available));
    const qint64 got = reply->read(body.data(), available);
    body.resize(qsizetype(std::max<qint64>(got, 0)));
    return body;
}

// Our own cancel() disconnects before it aborts, so a cancelled operation that still
// arrives at onReplyFinished() is the transfer timeout (Qt aborts the reply when it expires).
bool timedOut(const OktaResult &r) {
    return r.networkError == QNetworkReply::OperationCanceledError;
}

QList<QByteArray> linkHeaderValues(const QNetworkReply *reply) {
    QList<QByteArray> values;
    for (const auto &pair : reply->rawHeaderPairs())
        if (pair.first.compare("link", Qt::CaseInsensitive) == 0)
            values.append(pair.second);
    return values;
}

} // namespace

OktaJob::OktaJob(OktaClient *client, Method method, const QNetworkRequest &request, const QByteArray &body,
                 bool authorize)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_request(request)
    , m_body(body)
    , m_authorize(authorize) {
    static constexpr const char *MethodNames[] = {"GET", "POST", "PUT", "DELETE"};
    m_bucket = RateBuckets::nameFor(MethodNames[int(method)], request.url().path());
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire before a Retry-After ends
    connect(&m_retryTimer, &QTimer::timeout, this, &OktaJob::send);
    if (client)
        m_retry = RetryPolicy(client->options().retry);
    m_waitTicker.setInterval(1000);
    connect(&m_waitTicker, &QTimer::timeout, this, [this] {
        const qint64 left = m_waitUntilMs - QDateTime::currentMSecsSinceEpoch();
        if (left <= 0) {
            m_waitTicker.stop();
            send();
            return;
        }
        Q_EMIT rateLimitWait(int((left + 999) / 1000));
    });
}

OktaJob::~OktaJob() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_wipeBody)
        wipeSecret(m_body);
}

void OktaJob::send() {
    if (m_finished || !m_client)
        return;
    m_started = true;
    ++m_attempts;
    m_client->markStarted(m_bucket);
    QNetworkRequest request = m_request;
    // An inactivity timeout (Qt restarts it on every byte), so a large page that keeps
    // streaming is never cut off.
    request.setTransferTimeout(m_client->options().transferTimeoutMs);
    if (m_authorize && m_client->authorizer()) {
        // Qt keeps its own copy of the header for the life of the request.
        const Secret header = m_client->authorizer()->authorizationHeader();
        if (!header.isEmpty())
            request.setRawHeader("Authorization", header.copyOut());
    }
    m_credentialSent = request.hasRawHeader("Authorization");
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    switch (m_method) {
    case Method::Get:
        m_reply = nam->get(request);
        break;
    case Method::Post:
        m_reply = nam->post(request, m_body);
        break;
    case Method::Put:
        m_reply = nam->put(request, m_body);
        break;
    case Method::Delete:
        m_reply = nam->deleteResource(request);
        break;
    }
    m_inFlight = true;
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &OktaJob::onMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &OktaJob::onReplyFinished);
}

void OktaJob::onMetaData() {
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const auto links = parseLinkHeaders(linkHeaderValues(m_reply), m_reply->url());
    Q_EMIT headersReceived(links.value(QStringLiteral("next")));
}

void OktaJob::cancel() {
    if (m_finished)
        return;
    m_waitTicker.stop();
    OktaResult r = resultSoFar();
    r.failure = Failure::Canceled;
    finish(r);
}

OktaResult OktaJob::resultSoFar() const {
    OktaResult r;
    r.url = m_request.url();
    r.attempts = m_attempts;
    // The management API's writes; OAuth's /token and /revoke POSTs change no org data.
    r.change = m_method != Method::Get && r.url.path().startsWith(QLatin1String("/api/"));
    return r;
}

void OktaJob::onReplyFinished() {
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;

    OktaResult r = resultSoFar();
    r.credentialSent = m_credentialSent;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.networkErrorString = reply->errorString();
    r.requestId = reply->rawHeader("X-Okta-Request-Id");
    r.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    r.rateLimit =
        RateLimit::parse(reply->rawHeader("X-Rate-Limit-Limit"), reply->rawHeader("X-Rate-Limit-Remaining"),
                         reply->rawHeader("X-Rate-Limit-Reset"));
    r.rateLimit.bucket = m_bucket;
    r.body = readBody(reply);
    r.bodySize = r.body.size();
    if (m_client && r.rateLimit.isValid())
        m_client->noteRateLimit(r.rateLimit);

    if (retryTransient(reply, r))
        return;
    if (timedOut(r)) {
        r.failure = Failure::Timeout;
        finish(r);
        return;
    }
    // Qt reports 429 as UnknownContentError: the status attribute is what counts.
    if (r.httpStatus == 429 && m_client) {
        const ClientOptions opts = m_client->options();
        if (m_attempts <= opts.maxRateLimitRetries) {
            const int jitter = int(QRandomGenerator::global()->bounded(opts.maxRetryJitterMs + 1));
            const qint64 delay = r.rateLimit.retryDelayMs(QDateTime::currentMSecsSinceEpoch(), jitter);
            m_client->blockUntil(r.rateLimit, QDateTime::currentMSecsSinceEpoch() + delay);
            scheduleRetry(delay);
            return;
        }
        r.error = OktaError::fromJson(r.body);
        r.failure = Failure::RateLimited;
        finish(r);
        return;
    }
    if (r.httpStatus == 401 && m_authorize && !m_refreshedOnce && m_client && m_client->authorizer() &&
        m_client->authorizer()->canRefresh()) {
        m_refreshedOnce = true;
        Authorizer *auth = m_client->authorizer();
        auto conn = std::make_shared<QMetaObject::Connection>();
        *conn = connect(auth, &Authorizer::refreshFinished, this,
                        [this, conn, r](bool ok, const QString &) mutable {
                            disconnect(*conn);
                            if (m_finished)
                                return;
                            if (ok) {
                                send();
                                return;
                            }
                            r.error = OktaError::fromJson(r.body);
                            r.failure = Failure::Http;
                            finish(r);
                        });
        auth->refresh();
        return;
    }
    if (r.httpStatus == 0 || (r.networkError != QNetworkReply::NoError && r.httpStatus < 400)) {
        // No status (DNS, refused, TLS) or a 2xx/3xx whose body broke off mid-transfer.
        r.failure = classifyNetworkError(r.networkError);
        finish(r);
        return;
    }
    if (r.httpStatus < 200 || r.httpStatus >= 300) {
        r.failure = Failure::Http;
        r.error = OktaError::fromJson(r.body);
        finish(r);
        return;
    }
    r.next = parseLinkHeaders(linkHeaderValues(reply), reply->url()).value(QStringLiteral("next"));
    if (m_parseJson && !r.body.isEmpty()) {
        QJsonParseError parseError;
        r.json = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            // A page of 1000 events is ~2 MB: holding the bytes next to the parsed document
            // would double what a stream keeps in memory.
            r.body = QByteArray();
        } else {
            r.failure = Failure::MalformedJson;
            r.networkErrorString = parseError.errorString();
            qCDebug(lcJob) << "malformed JSON at offset" << parseError.offset << "from" << r.url.path();
        }
    }
    finish(r);
}

bool OktaJob::retryTransient(const QNetworkReply *reply, const OktaResult &r) {
    if (!m_client || m_finished)
        return false;
    AttemptOutcome attempt;
    attempt.idempotent = m_method == Method::Get;
    attempt.httpStatus = r.httpStatus;
    attempt.networkError = r.networkError;
    attempt.timedOut = timedOut(r);
    attempt.bodySize = r.body.size();
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    // A decoded (gzip) body has another size than the Content-Length that announced it.
    if (length.isValid() && (encoding.isEmpty() || encoding == "identity"))
        attempt.contentLength = length.toLongLong();
    attempt.retryAfter = reply->rawHeader("Retry-After");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 delay = m_retry.nextDelayMs(attempt, now, QRandomGenerator::global()->generate());
    if (delay < 0)
        return false;
    // A retry is a call like any other: it waits for its bucket's budget too.
    delay = std::max(delay, m_client->paceDelayMs(m_bucket));
    qCDebug(lcJob) << "transient fault" << int(RetryPolicy::classify(attempt)) << "on" << r.url.path()
                   << "retry" << m_retry.retries() << "in" << delay << "ms";
    m_retryTimer.start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
    return true;
}

void OktaJob::scheduleRetry(qint64 delayMs) {
    m_waitUntilMs = QDateTime::currentMSecsSinceEpoch() + delayMs;
    Q_EMIT rateLimitWait(int((delayMs + 999) / 1000));
    m_waitTicker.start(int(std::min<qint64>(delayMs, 1000)));
}

void OktaJob::finish(const OktaResult &result) {
    if (m_finished)
        return;
    m_finished = true;
    m_waitTicker.stop();
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_client) {
        m_client->release(this);
        if (result.httpStatus == 401 && m_authorize)
            Q_EMIT m_client->authorizationExpired(result);
        if (const QString scope = ScopeCatalog::missingScope(result.httpStatus, result.wwwAuthenticate);
            !scope.isEmpty())
            Q_EMIT m_client->scopeMissing(scope);
    }
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace okta

namespace okta {

void OktaJob::failLater(const OktaResult &result) {
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

} // namespace okta

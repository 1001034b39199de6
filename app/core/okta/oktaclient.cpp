#include "oktaclient.h"

#include "authorizer.h"
#include "orgurl.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSysInfo>

namespace okta {

OktaClient::OktaClient(QNetworkAccessManager *nam, const QUrl &baseUrl, Authorizer *authorizer,
                       QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(baseUrl)
    , m_authorizer(authorizer) {
    m_pacer.setSlowDownFraction(m_options.slowDownFraction);
    m_paceTimer = new QTimer(this);
    m_paceTimer->setSingleShot(true);
    connect(m_paceTimer, &QTimer::timeout, this, &OktaClient::pump);
}

OktaClient::~OktaClient() = default;

QByteArray OktaClient::userAgent() {
    return QByteArrayLiteral("OktaDesk/") + QByteArrayLiteral(OKTADESK_VERSION) + " (Qt " + qVersion() +
           "; " + QSysInfo::productType().toLatin1() + ')';
}

QUrl OktaClient::url(const QString &path, const QUrlQuery &query) const {
    QUrl u = m_baseUrl;
    // Paths arrive with their segments already percent-encoded (OktaApi::encodeSegment).
    u.setPath(path, QUrl::StrictMode);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

void OktaClient::setAuthorizer(Authorizer *authorizer) {
    m_authorizer = authorizer;
}

void OktaClient::setOptions(const ClientOptions &options) {
    m_options = options;
    m_pacer.setSlowDownFraction(options.slowDownFraction);
    pump();
}

OktaJob *OktaClient::makeJob(OktaJob::Method method, const QUrl &url, const QByteArray &body,
                             const QByteArray &contentType, bool authorize) {
    // Every request goes through here, so no credential ever travels over plain http to a
    // real host, whoever built the base URL.
    if (const QString problem = OrgUrl::problem(m_baseUrl); !problem.isEmpty())
        return invalidJob(method, url, problem);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Content-Type",
                         contentType.isEmpty() ? QByteArray("application/json") : contentType);
    if (method == OktaJob::Method::Post || method == OktaJob::Method::Put)
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size()); // Okta answers 411 without it
    // Okta never redirects API calls; following one could carry the credential elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    auto *job = new OktaJob(this, method, request, body, authorize);
    enqueue(job);
    return job;
}

OktaJob *OktaClient::invalidJob(OktaJob::Method method, const QUrl &url, const QString &why) {
    auto *job = new OktaJob(this, method, QNetworkRequest(url), {}, false);
    OktaResult r;
    r.failure = Failure::InvalidRequest;
    r.url = url;
    r.networkErrorString = why;
    job->failLater(r);
    return job;
}

OktaJob *OktaClient::get(const QString &path, const QUrlQuery &query) {
    return makeJob(OktaJob::Method::Get, url(path, query), {}, {}, true);
}

OktaJob *OktaClient::getUrl(const QUrl &absoluteUrl) {
    // A next link from another origin would receive our credential: refuse it.
    if (absoluteUrl.scheme() != m_baseUrl.scheme() ||
        absoluteUrl.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) ||
        absoluteUrl.port() != m_baseUrl.port())
        return invalidJob(
            OktaJob::Method::Get, absoluteUrl,
            tr("Refused to follow a link to %1, which is not this org.").arg(absoluteUrl.host()));
    return makeJob(OktaJob::Method::Get, absoluteUrl, {}, {}, true);
}

OktaJob *OktaClient::post(const QString &path, const QJsonDocument &body, const QUrlQuery &query) {
    return makeJob(OktaJob::Method::Post, url(path, query), body.toJson(QJsonDocument::Compact), {}, true);
}

OktaJob *OktaClient::postEmpty(const QString &path, const QUrlQuery &query) {
    return makeJob(OktaJob::Method::Post, url(path, query), QByteArray(), {}, true);
}

OktaJob *OktaClient::put(const QString &path, const QJsonDocument &body, const QUrlQuery &query) {
    return makeJob(OktaJob::Method::Put, url(path, query), body.toJson(QJsonDocument::Compact), {}, true);
}

OktaJob *OktaClient::deleteResource(const QString &path, const QUrlQuery &query) {
    return makeJob(OktaJob::Method::Delete, url(path, query), {}, {}, true);
}

OktaJob *OktaClient::postForm(const QString &path, const QUrlQuery &form, const Secret &basicAuth) {
    OktaJob *job = makeJob(OktaJob::Method::Post, url(path), form.toString(QUrl::FullyEncoded).toLatin1(),
                           "application/x-www-form-urlencoded", false);
    job->m_wipeBody = true;
    if (!basicAuth.isEmpty()) {
        QByteArray pair = basicAuth.copyOut();
        QByteArray header = "Basic " + pair.toBase64();
        job->m_request.setRawHeader("Authorization", header);
        wipeSecret(header);
        wipeSecret(pair);
    }
    return job;
}

OktaJob *OktaClient::getAnonymous(const QString &path, const QUrlQuery &query) {
    return makeJob(OktaJob::Method::Get, url(path, query), {}, {}, false);
}

void OktaClient::enqueue(OktaJob *job) {
    m_queue.append(job);
    Q_EMIT activityChanged(m_inFlight + int(m_queue.size()));
    // Start on the next event-loop turn, so the caller can connect to the job first.
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_pumpScheduled = false;
            pump();
        });
    }
}

void OktaClient::release(OktaJob *job) {
    if (job->m_inFlight) {
        job->m_inFlight = false;
        --m_inFlight;
    }
    m_queue.removeAll(job);
    Q_EMIT activityChanged(m_inFlight + int(m_queue.size()));
    pump();
}

void OktaClient::blockUntil(const RateLimit &tooMany, qint64 epochMs) {
    m_pacer.block(tooMany, epochMs);
}

qint64 OktaClient::paceDelayMs(const QString &bucket) const {
    return m_pacer.delayMs(bucket, QDateTime::currentMSecsSinceEpoch());
}

void OktaClient::pump() {
    const int before = m_inFlight;
    startReady();
    if (m_inFlight != before)
        Q_EMIT activityChanged(m_inFlight + int(m_queue.size()));
}

void OktaClient::startReady() {
    // In order, except that a job whose bucket must wait lets the jobs of other buckets
    // pass: a busy users list does not hold back a System Log query.
    qint64 nextWake = -1;
    for (qsizetype i = 0; i < m_queue.size() && m_inFlight < std::max(1, m_options.maxInFlight);) {
        const QPointer<OktaJob> job = m_queue.at(i);
        if (!job || job->isFinished()) {
            m_queue.removeAt(i);
            continue;
        }
        const qint64 delay = paceDelayMs(job->m_bucket);
        if (delay > 0) {
            nextWake = nextWake < 0 ? delay : std::min(nextWake, delay);
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        ++m_inFlight;
        job->send();
    }
    if (nextWake > 0)
        m_paceTimer->start(int(std::min<qint64>(nextWake, 60000)));
}

void OktaClient::markStarted(const QString &bucket) {
    m_pacer.started(bucket, QDateTime::currentMSecsSinceEpoch());
}

void OktaClient::noteRateLimit(const RateLimit &rateLimit) {
    if (rateLimit == m_pacer.budgets().of(rateLimit.bucket))
        return;
    m_pacer.note(rateLimit);
    Q_EMIT rateLimitChanged(rateLimit);
}

RateLimit OktaClient::closestRateLimit() const {
    return m_pacer.budgets().closest(QDateTime::currentMSecsSinceEpoch());
}

} // namespace okta

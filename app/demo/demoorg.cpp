#include "demoorg.h"
#include "core/okta/ratebuckets.h"
#include "demoserver.h"
#include "demoshared.h"
#include "logevents.h"
#include "orgdata.h"
#include "router.h"

#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;

namespace demo {

DemoOrg::DemoOrg(const DemoOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_shared(std::make_shared<DemoShared>()) {
    if (!m_options.now.isValid())
        m_options.now = QDateTime::currentDateTimeUtc();
    // From the system's CSPRNG, never from the seed: the data is reproducible, the
    // credentials are not.
    if (m_options.apiToken.isEmpty())
        m_options.apiToken = QString::fromLatin1("00" + randomToken(40));
    if (m_options.clientId.isEmpty())
        m_options.clientId = u"0oademooktadesk0001"_s;
    if (m_options.clientSecret.isEmpty())
        m_options.clientSecret = QString::fromLatin1(randomToken(40));
    m_shared->faults = m_options.faults;
    m_shared->redirectUris = m_options.redirectUris;
    m_shared->buckets = m_options.buckets.isEmpty() ? oktaRateLimitBuckets() : m_options.buckets;
    const qint64 nowMs = m_options.now.toMSecsSinceEpoch();
    m_org = std::make_shared<OrgData>(m_options, nowMs);
    const qint64 span = qint64(std::max(1, m_options.eventDays)) * 86400000;
    m_logs = std::make_shared<LogGenerator>(*m_org, m_options.seed, m_options.events, nowMs - span, nowMs);
    m_adminLogin = m_org->users[m_org->adminIndex].login();
    m_adminId = QString::fromLatin1(m_org->users[m_org->adminIndex].id);
}

DemoOrg::~DemoOrg() {
    stop();
}

bool DemoOrg::start(QString *error) {
    if (m_thread)
        return true;
    auto router =
        std::make_unique<Router>(m_options, m_shared, m_org, m_logs, m_options.now.toMSecsSinceEpoch());
    m_server = new DemoServer(std::move(router), m_shared, m_options.idleTimeoutMs);
    m_thread = new QThread;
    m_thread->setObjectName(u"DemoOrg"_s);
    m_server->moveToThread(m_thread);
    m_thread->start();
    // The bind happens in the worker thread; a semaphore hands the result back without
    // spinning an event loop here.
    QSemaphore done;
    bool ok = false;
    QString message;
    quint16 port = 0;
    DemoServer *server = m_server;
    QMetaObject::invokeMethod(
        m_server,
        [&, server] {
            ok = server->listen(m_options.address, m_options.port, &message);
            port = server->port();
            done.release();
        },
        Qt::QueuedConnection);
    done.acquire();
    if (!ok) {
        stop();
        if (error)
            *error = message;
        return false;
    }
    m_port = port;
    return true;
}

void DemoOrg::stop() {
    if (!m_thread)
        return;
    QSemaphore done;
    DemoServer *server = m_server;
    QMetaObject::invokeMethod(
        m_server,
        [&done, server] {
            server->shutdown();
            done.release();
        },
        Qt::QueuedConnection);
    done.acquire();
    m_thread->quit();
    m_thread->wait();
    // The worker thread has finished and the server holds no sockets any more, so it can
    // be destroyed from here.
    delete m_server;
    m_server = nullptr;
    delete m_thread;
    m_thread = nullptr;
    m_port = 0;
}

QUrl DemoOrg::baseUrl() const {
    QUrl url;
    url.setScheme(u"http"_s);
    const QHostAddress &a = m_options.address;
    const bool any = a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::LocalHost;
    url.setHost(any ? u"127.0.0.1"_s : a.toString());
    url.setPort(m_port);
    return url;
}

quint16 DemoOrg::port() const {
    return m_port;
}
QString DemoOrg::apiToken() const {
    return m_options.apiToken;
}
QString DemoOrg::clientId() const {
    return m_options.clientId;
}
QString DemoOrg::clientSecret() const {
    return m_options.clientSecret;
}
QString DemoOrg::publicClientId() const {
    return m_options.publicClientId;
}

void DemoOrg::addRedirectUri(const QString &uri) {
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->redirectUris.contains(uri))
        m_shared->redirectUris.append(uri);
}

QStringList DemoOrg::redirectUris() const {
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->redirectUris;
}
QString DemoOrg::adminLogin() const {
    return m_adminLogin;
}
QString DemoOrg::adminUserId() const {
    return m_adminId;
}

void DemoOrg::setFaults(const FaultOptions &faults) {
    QMutexLocker lock(&m_shared->mutex);
    m_shared->faults = faults;
    ++m_shared->faultsGeneration;
    m_shared->faultsInjected = 0;
}

QList<RateLimitBucket> DemoOrg::oktaRateLimitBuckets() {
    QList<RateLimitBucket> buckets;
    for (const okta::RateBucket &b : okta::RateBuckets::documented()) {
        RateLimitBucket bucket(b.path, b.limit);
        bucket.exact = b.exact;
        bucket.methods = b.methods;
        // "By default, each API token or OAuth 2.0 app can use up to 50% of a bucket's total
        // rate limit." (Okta, "Token and OAuth 2.0 app rate limits")
        bucket.principalSharePercent = 50;
        buckets.append(bucket);
    }
    return buckets;
}

void DemoOrg::setRateLimitBuckets(const QList<RateLimitBucket> &buckets) {
    QMutexLocker lock(&m_shared->mutex);
    m_shared->buckets = buckets;
}

quint64 DemoOrg::requestCount() const {
    return m_shared->requests.load();
}
quint64 DemoOrg::faultCount() const {
    return m_shared->faultsInjected.load();
}

QList<RequestRecord> DemoOrg::requestLog() const {
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->requestLog;
}

void DemoOrg::clearRequestLog() {
    QMutexLocker lock(&m_shared->mutex);
    m_shared->requestLog.clear();
}

quint64 DemoOrg::connectionCount() const {
    return m_shared->connections.load();
}
quint64 DemoOrg::peakBufferedBytes() const {
    return m_shared->peakBuffered.load();
}

QString DemoOrg::issueAccessToken(const QStringList &scopes) {
    const QByteArray userId = m_adminId.toLatin1();
    const QByteArray clientId = m_options.clientId.toUtf8();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray token = Router::accessTokenFor(scopes, userId, clientId, baseUrl().toEncoded(), now,
                                                    m_options.accessTokenLifetimeSeconds);
    m_shared->tokens.addAccess(
        token, {scopes, userId, clientId, now + qint64(m_options.accessTokenLifetimeSeconds) * 1000});
    return QString::fromLatin1(token);
}

void DemoOrg::expireAccessTokens() {
    m_shared->tokens.expireAllAccess();
}

} // namespace demo

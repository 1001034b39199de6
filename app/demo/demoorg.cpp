#include "demoorg.h"
#include "demoserver.h"
#include "demoshared.h"
#include "logevents.h"
#include "orgdata.h"
#include "prng.h"
#include "router.h"

#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

QList<RateLimitBucket> defaultBuckets() {
    // Modelled on Okta's published Workforce table (per minute).
    return {{u"/api/v1/logs"_s, 120},         {u"/api/v1/apps"_s, 100}, {u"/api/v1/groups"_s, 500},
            {u"/api/v1/users"_s, 600},        {u"/api/v1/"_s, 1200},    {u"/oauth2/v1/token"_s, 600},
            {u"/oauth2/v1/authorize"_s, 600}, {u"/oauth2/v1/"_s, 1200}};
}

QString seeded(quint64 seed, const char *prefix, int length) {
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString s = QLatin1String(prefix);
    Rng rng(mix64(seed ^ qHash(QByteArrayView(prefix))));
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet[rng.below(62)]));
    return s;
}

} // namespace

DemoOrg::DemoOrg(const DemoOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_shared(std::make_shared<DemoShared>()) {
    if (!m_options.now.isValid())
        m_options.now = QDateTime::currentDateTimeUtc();
    if (m_options.apiToken.isEmpty())
        m_options.apiToken = seeded(m_options.seed, "00", 40);
    if (m_options.clientId.isEmpty())
        m_options.clientId = u"0oademooktadesk0001"_s;
    if (m_options.clientSecret.isEmpty())
        m_options.clientSecret = seeded(m_options.seed, "", 40);
    m_shared->faults = m_options.faults;
    m_shared->buckets = m_options.buckets.isEmpty() ? defaultBuckets() : m_options.buckets;
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
    m_server = new DemoServer(std::move(router), m_shared);
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

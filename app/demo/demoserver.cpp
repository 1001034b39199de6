#include "demoserver.h"
#include "demoshared.h"
#include "httpconnection.h"
#include "router.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace demo {

DemoServer::DemoServer(std::unique_ptr<Router> router, std::shared_ptr<DemoShared> shared, int idleTimeoutMs)
    : m_router(std::move(router))
    , m_shared(std::move(shared))
    , m_idleTimeoutMs(idleTimeoutMs) {}

DemoServer::~DemoServer() = default;

bool DemoServer::listen(const QHostAddress &address, quint16 port, QString *error) {
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &DemoServer::acceptConnections);
    if (!m_server->listen(address, port)) {
        if (error)
            *error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    QByteArray host;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::LocalHost)
        host = "127.0.0.1";
    else if (address == QHostAddress::AnyIPv6 || address == QHostAddress::LocalHostIPv6)
        host = "[::1]";
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = '[' + address.toString().toLatin1() + ']';
    else
        host = address.toString().toLatin1();
    m_router->setBaseUrl("http://" + host + ':' + QByteArray::number(m_server->serverPort()));
    // --live-rate: the org keeps living while it serves (a few ticks a second).
    if (m_router->hasBackgroundActivity()) {
        m_liveTimer = new QTimer(this);
        connect(m_liveTimer, &QTimer::timeout, this, [this] { m_router->addBackgroundEvents(); });
        m_liveTimer->start(100);
    }
    return true;
}

quint16 DemoServer::port() const {
    return m_server ? m_server->serverPort() : 0;
}

void DemoServer::acceptConnections() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_shared->connections;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new HttpConnection(
            socket, [this](const HttpRequest &request) { return m_router->handle(request); }, m_shared.get(),
            m_idleTimeoutMs, this);
    }
}

void DemoServer::shutdown() {
    // The timer belongs to this (worker) thread: it must go before the thread ends.
    delete m_liveTimer;
    m_liveTimer = nullptr;
    if (m_server)
        m_server->close();
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *c : connections) {
        c->abort();
        delete c;
    }
    delete m_server;
    m_server = nullptr;
}

} // namespace demo

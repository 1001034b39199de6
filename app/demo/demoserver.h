#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QTcpServer;
class QTimer;

namespace demo {

class Router;
struct DemoShared;

// The worker-thread half of DemoOrg: the listening socket and its connections. Created
// in the caller's thread, moved to the worker thread, and driven only from there.
class DemoServer : public QObject {
    Q_OBJECT
public:
    DemoServer(std::unique_ptr<Router> router, std::shared_ptr<DemoShared> shared, int idleTimeoutMs);
    ~DemoServer() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    void shutdown(); // closes the listener and every connection; call in the worker thread

private:
    void acceptConnections();

    QTcpServer *m_server = nullptr;
    QTimer *m_liveTimer = nullptr; // --live-rate
    std::unique_ptr<Router> m_router;
    std::shared_ptr<DemoShared> m_shared;
    int m_idleTimeoutMs;
};

} // namespace demo

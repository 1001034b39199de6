#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace okta {

// The sign-in's redirect listener: a minimal HTTP/1.x server on 127.0.0.1 only. It answers
// every request with one short page and closes the connection; only a GET of exactly the
// callback path reaches the handler, which decides whether the query is the awaited
// callback. Anything else (another path, another method, a malformed or oversized request,
// a client that says nothing) is answered or dropped and the listener keeps listening, so
// a local page or process cannot end the sign-in or free the port. Nothing it logs or
// reports carries the request's URL or query.
class LoopbackListener : public QObject {
    Q_OBJECT
public:
    struct Reply {
        int status = 200;
        QString text;      // plain text for the browser tab; HTML-escaped here
        bool last = false; // the awaited callback: stop listening once it is answered
    };
    using Handler = std::function<Reply(const QUrlQuery &query)>;

    LoopbackListener(const QString &callbackPath, Handler handler, QObject *parent = nullptr);
    ~LoopbackListener() override;

    // Binds 127.0.0.1:port (0: any free port). False when it cannot.
    bool listen(quint16 port);
    bool isListening() const;
    quint16 port() const;
    // Stops accepting and drops the connections not yet answered.
    void close();

    // How long one connection may take to send its request; default 10 s.
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

Q_SIGNALS:
    // A request that was not the callback: why, in a few translated words, never its URL.
    void ignored(const QString &why);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Reply &reply);
    void drop(QTcpSocket *socket);

    QString m_path;
    Handler m_handler;
    QPointer<QTcpServer> m_server;
    QHash<QTcpSocket *, QByteArray> m_pending; // request heads still arriving
    int m_requestTimeoutMs = 10000;
};

} // namespace okta

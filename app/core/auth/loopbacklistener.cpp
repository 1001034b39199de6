#include "loopbacklistener.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace okta {

namespace {

constexpr qsizetype kMaxHeadBytes = 8 * 1024; // a browser's callback request is ~1 KB
constexpr int kMaxPendingConnections = 16;

QByteArray reason(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

} // namespace

LoopbackListener::LoopbackListener(const QString &callbackPath, Handler handler, QObject *parent)
    : QObject(parent)
    , m_path(callbackPath)
    , m_handler(std::move(handler)) {}

LoopbackListener::~LoopbackListener() {
    close();
}

bool LoopbackListener::listen(quint16 port) {
    close();
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onNewConnection);
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        delete m_server;
        return false;
    }
    return true;
}

bool LoopbackListener::isListening() const {
    return m_server && m_server->isListening();
}

quint16 LoopbackListener::port() const {
    return m_server ? m_server->serverPort() : 0;
}

void LoopbackListener::close() {
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    const QList<QTcpSocket *> waiting = m_pending.keys();
    for (QTcpSocket *socket : waiting)
        drop(socket);
}

void LoopbackListener::onNewConnection() {
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        // Ours, not the server's: an answer still being written outlives close().
        socket->setParent(this);
        if (m_pending.size() >= kMaxPendingConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_pending.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
        // A connection that never sends its request must not hold a slot for ever.
        QTimer::singleShot(m_requestTimeoutMs, socket, [this, socket] {
            if (m_pending.contains(socket))
                drop(socket);
        });
    }
}

void LoopbackListener::onReadyRead(QTcpSocket *socket) {
    auto it = m_pending.find(socket);
    if (it == m_pending.end())
        return; // already answered: whatever else it sends is not read
    it->append(socket->read(kMaxHeadBytes + 1 - it->size()));
    const QByteArray &head = *it;
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxHeadBytes) {
            Q_EMIT ignored(tr("an oversized request"));
            answer(socket, {431, tr("The request was too large."), false});
        }
        return;
    }
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> line = head.left(lineEnd).split(' ');
    if (line.size() != 3 || !line[1].startsWith('/') || !line[2].startsWith("HTTP/1.")) {
        Q_EMIT ignored(tr("a malformed request"));
        answer(socket, {400, tr("This is not a request OktaDesk understands."), false});
        return;
    }
    const QByteArray &target = line[1];
    const qsizetype q = target.indexOf('?');
    const QByteArray path = q < 0 ? target : target.left(q);
    if (path != m_path.toLatin1()) {
        Q_EMIT ignored(tr("a request for another address"));
        answer(socket, {404, tr("Not found."), false});
        return;
    }
    if (line[0] != "GET") {
        Q_EMIT ignored(
            tr("a %1 request instead of the browser's GET").arg(QString::fromLatin1(line[0].left(16))));
        answer(socket, {405, tr("Only the browser's redirect is accepted here."), false});
        return;
    }
    const QUrlQuery query(QString::fromLatin1(q < 0 ? QByteArray() : target.mid(q + 1)));
    // Out of the pending set first: the handler may close() the listener, which must not
    // drop the connection it is answering.
    m_pending.remove(socket);
    answer(socket, m_handler ? m_handler(query) : Reply{404, tr("Not found."), false});
}

void LoopbackListener::answer(QTcpSocket *socket, const Reply &reply) {
    m_pending.remove(socket);
    const QByteArray body =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OktaDesk</title></head>"
        "<body><p>" +
        reply.text.toHtmlEscaped().toUtf8() + "</p></body></html>";
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Cache-Control: no-store\r\n"
                // The tab's URL carries the code: it must not travel on as a Referer.
                "Referrer-Policy: no-referrer\r\n"
                "Connection: close\r\n"
                "Content-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
    if (reply.last)
        close();
}

void LoopbackListener::drop(QTcpSocket *socket) {
    m_pending.remove(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace okta

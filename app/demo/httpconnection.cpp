#include "httpconnection.h"
#include "demoshared.h"

#include <QTcpSocket>

#include <sys/socket.h>

namespace demo {

namespace {
// Above this much unsent data we stop reading further requests until the client drains.
constexpr qint64 MaxPendingWrite = 4 * 1024 * 1024;
// What Qt itself may buffer from the kernel before we take it.
constexpr qint64 SocketReadBuffer = 64 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, DemoShared *shared, int idleTimeoutMs,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_shared(shared) {
    m_socket->setParent(this);
    m_socket->setReadBufferSize(SocketReadBuffer);
    m_idle.setSingleShot(true);
    m_idle.setInterval(std::max(idleTimeoutMs, 1));
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_closing = true;
        m_socket->abort();
        deleteLater();
    });
    m_idle.start();
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        readMore();
        processBuffer();
    });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (!m_waiting && m_socket->bytesToWrite() < MaxPendingWrite)
            processBuffer();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort() {
    m_socket->abort();
}

void HttpConnection::readMore() {
    const qsizetype room = MaxBufferedBytes - m_buffer.size();
    if (room <= 0)
        return; // TCP holds the rest until requests are answered
    m_buffer.append(m_socket->read(room));
    if (m_shared)
        m_shared->noteBuffered(quint64(m_buffer.size()));
}

void HttpConnection::processBuffer() {
    while (!m_waiting && !m_closing && m_socket->bytesToWrite() < MaxPendingWrite) {
        if (m_buffer.size() < MaxBufferedBytes && m_socket->bytesAvailable() > 0)
            readMore();
        if (m_buffer.isEmpty())
            return;
        HttpRequest request;
        int errorStatus = 0;
        const qsizetype consumed = parseRequest(m_buffer, request, errorStatus);
        if (consumed == 0)
            return;
        if (consumed < 0) {
            sendError(errorStatus);
            return;
        }
        m_buffer.remove(0, consumed);
        m_idle.start(); // a complete request: the client is alive
        HttpResponse response = m_handler(request);
        const bool close = request.wantsClose();
        if (response.delayMs > 0) {
            m_waiting = true;
            m_idle.stop(); // the wait is ours, not the client's
            QTimer::singleShot(response.delayMs, this, [this, response, close] {
                m_waiting = false;
                m_idle.start();
                send(response, close);
                processBuffer();
            });
            return;
        }
        send(response, close);
    }
}

void HttpConnection::send(const HttpResponse &response, bool close) {
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    using Delivery = HttpResponse::Delivery;
    if (response.delivery == Delivery::Reset) {
        // SO_LINGER 0 makes the close an RST: "connection reset by peer" for the client.
        m_closing = true;
        const struct linger hard = {1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        m_socket->abort();
        deleteLater();
        return;
    }
    m_socket->write(serializeHead(response, close));
    if (response.delivery == Delivery::DropMidBody || response.delivery == Delivery::Stall) {
        // The head promised the full Content-Length. Closing after half of the body is what
        // a proxy dying mid-transfer looks like; stopping without closing, a stalled one.
        // Either way this connection serves no further request.
        m_socket->write(response.body.left(response.body.size() / 2));
        m_closing = true;
        if (response.delivery == Delivery::DropMidBody)
            m_socket->disconnectFromHost();
        return;
    }
    if (!response.body.isEmpty())
        m_socket->write(response.body);
    if (close) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::sendError(int status) {
    HttpResponse r = oktaError(status, "E0000001", QString::fromLatin1(reasonPhrase(status)));
    r.addHeader("Content-Type", "application/json");
    m_buffer.clear();
    send(r, true);
}

} // namespace demo

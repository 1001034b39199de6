#pragma once

#include "http.h"

#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace demo {

struct DemoShared;

// One keep-alive HTTP/1.1 connection. Requests are answered strictly in order: while a
// response is delayed or the socket still holds a large unsent response, further
// pipelined requests wait.
//
// The demo org is a server on the user's machine, so one client must not exhaust it: at
// most MaxBufferedBytes of requests are read ahead (the largest request parseRequest()
// accepts); beyond that the socket is not read and TCP pushes back on the sender. A
// connection that completes no request for `idleTimeoutMs` (idle, trickling a request, or
// not reading its answers) is closed.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;
    static constexpr qsizetype MaxBufferedBytes = MaxRequestBytes;

    HttpConnection(QTcpSocket *socket, Handler handler, DemoShared *shared, int idleTimeoutMs,
                   QObject *parent);
    ~HttpConnection() override;

    void abort();

private:
    void readMore();
    void processBuffer();
    void send(const HttpResponse &response, bool close);
    void sendError(int status);

    QTcpSocket *m_socket;
    Handler m_handler;
    DemoShared *m_shared;
    QByteArray m_buffer;
    QTimer m_idle;
    bool m_waiting = false; // a delayed response is pending
    bool m_closing = false;
};

} // namespace demo

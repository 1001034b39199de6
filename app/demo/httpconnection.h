#pragma once

#include "http.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace demo {

// One keep-alive HTTP/1.1 connection. Requests are answered strictly in order: while a
// response is delayed or the socket still holds a large unsent response, further
// pipelined requests wait in the buffer, which bounds memory per connection.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent);
    ~HttpConnection() override;

    void abort();

private:
    void processBuffer();
    void send(const HttpResponse &response, bool close);
    void sendError(int status);

    QTcpSocket *m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_waiting = false; // a delayed response is pending
    bool m_closing = false;
};

} // namespace demo

#include "http.h"
#include "jsonwriter.h"

#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace demo {

QByteArray HttpRequest::header(QByteArrayView lowerName) const {
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

bool HttpRequest::wantsClose() const {
    // parseRequest() adds "connection: close" for HTTP/1.0 requests without keep-alive.
    return header("connection").toLower().contains("close");
}

QByteArray HttpResponse::headerValue(QByteArrayView name) const {
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

void HttpResponse::removeHeader(QByteArrayView name) {
    headers.removeIf([name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

qsizetype parseRequest(const QByteArray &buffer, HttpRequest &out, int &errorStatus) {
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > MaxHeaderBytes) {
            errorStatus = 431;
            return -1;
        }
        return 0;
    }
    const QByteArrayView head(buffer.constData(), headerEnd);
    qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0)
        lineEnd = head.size();
    const QList<QByteArray> requestLine = head.first(lineEnd).toByteArray().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        errorStatus = requestLine.size() == 3 ? 505 : 400;
        return -1;
    }
    out = HttpRequest();
    out.method = requestLine[0];
    out.target = requestLine[1];
    const bool http10 = requestLine[2] == "HTTP/1.0";

    qsizetype pos = lineEnd + 2;
    while (pos < head.size()) {
        qsizetype next = head.indexOf("\r\n", pos);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(pos, next - pos);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            errorStatus = 400;
            return -1;
        }
        out.headers.append(qMakePair(line.first(colon).trimmed().toByteArray().toLower(),
                                     line.sliced(colon + 1).trimmed().toByteArray()));
        pos = next + 2;
    }
    if (http10 && !out.header("connection").toLower().contains("keep-alive"))
        out.headers.append(qMakePair(QByteArray("connection"), QByteArray("close")));

    if (!out.header("transfer-encoding").isEmpty()) {
        errorStatus = 411; // chunked uploads are never sent by our client
        return -1;
    }
    qsizetype length = 0;
    const QByteArray lengthHeader = out.header("content-length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        length = lengthHeader.toLongLong(&ok);
        if (!ok || length < 0) {
            errorStatus = 400;
            return -1;
        }
        if (length > MaxBodyBytes) {
            errorStatus = 413;
            return -1;
        }
    }
    const qsizetype total = headerEnd + 4 + length;
    if (buffer.size() < total)
        return 0;
    out.body = buffer.mid(headerEnd + 4, length);

    const qsizetype q = out.target.indexOf('?');
    out.rawPath = q < 0 ? out.target : out.target.left(q);
    out.rawQuery = q < 0 ? QByteArray() : out.target.mid(q + 1);
    out.path = QUrl::fromPercentEncoding(out.rawPath);
    const QList<QByteArray> parts = out.rawPath.split('/');
    for (const QByteArray &part : parts)
        if (!part.isEmpty())
            out.segments.append(QUrl::fromPercentEncoding(part));
    out.query = formDecode(out.rawQuery);
    return total;
}

QUrlQuery formDecode(const QByteArray &encoded) {
    QByteArray copy = encoded;
    copy.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(copy));
}

QByteArray serializeHead(const HttpResponse &response, bool close) {
    QByteArray head;
    head.reserve(512);
    head.append("HTTP/1.1 ").append(QByteArray::number(response.status)).append(' ');
    head.append(reasonPhrase(response.status)).append("\r\n");
    for (const auto &h : response.headers)
        head.append(h.first).append(": ").append(h.second).append("\r\n");
    head.append("Content-Length: ").append(QByteArray::number(response.body.size())).append("\r\n");
    if (close)
        head.append("Connection: close\r\n");
    head.append("\r\n");
    return head;
}

HttpResponse jsonResponse(int status, QByteArray body) {
    HttpResponse r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

QByteArray randomToken(int length) {
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QByteArray token(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        token[i] = alphabet[QRandomGenerator::system()->bounded(62)];
    return token;
}

HttpResponse invalidField(const QString &field, const QString &cause) {
    return oktaError(400, "E0000001", u"Api validation failed: "_s + field, {field + u": "_s + cause});
}

HttpResponse oktaError(int status, const char *code, const QString &summary, const QStringList &causes) {
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.fieldAscii("errorCode", code);
    w.field("errorSummary", summary);
    w.fieldAscii("errorLink", code);
    w.fieldAscii("errorId", QByteArray("oae" + randomToken(19)));
    w.key("errorCauses");
    w.beginArray();
    for (const QString &cause : causes) {
        w.beginObject();
        w.field("errorSummary", cause);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return jsonResponse(status, std::move(body));
}

HttpResponse oauthError(int status, const char *error, const QString &description) {
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.fieldAscii("error", error);
    w.field("error_description", description);
    w.endObject();
    return jsonResponse(status, std::move(body));
}

} // namespace demo

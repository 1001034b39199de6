#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace demo {

struct HttpRequest {
    QByteArray method;
    QByteArray target; // as sent: path plus query
    QByteArray rawPath;
    QByteArray rawQuery;
    QString path;         // percent-decoded
    QStringList segments; // decoded one by one, so an encoded '/' stays inside its segment
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QUrlQuery query;

    QByteArray header(QByteArrayView lowerName) const;
    bool hasParam(const QString &name) const { return query.hasQueryItem(name); }
    // Fully decoded. A '+' in the query string was a space (formDecode), as at Okta, whose
    // documented curl examples send search=type+eq+%22OKTA_GROUP%22; a literal '+' is %2B.
    QString param(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool wantsClose() const;
};

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    // How the bytes go out: whole, or broken the ways networks break them (fault injection).
    enum class Delivery { Whole, DropMidBody, Reset, Stall };
    Delivery delivery = Delivery::Whole;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append({name, value}); }
    QByteArray headerValue(QByteArrayView name) const;
    void removeHeader(QByteArrayView name);
};

QByteArray reasonPhrase(int status);

// The largest request parseRequest() accepts: head and body.
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;
constexpr qsizetype MaxRequestBytes = MaxHeaderBytes + 4 + MaxBodyBytes;

// Parses one request from the front of `buffer`. Returns the bytes consumed, 0 while the
// request is incomplete, or -1 with `errorStatus` set when it cannot be served.
qsizetype parseRequest(const QByteArray &buffer, HttpRequest &out, int &errorStatus);

// application/x-www-form-urlencoded (query strings and form bodies): '+' is a space.
QUrlQuery formDecode(const QByteArray &encoded);

QByteArray serializeHead(const HttpResponse &response, bool close);

// Helpers for Okta-shaped bodies.
HttpResponse jsonResponse(int status, QByteArray body);
HttpResponse oktaError(int status, const char *code, const QString &summary, const QStringList &causes = {});
// Okta's 400 E0000001 for one field: "Api validation failed: field", cause "field: cause".
HttpResponse invalidField(const QString &field, const QString &cause);
HttpResponse oauthError(int status, const char *error, const QString &description);
QByteArray randomToken(int length); // base62, from the system CSPRNG

} // namespace demo

#pragma once

// Checks requests against tests/data/okta-spec-digest.json, a digest of Okta's official
// OpenAPI specs (scripts/spec-digest.py): method and path template, allowed query
// parameters with their enums and bounds, required JSON body properties, content type.
// RecordingNam records what the client really puts on the wire.

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace okta::test {

struct RecordedRequest {
    QByteArray method;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

class RecordingNam : public QNetworkAccessManager {
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<RecordedRequest> requests;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override {
        RecordedRequest r;
        switch (op) {
        case GetOperation:
            r.method = "GET";
            break;
        case PostOperation:
            r.method = "POST";
            break;
        case PutOperation:
            r.method = "PUT";
            break;
        case DeleteOperation:
            r.method = "DELETE";
            break;
        case HeadOperation:
            r.method = "HEAD";
            break;
        default:
            r.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
            break;
        }
        r.url = request.url();
        for (const QByteArray &name : request.rawHeaderList())
            r.headers.append({name, request.rawHeader(name)});
        const QVariant length = request.header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            r.headers.append({"Content-Length", QByteArray::number(length.toLongLong())});
        if (outgoing)
            r.body = outgoing->peek(outgoing->size());
        requests.append(r);
        return QNetworkAccessManager::createRequest(op, request, outgoing);
    }
};

class SpecChecker {
public:
    SpecChecker() {
        QFile f(QStringLiteral(OKTADESK_SPEC_DIGEST));
        if (f.open(QIODevice::ReadOnly))
            m_ops =
                QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("operations")).toArray();
    }
    bool loaded() const { return !m_ops.isEmpty(); }

    // Empty when the request is valid; otherwise what is wrong with it.
    QString check(const RecordedRequest &r) const {
        const QJsonObject op = find(r.method, r.url.path());
        if (op.isEmpty())
            return QStringLiteral("%1 %2: no such operation in the spec")
                .arg(QString::fromLatin1(r.method), r.url.path());
        const QString where = op.value(QLatin1String("operationId")).toString();
        const QJsonObject allowed = op.value(QLatin1String("query")).toObject();
        const QUrlQuery query(r.url);
        for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
            if (!allowed.contains(item.first))
                return QStringLiteral("%1: query parameter %2 is not in the spec").arg(where, item.first);
            const QJsonObject p = allowed.value(item.first).toObject();
            if (p.contains(QLatin1String("enum")) &&
                !p.value(QLatin1String("enum")).toArray().contains(QJsonValue(item.second)))
                return QStringLiteral("%1: %2=%3 is not one of the allowed values")
                    .arg(where, item.first, item.second);
            const QString type = p.value(QLatin1String("type")).toString();
            if (type == QLatin1String("integer")) {
                bool ok = false;
                const qint64 v = item.second.toLongLong(&ok);
                if (!ok)
                    return QStringLiteral("%1: %2 must be an integer").arg(where, item.first);
                if (p.contains(QLatin1String("maximum")) && v > p.value(QLatin1String("maximum")).toInteger())
                    return QStringLiteral("%1: %2=%3 is above the maximum").arg(where, item.first).arg(v);
                if (p.contains(QLatin1String("minimum")) && v < p.value(QLatin1String("minimum")).toInteger())
                    return QStringLiteral("%1: %2=%3 is below the minimum").arg(where, item.first).arg(v);
            }
            if (type == QLatin1String("boolean") && item.second != QLatin1String("true") &&
                item.second != QLatin1String("false"))
                return QStringLiteral("%1: %2 must be true or false").arg(where, item.first);
        }
        for (auto it = allowed.begin(); it != allowed.end(); ++it)
            if (it.value().toObject().value(QLatin1String("required")).toBool() &&
                !query.hasQueryItem(it.key()))
                return QStringLiteral("%1: required query parameter %2 is missing").arg(where, it.key());

        const QJsonArray types = op.value(QLatin1String("bodyContentTypes")).toArray();
        if (r.method == "POST" || r.method == "PUT") {
            if (r.header("Content-Length").isEmpty())
                return QStringLiteral("%1: POST/PUT without Content-Length (Okta answers 411)").arg(where);
            if (!types.isEmpty()) {
                const QByteArray ctype = r.header("Content-Type").split(';').first().trimmed();
                if (!types.contains(QJsonValue(QString::fromLatin1(ctype))))
                    return QStringLiteral("%1: content type %2 is not accepted")
                        .arg(where, QString::fromLatin1(ctype));
                if (ctype == "application/json") {
                    const QJsonDocument body = QJsonDocument::fromJson(r.body);
                    if (!body.isObject())
                        return QStringLiteral("%1: the body is not a JSON object").arg(where);
                    const QJsonArray required = op.value(QLatin1String("bodyRequired")).toArray();
                    for (const QJsonValue &req : required)
                        if (!body.object().contains(req.toString()))
                            return QStringLiteral("%1: the body lacks required %2")
                                .arg(where, req.toString());
                }
            }
        }
        return {};
    }

private:
    QJsonObject find(const QByteArray &method, const QString &path) const {
        const QStringList parts = path.split(QLatin1Char('/'));
        for (const QJsonValue &v : m_ops) {
            const QJsonObject op = v.toObject();
            if (op.value(QLatin1String("method")).toString().toLatin1() != method)
                continue;
            const QStringList tpl = op.value(QLatin1String("path")).toString().split(QLatin1Char('/'));
            if (tpl.size() != parts.size())
                continue;
            bool match = true;
            for (qsizetype i = 0; i < tpl.size() && match; ++i)
                match = tpl[i].startsWith(QLatin1Char('{')) ? !parts[i].isEmpty() : tpl[i] == parts[i];
            if (match)
                return op;
        }
        return {};
    }

    QJsonArray m_ops;
};

} // namespace okta::test

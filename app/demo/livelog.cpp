#include "livelog.h"
#include "jsonwriter.h"
#include "logevents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace demo {

namespace {

// Okta's uuids are time-based (version 1); random bits with that version are enough here.
QByteArray timeUuid() {
    static const char hex[] = "0123456789abcdef";
    QByteArray u(36, '-');
    for (int i = 0; i < 36; ++i)
        if (i != 8 && i != 13 && i != 18 && i != 23)
            u[i] = hex[QRandomGenerator::global()->bounded(16)];
    u[14] = '1';
    u[19] = hex[8 + QRandomGenerator::global()->bounded(4)];
    return u;
}

void writeRef(JsonWriter &w, const LogRef &ref) {
    w.beginObject();
    w.fieldAscii("id", ref.id);
    w.fieldAscii("type", ref.type);
    w.key("alternateId");
    w.utf8(ref.alternateId);
    w.key("displayName");
    w.utf8(ref.displayName);
    w.key("detailEntry");
    w.null();
    w.endObject();
}

void nullable(JsonWriter &w, const char *key, const QByteArray &value) {
    w.key(key);
    if (value.isEmpty())
        w.null();
    else
        w.utf8(value);
}

// Every string in an event, for keyword matching.
bool anyText(const QJsonValue &v, const QByteArray &keyword) {
    if (v.isString())
        return keywordInText(v.toString().toUtf8(), keyword);
    if (v.isArray()) {
        const QJsonArray items = v.toArray();
        for (const QJsonValue &item : items)
            if (anyText(item, keyword))
                return true;
    } else if (v.isObject()) {
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (anyText(it.value(), keyword))
                return true;
    }
    return false;
}

} // namespace

void writeLiveEvent(JsonWriter &w, const LiveEventSpec &s, qint64 publishedMs) {
    w.beginObject();
    w.key("actor");
    writeRef(w, s.actor);
    w.key("client");
    w.beginObject();
    w.key("userAgent");
    w.beginObject();
    w.key("rawUserAgent");
    w.utf8(s.userAgent.isEmpty() ? QByteArray("unknown") : s.userAgent);
    w.fieldAscii("os", "Unknown");
    w.fieldAscii("browser", "UNKNOWN");
    w.endObject();
    w.key("zone");
    w.null();
    w.fieldAscii("device", "Unknown");
    nullable(w, "id", s.clientId);
    w.key("ipAddress");
    w.utf8(s.clientIp);
    w.key("geographicalContext");
    w.null();
    w.endObject();
    w.key("device");
    w.null();
    w.key("authenticationContext");
    w.beginObject();
    for (const char *key : {"authenticationProvider", "credentialProvider", "credentialType", "issuer",
                            "interface", "externalSessionId"}) {
        w.key(key);
        w.null();
    }
    w.key("authenticationStep");
    w.number(qint64(0));
    w.endObject();
    w.fieldAscii("displayMessage", s.displayMessage);
    w.fieldAscii("eventType", s.eventType);
    w.key("outcome");
    w.beginObject();
    w.fieldAscii("result", "SUCCESS");
    w.key("reason");
    w.null();
    w.endObject();
    w.key("published");
    w.timestamp(publishedMs);
    w.key("securityContext");
    w.beginObject();
    for (const char *key : {"asNumber", "asOrg", "isp", "domain", "isProxy"}) {
        w.key(key);
        w.null();
    }
    w.endObject();
    w.fieldAscii("severity", "INFO");
    w.key("debugContext");
    w.beginObject();
    w.key("debugData");
    w.beginObject();
    w.fieldAscii("requestId", s.requestId);
    w.key("requestUri");
    w.utf8(s.requestUri);
    w.key("url");
    w.utf8(s.url);
    w.endObject();
    w.endObject();
    w.key("legacyEventType");
    if (s.legacyEventType)
        w.ascii(s.legacyEventType);
    else
        w.null();
    w.key("transaction");
    w.beginObject();
    w.fieldAscii("type", "WEB");
    w.fieldAscii("id", s.requestId);
    w.key("detail");
    w.beginObject();
    if (!s.apiTokenId.isEmpty())
        w.fieldAscii("requestApiTokenId", s.apiTokenId);
    w.endObject();
    w.endObject();
    w.fieldAscii("uuid", timeUuid());
    w.fieldAscii("version", "0");
    w.key("request");
    w.beginObject();
    w.key("ipChain");
    w.beginArray();
    w.beginObject();
    w.key("ip");
    w.utf8(s.clientIp);
    w.key("geographicalContext");
    w.null();
    w.fieldAscii("version", s.clientIp.contains(':') ? "V6" : "V4");
    w.key("source");
    w.null();
    w.endObject();
    w.endArray();
    w.endObject();
    w.key("target");
    w.beginArray();
    for (const LogRef &t : s.targets)
        writeRef(w, t);
    w.endArray();
    w.endObject();
}

qint64 LiveLog::nextPublished(qint64 nowMs) const {
    return m_events.isEmpty() ? nowMs : std::max(nowMs, m_events.constLast().published + 1);
}

void LiveLog::append(qint64 nowMs, const LiveEventSpec &spec) {
    Event e;
    e.published = nextPublished(nowMs);
    JsonWriter w(e.json);
    writeLiveEvent(w, spec, e.published);
    e.object = QJsonDocument::fromJson(e.json).object();
    m_events.append(std::move(e));
}

void LiveLog::appendJson(qint64 nowMs, QJsonObject event) {
    Event e;
    e.published = nextPublished(nowMs);
    char stamp[24];
    JsonWriter::formatTimestamp(stamp, e.published);
    event.insert(QLatin1String("published"), QString::fromLatin1(stamp, 24));
    event.insert(QLatin1String("uuid"), QString::fromLatin1(timeUuid()));
    e.json = QJsonDocument(event).toJson(QJsonDocument::Compact);
    e.object = std::move(event);
    m_events.append(std::move(e));
}

qint64 LiveLog::lowerBound(qint64 ms) const {
    const auto it = std::lower_bound(m_events.begin(), m_events.end(), ms,
                                     [](const Event &e, qint64 value) { return e.published < value; });
    return it - m_events.begin();
}

bool LiveLog::matchesKeywords(const Event &e, const QList<QByteArray> &keywords) {
    for (const QByteArray &keyword : keywords)
        if (!anyText(e.object, keyword))
            return false;
    return true;
}

} // namespace demo

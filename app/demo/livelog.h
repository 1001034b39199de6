#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace demo {

class JsonWriter;

// Who or what an event names, as the System Log writes actors and targets.
struct LogRef {
    QByteArray id;
    QByteArray type;
    QByteArray alternateId; // UTF-8
    QByteArray displayName; // UTF-8
};

// One event as Okta records a request: the caller as actor, the objects as targets, the
// request id as transaction id (and, for an API token, the token in transaction.detail).
struct LiveEventSpec {
    const char *eventType = "";
    const char *displayMessage = "";
    const char *legacyEventType = nullptr;
    LogRef actor;
    QList<LogRef> targets;
    QByteArray requestId;
    QByteArray requestUri; // the path
    QByteArray url;        // path and query
    QByteArray userAgent;
    QByteArray clientIp;
    QByteArray clientId;   // the OAuth client, when the call carried its token
    QByteArray apiTokenId; // the API token, when the call carried one
};

void writeLiveEvent(JsonWriter &w, const LiveEventSpec &spec, qint64 publishedMs);

// The events the org records while it runs: one per write made through its API, and the
// background activity of --live-rate. They come after the generated log in time, so the
// System Log endpoint reads both as one sequence, generated events first.
class LiveLog {
public:
    struct Event {
        qint64 published = 0;
        QByteArray json;    // as served
        QJsonObject object; // for filters and keywords
    };

    // Publishes at `nowMs`, or just after the last event: the log stays in order.
    void append(qint64 nowMs, const LiveEventSpec &spec);
    // An event written elsewhere (background activity), republished now.
    void appendJson(qint64 nowMs, QJsonObject event);

    qint64 size() const { return m_events.size(); }
    const Event &at(qint64 i) const { return m_events[i]; }
    qint64 lowerBound(qint64 ms) const; // first index published at or after ms
    static bool matchesKeywords(const Event &e, const QList<QByteArray> &keywords);

private:
    qint64 nextPublished(qint64 nowMs) const;

    QList<Event> m_events;
};

} // namespace demo

#pragma once

#include "parsed.h"
#include "rawjson.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace okta {

// A System Log event (GET /api/v1/logs): the event's original bytes, and where in them the
// fields a results table shows are (read into text when asked), parsed once. Anything else
// is read from the bytes too (raw().valueAt()). So an event costs its bytes plus about 150
// bytes and no allocation per field, and an export of a million events builds no strings.
class LogEvent {
public:
    enum class Severity : quint8 { Unknown, Debug, Info, Warn, Error };

    // An actor or a target (Okta's LogActor and LogTarget share these).
    struct Party {
        QString id;
        QString type; // User, AppInstance, …
        QString alternateId;
        QString displayName;
    };
    struct Place {
        QString city;
        QString state;
        QString country;
    };

    qint64 published() const { return m_published; } // ms since the epoch; 0: unknown
    // As Okta writes it: 2026-05-01T12:00:00.000Z; empty when unknown.
    QString publishedText() const { return formatPublished(m_published); }
    static QString formatPublished(qint64 msecsSinceEpoch);
    QString uuid() const;
    Severity severity() const { return m_severity; }
    QString eventType() const { return text(m_eventType); }
    QString displayMessage() const { return text(m_displayMessage); }
    Party actor() const { return party(m_actor); }
    QString outcome() const { return text(m_outcome); } // outcome.result: SUCCESS, FAILURE, …
    QString outcomeReason() const { return text(m_outcomeReason); }
    QString clientIp() const { return text(m_clientIp); }
    // client.userAgent: what the actor used (CHROME, Mac OS X; or the raw agent string).
    QString clientBrowser() const { return text(m_browser); }
    QString clientOs() const { return text(m_os); }
    QString clientUserAgent() const { return text(m_userAgent); }
    Place clientLocation() const; // client.geographicalContext
    QList<Party> targets() const;
    const RawJson &raw() const { return m_raw; }

    static Severity severityFrom(QStringView text);
    static QString severityName(Severity severity); // DEBUG, INFO, WARN, ERROR; empty if unknown

    // A page of events: a JSON array of LogEvent objects.
    static Parsed<LogEvent> parsePage(QByteArray page);

    // Where a string value is in the event's bytes (between its quotes).
    struct Span {
        quint32 offset = 0;
        quint32 length : 31 = 0;
        quint32 escaped : 1 = 0; // has backslash escapes: unescape when read
    };
    struct PartySpans {
        Span id, type, alternateId, displayName;
    };

private:
    friend class LogEventReader;
    QString text(Span span) const;
    Party party(const PartySpans &spans) const;

    RawJson m_raw;
    qint64 m_published = 0;
    QUuid m_uuid;        // Okta's uuids are canonical: 16 bytes, not a string
    Span m_uuidFallback; // a uuid that is not
    Span m_eventType;
    Span m_displayMessage;
    PartySpans m_actor;
    Span m_outcome;
    Span m_outcomeReason;
    Span m_clientIp;
    Span m_browser;
    Span m_os;
    Span m_userAgent;
    Span m_city;
    Span m_state;
    Span m_country;
    QList<PartySpans> m_targets;
    Severity m_severity = Severity::Unknown;
};

} // namespace okta

Q_DECLARE_TYPEINFO(okta::LogEvent::Span, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(okta::LogEvent::PartySpans, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(okta::LogEvent, Q_RELOCATABLE_TYPE);

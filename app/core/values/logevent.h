#pragma once

#include "parsed.h"
#include "rawjson.h"

#include <QList>
#include <QString>
#include <QUuid>

namespace okta {

// A System Log event (GET /api/v1/logs): the fields a results table shows, parsed once,
// and the event's original bytes, from which anything else is read when asked (details,
// exports). Repeated texts share storage across events (see json::shared), so a long
// stream costs little beyond its bytes. Accessors, not fields: the storage may change.
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
    QString publishedText() const;
    QString uuid() const;
    QString eventType() const { return m_eventType; }
    Severity severity() const { return m_severity; }
    QString displayMessage() const { return m_displayMessage; }
    const Party &actor() const { return m_actor; }
    QString outcome() const { return m_outcome; } // outcome.result: SUCCESS, FAILURE, …
    QString outcomeReason() const { return m_outcomeReason; }
    QString clientIp() const { return m_clientIp; }
    const Place &clientLocation() const { return m_clientLocation; } // client.geographicalContext
    const QList<Party> &targets() const { return m_targets; }
    const RawJson &raw() const { return m_raw; }

    static Severity severityFrom(QStringView text);
    static QString severityName(Severity severity); // DEBUG, INFO, WARN, ERROR; empty if unknown

    // A page of events: a JSON array of LogEvent objects.
    static Parsed<LogEvent> parsePage(QByteArray page);

private:
    friend class LogEventReader;

    RawJson m_raw;
    qint64 m_published = 0;
    QUuid m_uuid;       // Okta's uuids are canonical; 16 bytes instead of a string
    QString m_uuidText; // only for one that is not
    QString m_eventType;
    QString m_displayMessage;
    Party m_actor;
    QString m_outcome;
    QString m_outcomeReason;
    QString m_clientIp;
    Place m_clientLocation;
    QList<Party> m_targets;
    Severity m_severity = Severity::Unknown;
};

} // namespace okta

#include "logcolumns.h"

#include "core/values/logevent.h"

namespace okta {

QList<LogColumns::Column> LogColumns::all() {
    return {Time, Severity, EventType, Message, Actor, Targets, Outcome, ClientIp, Location, Client};
}

QList<LogColumns::Column> LogColumns::defaults() {
    return {Time, Severity, EventType, Message, Actor, Targets, Outcome, ClientIp};
}

QString LogColumns::title(Column column) {
    switch (column) {
    case Time:
        return tr("Time");
    case Severity:
        return tr("Severity");
    case EventType:
        return tr("Event type");
    case Message:
        return tr("Message");
    case Actor:
        return tr("Actor");
    case Targets:
        return tr("Targets");
    case Outcome:
        return tr("Outcome");
    case ClientIp:
        return tr("Client IP");
    case Location:
        return tr("Location");
    case Client:
        return tr("Client");
    case Count:
        break;
    }
    return {};
}

QString LogColumns::header(Column column) {
    switch (column) {
    case Time:
        return QStringLiteral("published");
    case Severity:
        return QStringLiteral("severity");
    case EventType:
        return QStringLiteral("eventType");
    case Message:
        return QStringLiteral("displayMessage");
    case Actor:
        return QStringLiteral("actor");
    case Targets:
        return QStringLiteral("target");
    case Outcome:
        return QStringLiteral("outcome.result");
    case ClientIp:
        return QStringLiteral("client.ipAddress");
    case Location:
        return QStringLiteral("client.geographicalContext");
    case Client:
        return QStringLiteral("client.userAgent");
    case Count:
        break;
    }
    return {};
}

namespace {

QString joinNonEmpty(std::initializer_list<QString> parts) {
    QStringList kept;
    for (const QString &p : parts)
        if (!p.isEmpty() && !kept.contains(p))
            kept.append(p);
    return kept.join(QStringLiteral(", "));
}

} // namespace

QString LogColumns::text(const LogEvent &event, Column column) {
    switch (column) {
    case Time:
        return event.publishedText();
    case Severity:
        return LogEvent::severityName(event.severity());
    case EventType:
        return event.eventType();
    case Message:
        return event.displayMessage();
    case Actor: {
        const LogEvent::Party actor = event.actor();
        return actor.displayName.isEmpty() ? actor.alternateId : actor.displayName;
    }
    case Targets: {
        QStringList parts;
        for (const LogEvent::Party &t : event.targets()) {
            const QString name = t.displayName.isEmpty() ? t.alternateId : t.displayName;
            parts.append(t.type.isEmpty() ? name : tr("%1 (%2)").arg(name, t.type));
        }
        return parts.join(QStringLiteral("; "));
    }
    case Outcome:
        return event.outcome();
    case ClientIp:
        return event.clientIp();
    case Location: {
        const LogEvent::Place place = event.clientLocation();
        return joinNonEmpty({place.city, place.state, place.country});
    }
    case Client: {
        const QString agent = joinNonEmpty({event.clientBrowser(), event.clientOs()});
        return agent.isEmpty() ? event.clientUserAgent() : agent;
    }
    case Count:
        break;
    }
    return {};
}

} // namespace okta

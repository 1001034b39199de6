#include "logstore.h"

namespace okta {

namespace {

QString actorDetail(const LogEvent &e) {
    const LogEvent::Party actor = e.actor();
    if (actor.type.isEmpty())
        return actor.alternateId;
    if (actor.alternateId.isEmpty())
        return actor.type;
    return LogColumns::tr("%1 (%2)").arg(actor.alternateId, actor.type);
}

} // namespace

LogStore::Text LogStore::textOf(LogColumns::Column column) {
    switch (column) {
    case LogColumns::EventType:
        return EventType;
    case LogColumns::Message:
        return Message;
    case LogColumns::Actor:
        return Actor;
    case LogColumns::Targets:
        return Targets;
    case LogColumns::Outcome:
        return Outcome;
    case LogColumns::ClientIp:
        return ClientIp;
    case LogColumns::Location:
        return Location;
    case LogColumns::Client:
        return Client;
    case LogColumns::Time:
    case LogColumns::Severity:
    case LogColumns::Count:
        break;
    }
    return TextCount;
}

void LogStore::append(const QList<LogEvent> &events) {
    // No reserve(): it would reallocate to the exact size on every page; appending grows
    // the columns geometrically.
    for (const LogEvent &e : events) {
        m_published.append(e.published());
        m_severity.append(quint8(e.severity()));
        for (const LogColumns::Column c : LogColumns::all())
            if (const Text t = textOf(c); t != TextCount)
                m_text[t].append(m_pool.intern(LogColumns::text(e, c)));
        m_text[ActorDetail].append(m_pool.intern(actorDetail(e)));
        m_text[OutcomeReason].append(m_pool.intern(e.outcomeReason()));
        m_raw.append(m_bytes.append(e.raw().view()));
    }
}

void LogStore::clear() {
    m_pool.clear();
    m_published = {};
    m_severity = {};
    for (auto &column : m_text)
        column = {};
    m_raw = {};
    m_bytes.clear();
}

QString LogStore::cell(qsizetype row, LogColumns::Column column) const {
    switch (column) {
    case LogColumns::Time:
        return LogEvent::formatPublished(published(row));
    case LogColumns::Severity:
        return LogEvent::severityName(severity(row));
    default:
        break;
    }
    const Text t = textOf(column);
    return t == TextCount ? QString() : text(row, t);
}

} // namespace okta

#include "logstore.h"

#include <QHash>

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

LogStore::Rows LogStore::prepare(const QList<LogEvent> &events) {
    Rows prepared;
    prepared.rows.reserve(events.size());
    QHash<QString, quint32> seen;
    const auto index = [&](const QString &text) -> quint32 {
        if (text.isEmpty())
            return 0;
        if (const auto it = seen.constFind(text); it != seen.cend())
            return it.value();
        const auto id = quint32(prepared.texts.size());
        seen.insert(text, id);
        prepared.texts.append(text);
        return id;
    };
    for (const LogEvent &e : events) {
        Rows::Row row;
        row.published = e.published();
        row.severity = e.severity();
        for (const LogColumns::Column c : LogColumns::all())
            if (const Text t = textOf(c); t != TextCount)
                row.text[t] = index(LogColumns::text(e, c));
        row.text[ActorDetail] = index(actorDetail(e));
        row.text[OutcomeReason] = index(e.outcomeReason());
        row.raw = e.raw();
        prepared.rows.append(std::move(row));
    }
    return prepared;
}

void LogStore::append(const Rows &rows) {
    QList<quint32> ids;
    ids.reserve(rows.texts.size());
    for (const QString &text : rows.texts)
        ids.append(m_pool.intern(text));
    // No reserve(): it would reallocate to the exact size on every page; appending grows
    // the columns geometrically.
    for (const Rows::Row &row : rows.rows) {
        m_published.append(row.published);
        m_severity.append(quint8(row.severity));
        for (int t = 0; t < TextCount; ++t)
            m_text[t].append(ids.at(row.text[t]));
        m_raw.append(m_bytes.append(row.raw.view()));
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

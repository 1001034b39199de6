#pragma once

#include "logcolumns.h"
#include "rawblockstore.h"
#include "textpool.h"

#include "core/values/logevent.h"

#include <QList>

#include <array>

namespace okta {

// The events of a search, kept compact: what the results table shows as columns of
// numbers and 32-bit ids into a pool of shared texts, and each event's original bytes in
// a compressed store, so the detail view and exports stay byte-exact. A million events of
// about 2 KB cost about a seventh of their JSON. Columns are implicitly shared lists: a
// copy taken on this thread can be sorted or searched on another while rows keep arriving.
class LogStore {
public:
    // Texts per event: the table's text columns, and what their tooltips add.
    enum Text {
        EventType,
        Message,
        Actor,
        ActorDetail,
        Targets,
        Outcome,
        OutcomeReason,
        ClientIp,
        Location,
        Client,
        TextCount
    };

    LogStore() = default;
    LogStore(const LogStore &) = delete;
    LogStore &operator=(const LogStore &) = delete;

    // What append() keeps of some events, worked out without the store, so on any thread:
    // a page's rows can be prepared where it was parsed. Each distinct text of the page is
    // kept once, so appending looks up each in the pool once, not once per row and column.
    struct Rows {
        struct Row {
            qint64 published = 0;
            LogEvent::Severity severity = LogEvent::Severity::Unknown;
            std::array<quint32, TextCount> text{}; // indexes into texts
            RawJson raw;
        };
        QList<Row> rows;
        QList<QString> texts{QString()}; // distinct texts; index 0 is the empty one
        qsizetype size() const { return rows.size(); }
        bool isEmpty() const { return rows.isEmpty(); }
    };
    static Rows prepare(const QList<LogEvent> &events);

    void append(const Rows &rows);
    void append(const QList<LogEvent> &events) { append(prepare(events)); }
    void clear();
    qsizetype size() const { return m_published.size(); }

    qint64 published(qsizetype row) const { return m_published.at(row); }
    LogEvent::Severity severity(qsizetype row) const { return LogEvent::Severity(m_severity.at(row)); }
    quint32 textId(qsizetype row, Text text) const { return m_text[text].at(row); }
    const QString &text(qsizetype row, Text text) const { return m_pool.text(textId(row, text)); }
    // The event exactly as Okta sent it.
    QByteArray raw(qsizetype row) const { return m_bytes.read(m_raw.at(row)); }
    // A column's text (LogColumns::text of the event), from what is stored.
    QString cell(qsizetype row, LogColumns::Column column) const;

    const TextPool &pool() const { return m_pool; }
    const QList<qint64> &publishedColumn() const { return m_published; }
    const QList<quint8> &severityColumn() const { return m_severity; }
    const QList<quint32> &textColumn(Text text) const { return m_text[text]; }
    static Text textOf(LogColumns::Column column); // TextCount for Time and Severity

    qint64 rawBytes() const { return m_bytes.rawBytes(); }
    const RawBlockStore &bytes() const { return m_bytes; }

private:
    TextPool m_pool;
    QList<qint64> m_published;
    QList<quint8> m_severity;
    std::array<QList<quint32>, TextCount> m_text;
    QList<RawBlockStore::Ref> m_raw;
    RawBlockStore m_bytes;
};

} // namespace okta

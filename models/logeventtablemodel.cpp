#include "logeventtablemodel.h"

#include "modelformat.h"

#include "core/values/page.h"
#include "core/values/rawjson.h"
#include "core/values/textescape.h"

#include <QDateTime>
#include <QTimeZone>

namespace oktadesk {

using okta::LogStore;

LogEventTableModel::LogEventTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QColor LogEventTableModel::severityColor(EventSeverity severity) {
    switch (severity) {
    case EventSeverity::Debug:
        return QColor(0x9a, 0xa0, 0xa6);
    case EventSeverity::Info:
        return QColor(0x1a, 0x73, 0xe8);
    case EventSeverity::Warn:
        return QColor(0xf2, 0x99, 0x00);
    case EventSeverity::Error:
        return QColor(0xd9, 0x30, 0x25);
    case EventSeverity::Unknown:
        break;
    }
    return QColor(0xda, 0xdc, 0xe0);
}

QIcon LogEventTableModel::severityIcon(EventSeverity severity) {
    // Painted once per severity: data() is called for every visible cell on each repaint.
    static const QIcon icons[] = {modelformat::dotIcon(severityColor(EventSeverity::Unknown)),
                                  modelformat::dotIcon(severityColor(EventSeverity::Debug)),
                                  modelformat::dotIcon(severityColor(EventSeverity::Info)),
                                  modelformat::dotIcon(severityColor(EventSeverity::Warn)),
                                  modelformat::dotIcon(severityColor(EventSeverity::Error))};
    return icons[int(severity)];
}

void LogEventTableModel::appendRows(const QList<okta::LogEvent> &events) {
    appendPrepared(okta::LogStore::prepare(events));
}

void LogEventTableModel::appendPage(const okta::Page &page) {
    // Rows prepared where the page was parsed (LogStream::prepareTableRows) only need adding.
    if (const auto *rows = page.prepared<okta::LogStore::Rows>())
        appendPrepared(*rows);
    else
        appendRows(page.rows<okta::LogEvent>());
}

void LogEventTableModel::appendPrepared(const okta::LogStore::Rows &rows) {
    if (rows.isEmpty())
        return;
    const int first = int(m_store.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_store.append(rows);
    endInsertRows();
}

void LogEventTableModel::clear() {
    if (m_store.size() == 0)
        return;
    beginResetModel();
    m_store.clear();
    endResetModel();
}

void LogEventTableModel::setUtc(bool utc) {
    if (m_utc == utc)
        return;
    m_utc = utc;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Time), index(rowCount() - 1, Time), {Qt::DisplayRole});
    Q_EMIT headerDataChanged(Qt::Horizontal, Time, Time);
}

int LogEventTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_store.size());
}

int LogEventTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(okta::LogColumns::Count);
}

QString LogEventTableModel::formatTime(qint64 msecs) const {
    if (msecs == 0)
        return {};
    const QDateTime t = m_utc ? QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc())
                              : QDateTime::fromMSecsSinceEpoch(msecs);
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Every text from Okta goes through escapeControls(): any user can put control characters
// into what ends up in an event (their name, a user agent).
QString LogEventTableModel::display(int row, int column) const {
    switch (column) {
    case Time:
        return formatTime(m_store.published(row));
    case Severity:
        return okta::LogEvent::severityName(m_store.severity(row));
    default:
        return okta::escapeControls(m_store.cell(row, Column(column)));
    }
}

QVariant LogEventTableModel::toolTip(int row, int column) const {
    const auto orNothing = [](const QString &text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    switch (column) {
    case Time:
        return orNothing(modelformat::formatUtc(m_store.published(row)));
    case Actor:
        return orNothing(okta::escapeControls(m_store.text(row, LogStore::ActorDetail)));
    case Outcome: {
        const QString outcome = okta::escapeControls(m_store.text(row, LogStore::Outcome));
        const QString reason = okta::escapeControls(m_store.text(row, LogStore::OutcomeReason));
        return orNothing(reason.isEmpty() ? outcome : tr("%1: %2").arg(outcome, reason));
    }
    default:
        return orNothing(display(row, column));
    }
}

QVariant LogEventTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::DecorationRole:
        if (column == Severity)
            return severityIcon(m_store.severity(row));
        return {};
    case Qt::ForegroundRole:
        if (column == Outcome) {
            const QString &outcome = m_store.text(row, LogStore::Outcome);
            if (outcome == QLatin1String("FAILURE") || outcome == QLatin1String("DENY"))
                return severityColor(EventSeverity::Error);
        }
        return {};
    case IdRole: {
        const QByteArray raw = m_store.raw(row);
        return okta::RawJson(raw, 0, raw.size()).valueAt(u"uuid");
    }
    case RawJsonRole:
        return m_store.raw(row);
    case SeverityRole:
        return okta::LogEvent::severityName(m_store.severity(row));
    case SortRole:
        if (column == Time)
            return m_store.published(row);
        if (column == Severity)
            return int(m_store.severity(row));
        return display(row, column);
    default:
        return {};
    }
}

QVariant LogEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= okta::LogColumns::Count)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == Time)
            return m_utc ? tr("Time (UTC)") : okta::LogColumns::title(Time);
        return okta::LogColumns::title(Column(section));
    }
    if (role == Qt::ToolTipRole)
        return okta::LogColumns::header(Column(section));
    return {};
}

} // namespace oktadesk

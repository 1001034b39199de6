#include "logeventtablemodel.h"

#include "modelformat.h"

#include "core/values/textescape.h"

#include <QColor>
#include <QIcon>

namespace oktadesk {

LogEventTableModel::LogEventTableModel(QObject *parent)
    : RowTableModel(parent) {}

QColor LogEventTableModel::severityColor(Severity severity) {
    switch (severity) {
    case Severity::Debug:
        return QColor(0x9a, 0xa0, 0xa6);
    case Severity::Info:
        return QColor(0x1a, 0x73, 0xe8);
    case Severity::Warn:
        return QColor(0xf2, 0x99, 0x00);
    case Severity::Error:
        return QColor(0xd9, 0x30, 0x25);
    case Severity::Unknown:
        break;
    }
    return QColor(0xda, 0xdc, 0xe0);
}

QIcon LogEventTableModel::severityIcon(Severity severity) {
    // Painted once per severity: data() is called for every visible cell on each repaint.
    static const QIcon icons[] = {modelformat::dotIcon(severityColor(Severity::Unknown)),
                                  modelformat::dotIcon(severityColor(Severity::Debug)),
                                  modelformat::dotIcon(severityColor(Severity::Info)),
                                  modelformat::dotIcon(severityColor(Severity::Warn)),
                                  modelformat::dotIcon(severityColor(Severity::Error))};
    return icons[int(severity)];
}

namespace {

QString actorName(const okta::LogEvent::Party &actor) {
    return okta::escapeControls(actor.displayName.isEmpty() ? actor.alternateId : actor.displayName);
}

} // namespace

// Every text from Okta goes through escapeControls(): any user can put control characters
// into what ends up in an event (their name, a user agent).
QVariant LogEventTableModel::display(const Row &row, int column) const {
    switch (column) {
    case Time:
        return modelformat::formatDateTime(row.published());
    case EventType:
        return okta::escapeControls(row.eventType());
    case Actor:
        return actorName(row.actor());
    case Outcome:
        return okta::escapeControls(row.outcome());
    case Message:
        return okta::escapeControls(row.displayMessage());
    default:
        return {};
    }
}

QVariant LogEventTableModel::toolTip(const Row &row, int column) const {
    switch (column) {
    case Time: {
        const QString utc = modelformat::formatUtc(row.published());
        return row.severity() == Severity::Unknown
                   ? utc
                   : tr("%1\nSeverity: %2").arg(utc, okta::LogEvent::severityName(row.severity()));
    }
    case Actor: {
        const okta::LogEvent::Party &actor = row.actor();
        const QString alternateId = okta::escapeControls(actor.alternateId);
        if (actor.type.isEmpty())
            return alternateId.isEmpty() ? QVariant() : QVariant(alternateId);
        return tr("%1 (%2)").arg(alternateId, okta::escapeControls(actor.type));
    }
    case Outcome: {
        const QString outcome = okta::escapeControls(row.outcome());
        return row.outcomeReason().isEmpty()
                   ? outcome
                   : tr("%1: %2").arg(outcome, okta::escapeControls(row.outcomeReason()));
    }
    default: {
        const QString text = display(row, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QVariant LogEventTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == Time)
            return severityIcon(row.severity());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome &&
            (row.outcome() == QLatin1String("FAILURE") || row.outcome() == QLatin1String("DENY")))
            return severityColor(Severity::Error);
        return {};
    case IdRole:
        return row.uuid();
    case RawJsonRole:
        return row.raw().toByteArray();
    case SeverityRole:
        return okta::LogEvent::severityName(row.severity());
    case SortRole:
        if (index.column() == Time)
            return row.published();
        return display(row, index.column());
    default:
        return {};
    }
}

QVariant LogEventTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case EventType:
        return tr("Event type");
    case Actor:
        return tr("Actor");
    case Outcome:
        return tr("Outcome");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace oktadesk

#include "logeventtablemodel.h"

#include "modelformat.h"

#include <QColor>
#include <QIcon>
#include <QJsonObject>

namespace oktadesk {

LogEventTableModel::LogEventTableModel(QObject *parent)
    : RowTableModel(parent) {}

LogEventTableModel::Severity LogEventTableModel::severityFrom(const QString &text) {
    if (text == QLatin1String("DEBUG"))
        return Severity::Debug;
    if (text == QLatin1String("INFO"))
        return Severity::Info;
    if (text == QLatin1String("WARN"))
        return Severity::Warn;
    if (text == QLatin1String("ERROR"))
        return Severity::Error;
    return Severity::Unknown;
}

QString LogEventTableModel::severityName(Severity severity) {
    switch (severity) {
    case Severity::Debug:
        return QStringLiteral("DEBUG");
    case Severity::Info:
        return QStringLiteral("INFO");
    case Severity::Warn:
        return QStringLiteral("WARN");
    case Severity::Error:
        return QStringLiteral("ERROR");
    case Severity::Unknown:
        break;
    }
    return {};
}

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

LogEventTableModel::Row LogEventTableModel::parse(const QJsonValue &value) {
    const QJsonObject event = value.toObject();
    const QJsonObject actor = event.value(QLatin1String("actor")).toObject();
    const QJsonObject outcome = event.value(QLatin1String("outcome")).toObject();
    Row row;
    row.published = modelformat::parseTime(event.value(QLatin1String("published")));
    row.uuid = event.value(QLatin1String("uuid")).toString();
    row.eventType = event.value(QLatin1String("eventType")).toString();
    const QString alternateId = actor.value(QLatin1String("alternateId")).toString();
    const QString displayName = actor.value(QLatin1String("displayName")).toString();
    row.actor = displayName.isEmpty() ? alternateId : displayName;
    const QString type = actor.value(QLatin1String("type")).toString();
    row.actorDetail = type.isEmpty() ? alternateId : tr("%1 (%2)").arg(alternateId, type);
    row.outcome = outcome.value(QLatin1String("result")).toString();
    row.reason = outcome.value(QLatin1String("reason")).toString();
    row.message = event.value(QLatin1String("displayMessage")).toString();
    row.severity = severityFrom(event.value(QLatin1String("severity")).toString());
    return row;
}

QVariant LogEventTableModel::display(const Row &row, int column) const {
    switch (column) {
    case Time:
        return modelformat::formatDateTime(row.published);
    case EventType:
        return row.eventType;
    case Actor:
        return row.actor;
    case Outcome:
        return row.outcome;
    case Message:
        return row.message;
    default:
        return {};
    }
}

QVariant LogEventTableModel::toolTip(const Row &row, int column) const {
    switch (column) {
    case Time: {
        const QString utc = modelformat::formatUtc(row.published);
        return row.severity == Severity::Unknown
                   ? utc
                   : tr("%1\nSeverity: %2").arg(utc, severityName(row.severity));
    }
    case Actor:
        return row.actorDetail.isEmpty() ? QVariant() : QVariant(row.actorDetail);
    case Outcome:
        return row.reason.isEmpty() ? row.outcome : tr("%1: %2").arg(row.outcome, row.reason);
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
            return severityIcon(row.severity);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome &&
            (row.outcome == QLatin1String("FAILURE") || row.outcome == QLatin1String("DENY")))
            return severityColor(Severity::Error);
        return {};
    case IdRole:
        return row.uuid;
    case SeverityRole:
        return severityName(row.severity);
    case SortRole:
        if (index.column() == Time)
            return row.published;
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

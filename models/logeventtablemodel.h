#pragma once

#include "modelroles.h"
#include "rowtablemodel.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace oktadesk {

// System Log events (GET /api/v1/logs) as rows. A row keeps only what the table shows,
// so a streamed search of 100k events stays small; IdRole is the event's uuid.
class LogEventTableModel : public RowTableModel<LogEventTableModel> {
    Q_OBJECT
public:
    enum Column { Time, EventType, Actor, Outcome, Message, ColumnCount };
    Q_ENUM(Column)
    enum class Severity : quint8 { Unknown, Debug, Info, Warn, Error };
    Q_ENUM(Severity)

    explicit LogEventTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Severity severityFrom(const QString &text);
    static QString severityName(Severity severity); // DEBUG, INFO, WARN, ERROR
    static QColor severityColor(Severity severity);
    static QIcon severityIcon(Severity severity);

private:
    friend RowTableModel<LogEventTableModel>;
    struct Row {
        qint64 published = 0; // ms since epoch
        QString uuid;
        QString eventType;
        QString actor;       // displayName, else alternateId
        QString actorDetail; // alternateId (type)
        QString outcome;     // SUCCESS, FAILURE, …
        QString reason;
        QString message;
        Severity severity = Severity::Unknown;
    };
    static Row parse(const QJsonValue &value);
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace oktadesk

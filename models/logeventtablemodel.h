#pragma once

#include "modelroles.h"
#include "rowtablemodel.h"

#include "core/values/logevent.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace oktadesk {

// System Log events (GET /api/v1/logs) as rows: core's LogEvent values (the fields the
// table shows, repeated texts shared, and the original bytes: RawJsonRole). IdRole is the
// event's uuid.
class LogEventTableModel : public RowTableModel<LogEventTableModel> {
    Q_OBJECT
public:
    enum Column { Time, EventType, Actor, Outcome, Message, ColumnCount };
    Q_ENUM(Column)
    using Severity = okta::LogEvent::Severity;

    explicit LogEventTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor severityColor(Severity severity);
    static QIcon severityIcon(Severity severity);

private:
    friend RowTableModel<LogEventTableModel>;
    using Value = okta::LogEvent;
    using Row = okta::LogEvent;
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace oktadesk

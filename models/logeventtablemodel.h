#pragma once

#include "modelroles.h"

#include "core/logs/logcolumns.h"
#include "core/logs/logstore.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace okta {
class Page;
}

namespace oktadesk {

// System Log events as rows, kept in core's compact LogStore (columns of shared texts, the
// original bytes compressed: RawJsonRole). Pages are appended in one beginInsertRows
// each. The columns are LogColumns'. Times show in local time or in UTC.
class LogEventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Column = okta::LogColumns::Column;
    using enum okta::LogColumns::Column;
    using EventSeverity = okta::LogEvent::Severity;

    explicit LogEventTableModel(QObject *parent = nullptr);

    void appendRows(const QList<okta::LogEvent> &events);
    void appendPage(const okta::Page &page);
    void clear();
    void setUtc(bool utc);
    bool isUtc() const { return m_utc; }

    const okta::LogStore &store() const { return m_store; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The time as the table shows it (local or UTC, to the second); empty for none.
    QString formatTime(qint64 msecs) const;

    static QColor severityColor(EventSeverity severity);
    static QIcon severityIcon(EventSeverity severity);

private:
    void appendPrepared(const okta::LogStore::Rows &rows);
    QString display(int row, int column) const;
    QVariant toolTip(int row, int column) const;

    okta::LogStore m_store;
    bool m_utc = false;
};

} // namespace oktadesk

#pragma once

#include "core/logs/logcolumns.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;

namespace oktadesk {

class LogDetailPane;
class LogEventProxy;
class LogEventTableModel;
class LogExportBar;

// The results of a System Log search: the table (sorted and filtered through
// LogEventProxy, columns chosen by the admin), a quick filter over what was fetched, the
// export bar, and the selected event's detail pane below.
class LogResultsView : public QWidget {
    Q_OBJECT
public:
    explicit LogResultsView(LogEventTableModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    LogEventProxy *proxy() const { return m_proxy; }
    LogDetailPane *detail() const { return m_detail; }
    LogExportBar *exportBar() const { return m_exportBar; }
    // The visible columns, in the order shown (what a CSV export writes).
    QList<okta::LogColumns::Column> visibleColumns() const;
    // The model rows shown, in the order shown (what an export of the results writes).
    QList<int> shownRows() const;
    // A live tail: new rows scroll into view while the table is scrolled to its end.
    void setFollowNewest(bool follow) { m_follow = follow; }

private:
    void buildColumnMenu();
    void showCurrent();

    LogEventTableModel *m_model;
    LogEventProxy *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterDelay = nullptr;
    QToolButton *m_columns = nullptr;
    QToolButton *m_exportToggle = nullptr;
    LogExportBar *m_exportBar = nullptr;
    LogDetailPane *m_detail = nullptr;
    bool m_follow = false;
    bool m_atEnd = true;
};

} // namespace oktadesk

#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QString>

namespace oktadesk {

class LogEventTableModel;
struct LogRowKeys;

// Sorts and filters a LogEventTableModel without freezing the window at a million rows:
// a sort or a new filter is worked out on another thread from a copy of the store's
// columns, and applied in one layout change (selection kept) when it is ready; meanwhile
// the old order stays on screen. Rows that arrive later are placed on this thread, each
// by a binary search. Small tables are sorted at once.
class LogEventProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit LogEventProxy(QObject *parent = nullptr);
    ~LogEventProxy() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override; // a LogEventTableModel
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // Keeps the rows with a text that contains `text` in any case (all text columns,
    // severity included); empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }
    // Below this many rows a sort or filter runs at once on this thread (default 20,000).
    void setSynchronousLimit(int rows) { m_syncLimit = rows; }
    bool isBusy() const { return m_busy; }
    // The source rows in the order shown.
    QList<int> sourceRows() const;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    // A sort or filter is being worked out (true) or has been applied (false).
    void busyChanged(bool busy);

private:
    void recompute();
    void apply(QList<int> rows, qsizetype covered, int column, Qt::SortOrder order, const QString &needle);
    void relayout(const QList<int> &rows);
    void onAboutToInsert(int first, int last);
    void onInserted(int first, int last);
    void onReset();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    bool passes(int sourceRow) const;
    bool lessThan(int left, int right) const;
    // Where source rows [from, to) go into `rows`: those that pass the filter, sorted, each
    // with the position it is inserted at (positions before any insertion).
    QList<QPair<int, int>> placements(const QList<int> &rows, int from, int to) const;
    static QList<int> merged(const QList<int> &rows, const QList<QPair<int, int>> &placed);
    void insertPlaced(const QList<QPair<int, int>> &placed);
    void setBusy(bool busy);
    const QList<int> &inverse() const;

    LogEventTableModel *m_model = nullptr;
    bool m_mapped = false; // false: rows as the source has them
    QList<int> m_rows;     // proxy row -> source row, when mapped
    mutable QList<int> m_inverse;
    mutable bool m_inverseValid = false;
    // What was asked for, and what the rows on screen follow (they differ while a sort or
    // filter is being worked out).
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QString m_needle;
    int m_appliedColumn = -1;
    Qt::SortOrder m_appliedOrder = Qt::AscendingOrder;
    QString m_appliedNeedle;
    mutable QList<qint8> m_textMatch; // per text id: -1 unknown, 0, 1
    quint64 m_generation = 0;
    int m_syncLimit = 20000;
    bool m_busy = false;
};

} // namespace oktadesk

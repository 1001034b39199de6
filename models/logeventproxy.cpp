#include "logeventproxy.h"

#include "logeventtablemodel.h"
#include "logrowsort.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace oktadesk {

using okta::LogColumns;
using okta::LogStore;

namespace {
// More separate places than this for one page of new rows: one layout change instead.
constexpr int MaxInsertBlocks = 16;
} // namespace

LogEventProxy::LogEventProxy(QObject *parent)
    : QAbstractProxyModel(parent) {}

LogEventProxy::~LogEventProxy() = default;

void LogEventProxy::setSourceModel(QAbstractItemModel *sourceModel) {
    beginResetModel();
    if (m_model)
        m_model->disconnect(this);
    m_model = qobject_cast<LogEventTableModel *>(sourceModel);
    Q_ASSERT(m_model || !sourceModel);
    QAbstractProxyModel::setSourceModel(m_model);
    ++m_generation;
    m_mapped = false;
    m_rows.clear();
    m_inverseValid = false;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                [this](const QModelIndex &, int first, int last) { onAboutToInsert(first, last); });
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onInserted(first, last); });
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, &LogEventProxy::onReset);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &LogEventProxy::onDataChanged);
        connect(m_model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    endResetModel();
    if (m_column >= 0 || !m_needle.isEmpty())
        recompute();
}

void LogEventProxy::sort(int column, Qt::SortOrder order) {
    if (column == m_column && order == m_order)
        return;
    m_column = column;
    m_order = order;
    recompute();
}

void LogEventProxy::setFilterText(const QString &text) {
    if (text == m_needle)
        return;
    m_needle = text;
    recompute();
}

void LogEventProxy::recompute() {
    const quint64 generation = ++m_generation;
    if (!m_model)
        return;
    LogRowKeys keys = LogRowKeys::take(m_model->store(), m_column, m_order, m_needle);
    const qsizetype covered = keys.rows;
    const int column = m_column;
    const Qt::SortOrder order = m_order;
    const QString needle = m_needle;
    if (covered <= m_syncLimit) {
        apply(sortedRows(keys), covered, column, order, needle);
        setBusy(false);
        return;
    }
    setBusy(true);
    auto *watcher = new QFutureWatcher<QList<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [=, this] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // asked for something else since, or the rows were reset
        apply(watcher->result(), covered, column, order, needle);
        setBusy(false);
    });
    watcher->setFuture(QtConcurrent::run([keys = std::move(keys)] { return sortedRows(keys); }));
}

void LogEventProxy::apply(QList<int> rows, qsizetype covered, int column, Qt::SortOrder order,
                          const QString &needle) {
    const bool filterChanged = needle != m_appliedNeedle;
    m_appliedColumn = column;
    m_appliedOrder = order;
    if (filterChanged) {
        m_appliedNeedle = needle;
        m_textMatch.clear();
    }
    // Rows that arrived while this was worked out join under the new rules.
    rows = merged(rows, placements(rows, int(covered), m_model->rowCount()));
    const bool active = column >= 0 || !needle.isEmpty();
    if (!filterChanged && m_mapped == active && active) {
        relayout(rows);
        return;
    }
    if (!filterChanged && !active && !m_mapped)
        return;
    // The number of rows changes (or the identity mapping starts or ends).
    beginResetModel();
    m_mapped = active;
    m_rows = active ? rows : QList<int>();
    m_inverseValid = false;
    endResetModel();
}

void LogEventProxy::relayout(const QList<int> &rows) {
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sources;
    sources.reserve(from.size());
    for (const QModelIndex &i : from)
        sources.append(mapToSource(i).row());
    m_rows = rows;
    m_mapped = true;
    m_inverseValid = false;
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = sources.at(i) >= 0 ? inverse().value(sources.at(i), -1) : -1;
        to.append(row >= 0 ? index(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LogEventProxy::onAboutToInsert(int first, int last) {
    if (!m_mapped)
        beginInsertRows({}, first, last);
}

void LogEventProxy::onInserted(int first, int last) {
    if (!m_mapped) {
        endInsertRows();
        return;
    }
    insertPlaced(placements(m_rows, first, last + 1));
}

void LogEventProxy::insertPlaced(const QList<QPair<int, int>> &placed) {
    if (placed.isEmpty())
        return;
    int blocks = 0;
    for (qsizetype i = 0; i < placed.size(); ++i)
        if (i == 0 || placed.at(i).second != placed.at(i - 1).second)
            ++blocks;
    if (blocks > MaxInsertBlocks) {
        // Scattered (a text column sorted while pages arrive): in at the end, then one move.
        const QList<int> next = merged(m_rows, placed);
        const int n = int(m_rows.size());
        beginInsertRows({}, n, n + int(placed.size()) - 1);
        for (const auto &[row, position] : placed)
            m_rows.append(row);
        m_inverseValid = false;
        endInsertRows();
        relayout(next);
        return;
    }
    // From the last place to the first, so earlier places keep their positions.
    qsizetype end = placed.size();
    while (end > 0) {
        qsizetype begin = end - 1;
        while (begin > 0 && placed.at(begin - 1).second == placed.at(end - 1).second)
            --begin;
        const int position = placed.at(begin).second;
        const int count = int(end - begin);
        beginInsertRows({}, position, position + count - 1);
        m_rows.insert(position, count, 0);
        for (int i = 0; i < count; ++i)
            m_rows[position + i] = placed.at(begin + i).first;
        m_inverseValid = false;
        endInsertRows();
        end = begin;
    }
}

QList<QPair<int, int>> LogEventProxy::placements(const QList<int> &rows, int from, int to) const {
    QList<int> fresh;
    for (int r = from; r < to; ++r)
        if (passes(r))
            fresh.append(r);
    QList<QPair<int, int>> placed;
    placed.reserve(fresh.size());
    if (m_appliedColumn < 0) {
        for (const int r : fresh)
            placed.append({r, int(rows.size())});
        return placed;
    }
    const auto less = [this](int a, int b) {
        return lessThan(a, b);
    };
    std::sort(fresh.begin(), fresh.end(), less);
    for (const int r : fresh)
        placed.append({r, int(std::upper_bound(rows.begin(), rows.end(), r, less) - rows.begin())});
    return placed;
}

QList<int> LogEventProxy::merged(const QList<int> &rows, const QList<QPair<int, int>> &placed) {
    if (placed.isEmpty())
        return rows;
    QList<int> out;
    out.reserve(rows.size() + placed.size());
    qsizetype i = 0;
    for (const auto &[row, position] : placed) {
        while (i < position)
            out.append(rows.at(i++));
        out.append(row);
    }
    while (i < rows.size())
        out.append(rows.at(i++));
    return out;
}

bool LogEventProxy::passes(int sourceRow) const {
    if (m_appliedNeedle.isEmpty())
        return true;
    const LogStore &store = m_model->store();
    if (textMatches(okta::LogEvent::severityName(store.severity(sourceRow)), m_appliedNeedle))
        return true;
    if (m_textMatch.size() < store.pool().size())
        m_textMatch.resize(store.pool().size(), -1);
    for (int t = 0; t < LogStore::TextCount; ++t) {
        const quint32 id = store.textId(sourceRow, LogStore::Text(t));
        if (id == 0)
            continue;
        qint8 &match = m_textMatch[id];
        if (match < 0)
            match = textMatches(store.pool().text(id), m_appliedNeedle) ? 1 : 0;
        if (match)
            return true;
    }
    return false;
}

bool LogEventProxy::lessThan(int left, int right) const {
    const LogStore &store = m_model->store();
    int c = 0;
    if (m_appliedColumn == LogColumns::Time) {
        const qint64 a = store.published(left), b = store.published(right);
        c = a < b ? -1 : (a > b ? 1 : 0);
    } else if (m_appliedColumn == LogColumns::Severity) {
        c = int(store.severity(left)) - int(store.severity(right));
    } else {
        const LogStore::Text t = LogStore::textOf(LogColumns::Column(m_appliedColumn));
        c = compareTexts(store.text(left, t), store.text(right, t));
    }
    if (m_appliedOrder == Qt::DescendingOrder)
        c = -c;
    return c != 0 ? c < 0 : left < right;
}

void LogEventProxy::onReset() {
    ++m_generation; // a sort of the old rows is of no use now
    m_rows.clear();
    m_inverseValid = false;
    m_textMatch.clear();
    m_appliedColumn = m_column;
    m_appliedOrder = m_order;
    m_appliedNeedle = m_needle;
    m_mapped = m_column >= 0 || !m_needle.isEmpty();
    setBusy(false);
    endResetModel();
}

void LogEventProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                  const QList<int> &roles) {
    if (rowCount() == 0)
        return;
    if (!m_mapped) {
        Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
        return;
    }
    // Only whole columns change (the time zone): no need to find each row.
    Q_EMIT dataChanged(index(0, topLeft.column()), index(rowCount() - 1, bottomRight.column()), roles);
}

void LogEventProxy::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

const QList<int> &LogEventProxy::inverse() const {
    if (!m_inverseValid) {
        m_inverse.fill(-1, m_model ? m_model->rowCount() : 0);
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_inverse[m_rows.at(i)] = int(i);
        m_inverseValid = true;
    }
    return m_inverse;
}

QList<int> LogEventProxy::sourceRows() const {
    if (m_mapped)
        return m_rows;
    QList<int> rows(m_model ? m_model->rowCount() : 0);
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

QModelIndex LogEventProxy::mapToSource(const QModelIndex &proxyIndex) const {
    if (!m_model || !proxyIndex.isValid())
        return {};
    const int row = m_mapped ? m_rows.value(proxyIndex.row(), -1) : proxyIndex.row();
    return row < 0 ? QModelIndex() : m_model->index(row, proxyIndex.column());
}

QModelIndex LogEventProxy::mapFromSource(const QModelIndex &sourceIndex) const {
    if (!m_model || !sourceIndex.isValid())
        return {};
    const int row = m_mapped ? inverse().value(sourceIndex.row(), -1) : sourceIndex.row();
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QModelIndex LogEventProxy::index(int row, int column, const QModelIndex &parent) const {
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex LogEventProxy::parent(const QModelIndex &) const {
    return {};
}

int LogEventProxy::rowCount(const QModelIndex &parent) const {
    if (parent.isValid() || !m_model)
        return 0;
    return m_mapped ? int(m_rows.size()) : m_model->rowCount();
}

int LogEventProxy::columnCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

} // namespace oktadesk

#include "logrowsort.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace oktadesk {

using okta::LogColumns;
using okta::LogStore;

int compareTexts(const QString &a, const QString &b) {
    const int ci = a.compare(b, Qt::CaseInsensitive);
    return ci != 0 ? ci : a.compare(b, Qt::CaseSensitive);
}

bool textMatches(const QString &text, const QString &needle) {
    return text.contains(needle, Qt::CaseInsensitive);
}

LogRowKeys LogRowKeys::take(const LogStore &store, int column, Qt::SortOrder order, const QString &needle) {
    LogRowKeys k;
    k.rows = store.size();
    k.column = column;
    k.order = order;
    k.needle = needle;
    k.texts = store.pool().texts();
    if (column == LogColumns::Time)
        k.published = store.publishedColumn();
    if (column == LogColumns::Severity || !needle.isEmpty())
        k.severities = store.severityColumn();
    const LogStore::Text sortText = column >= 0 && column < LogColumns::Count
                                        ? LogStore::textOf(LogColumns::Column(column))
                                        : LogStore::TextCount;
    for (int t = 0; t < LogStore::TextCount; ++t)
        if (t == sortText || !needle.isEmpty())
            k.ids[t] = store.textColumn(LogStore::Text(t));
    return k;
}

namespace {

// Rank of every text id used in `ids`, in compareTexts order.
std::vector<quint32> ranks(const QList<quint32> &ids, qsizetype rows, const QList<QString> &texts) {
    std::vector<char> used(size_t(texts.size()), 0);
    for (qsizetype r = 0; r < rows; ++r)
        used[ids.at(r)] = 1;
    std::vector<quint32> distinct;
    for (size_t id = 0; id < used.size(); ++id)
        if (used[id])
            distinct.push_back(quint32(id));
    std::sort(distinct.begin(), distinct.end(),
              [&texts](quint32 a, quint32 b) { return compareTexts(texts.at(a), texts.at(b)) < 0; });
    std::vector<quint32> rank(size_t(texts.size()), 0);
    for (size_t i = 0; i < distinct.size(); ++i)
        rank[distinct[i]] = quint32(i);
    return rank;
}

QList<int> filtered(const LogRowKeys &k) {
    QList<int> rows;
    if (k.needle.isEmpty()) {
        rows.resize(k.rows);
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    std::vector<char> match(size_t(k.texts.size()), 0);
    for (qsizetype id = 1; id < k.texts.size(); ++id)
        match[size_t(id)] = textMatches(k.texts.at(id), k.needle);
    bool severity[5] = {};
    for (int s = 0; s < 5; ++s)
        severity[s] = textMatches(okta::LogEvent::severityName(okta::LogEvent::Severity(s)), k.needle);
    for (qsizetype r = 0; r < k.rows; ++r) {
        bool keep = k.severities.at(r) < 5 && severity[k.severities.at(r)];
        for (int t = 0; t < LogRowKeys::FilterTexts && !keep; ++t)
            keep = match[k.ids[t].at(r)];
        if (keep)
            rows.append(int(r));
    }
    return rows;
}

} // namespace

QList<int> sortedRows(const LogRowKeys &k) {
    QList<int> rows = filtered(k);
    if (k.column < 0 || k.column >= LogColumns::Count)
        return rows;
    // (key, row) pairs sort fast and keep ties in Okta's order; descending inverts the key.
    std::vector<std::pair<quint64, int>> keyed;
    keyed.reserve(size_t(rows.size()));
    const bool descending = k.order == Qt::DescendingOrder;
    const auto push = [&](quint64 key, int row) {
        keyed.emplace_back(descending ? ~key : key, row);
    };
    if (k.column == LogColumns::Time) {
        for (const int r : rows)
            push(quint64(k.published.at(r)) ^ (quint64(1) << 63), r); // signed order as unsigned
    } else if (k.column == LogColumns::Severity) {
        for (const int r : rows)
            push(k.severities.at(r), r);
    } else {
        const QList<quint32> &ids = k.ids[LogStore::textOf(LogColumns::Column(k.column))];
        const std::vector<quint32> rank = ranks(ids, k.rows, k.texts);
        for (const int r : rows)
            push(rank[ids.at(r)], r);
    }
    std::sort(keyed.begin(), keyed.end());
    for (size_t i = 0; i < keyed.size(); ++i)
        rows[qsizetype(i)] = keyed[i].second;
    return rows;
}

} // namespace oktadesk

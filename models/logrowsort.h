#pragma once

#include "core/logs/logstore.h"

#include <QList>
#include <QString>

#include <array>

namespace oktadesk {

// What the System Log proxy sorts and filters on, copied from the store on the GUI thread
// (the columns are implicitly shared lists, so the copy is cheap) and worked on by another
// thread while rows keep arriving. Sorting by a text column ranks the distinct texts once
// and sorts numbers; ties keep Okta's order in both directions, as a stable sort would.
struct LogRowKeys {
    static constexpr int FilterTexts = okta::LogStore::TextCount;

    qsizetype rows = 0; // rows covered: [0, rows)
    int column = -1;    // okta::LogColumns::Column to sort by; -1 keeps Okta's order
    Qt::SortOrder order = Qt::AscendingOrder;
    QString needle; // keep rows with a text that contains it (any case); empty keeps all

    QList<qint64> published;
    QList<quint8> severities;
    std::array<QList<quint32>, okta::LogStore::TextCount> ids; // the columns sorting or filtering needs
    QList<QString> texts;                                      // the store's text pool

    // Takes what sorting by `column` and filtering by `needle` need.
    static LogRowKeys take(const okta::LogStore &store, int column, Qt::SortOrder order,
                           const QString &needle);
};

// The order texts sort in: ignoring case first, then by case, so the order is total.
int compareTexts(const QString &a, const QString &b);
// Whether a text matches the quick filter.
bool textMatches(const QString &text, const QString &needle);

// The rows that pass the filter, in sorted order (source row numbers).
QList<int> sortedRows(const LogRowKeys &keys);

} // namespace oktadesk

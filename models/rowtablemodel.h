#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <type_traits>

namespace oktadesk {

// What every table of Okta objects shares: rows appended a page at a time from core's
// typed values (parsed once, in core), one beginInsertRows per page, and a reset to empty.
// The derived model (CRTP) declares `using Value = okta::…;`, its `Row` type (the value
// itself, or a struct made by `static Row rowFrom(const Value &)`), a `ColumnCount`
// enumerator and `QList<Row> m_rows`, and befriends this base.
template<typename Derived> class RowTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    // One batch (a page from the pager): one beginInsertRows for all of it.
    template<typename Value> void appendRows(const QList<Value> &values) {
        static_assert(std::is_same_v<Value, typename Derived::Value>, "rows of another type");
        if (values.isEmpty())
            return;
        auto &rows = self().m_rows;
        const int first = int(rows.size());
        beginInsertRows({}, first, first + int(values.size()) - 1);
        if constexpr (std::is_same_v<typename Derived::Row, Value>) {
            rows.append(values); // shares the values' data; nothing is copied
        } else {
            rows.reserve(rows.size() + values.size());
            for (const Value &value : values)
                rows.append(Derived::rowFrom(value));
        }
        endInsertRows();
    }

    void clear() {
        auto &rows = self().m_rows;
        if (rows.isEmpty())
            return;
        beginResetModel();
        rows.clear();
        rows.squeeze();
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(self().m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(Derived::ColumnCount);
    }

private:
    Derived &self() { return static_cast<Derived &>(*this); }
    const Derived &self() const { return static_cast<const Derived &>(*this); }
};

} // namespace oktadesk

#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonValue>

namespace oktadesk {

// What every table of Okta objects shares: rows parsed from JSON pages into the derived
// model's compact Row structs, one beginInsertRows per page, and a reset to empty. The
// derived model (CRTP) provides `static Row parse(const QJsonValue &)`, a `ColumnCount`
// enumerator and `QList<Row> m_rows`, and befriends this base.
template<typename Derived> class RowTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    // One batch (a page from the pager): one beginInsertRows for all of it.
    void appendRows(const QJsonArray &values) {
        if (values.isEmpty())
            return;
        auto &rows = self().m_rows;
        const int first = int(rows.size());
        beginInsertRows({}, first, first + int(values.size()) - 1);
        rows.reserve(rows.size() + values.size());
        for (const QJsonValue &value : values)
            rows.append(Derived::parse(value));
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

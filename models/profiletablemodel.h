#pragma once

#include "modelroles.h"
#include "profilecolumns.h"
#include "rowtablemodel.h"

#include <QVariant>

#include <optional>

namespace oktadesk {

// A RowTableModel whose fixed columns are followed by the profile attributes the admin
// picked (users and groups). The derived model befriends this base too, gives display(),
// toolTip() and sortValue() for its fixed columns, and asks profileHeader() first in
// headerData(). Rows have an `id` and a `raw`.
template<typename Derived> class ProfileTableModel : public RowTableModel<Derived> {
    using Base = RowTableModel<Derived>;

public:
    using Base::Base;

    int columnCount(const QModelIndex &parent = {}) const override {
        return parent.isValid() ? 0 : int(Derived::ColumnCount) + m_profile.count();
    }

    // Profile cells first; then the derived model's display(), toolTip() and sortValue()
    // for its fixed columns, the row's id and bytes, and otherData() for any other role.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override {
        using Check = QAbstractItemModel::CheckIndexOption;
        if (!this->checkIndex(index, Check::IndexIsValid | Check::ParentIsInvalid))
            return QVariant();
        if (const auto profile = profileData(index, role))
            return *profile;
        const Derived &self = *static_cast<const Derived *>(this);
        const auto &row = self.m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return self.display(row, index.column());
        case Qt::ToolTipRole:
            return self.toolTip(row, index.column());
        case IdRole:
            return QVariant(row.id);
        case RawJsonRole:
            return QVariant(row.raw.toByteArray());
        case SortRole:
            return self.sortValue(row, index.column());
        default:
            return self.otherData(row, index.column(), role);
        }
    }

    const ProfileColumns &profileColumns() const { return m_profile; }
    const auto &rowAt(int row) const { return static_cast<const Derived *>(this)->m_rows.at(row); }

    void addProfileColumn(const okta::SchemaAttribute &attribute) {
        if (m_profile.indexOf(attribute.name) >= 0)
            return;
        const int column = columnCount();
        this->beginInsertColumns({}, column, column);
        m_profile.insert(m_profile.count(), attribute);
        this->endInsertColumns();
    }

    void removeProfileColumn(const QString &name) {
        const int index = m_profile.indexOf(name);
        if (index < 0)
            return;
        const int column = int(Derived::ColumnCount) + index;
        this->beginRemoveColumns({}, column, column);
        m_profile.remove(index);
        this->endRemoveColumns();
    }

    void clear() {
        m_profile.clearCache();
        Base::clear();
    }

protected:
    // Roles beyond the common ones; a derived model with more (alignment) declares its own.
    template<typename Row> QVariant otherData(const Row &, int, int) const { return QVariant(); }

    // The profile column's answer, or nullopt for a fixed column.
    std::optional<QVariant> profileData(const QModelIndex &index, int role) const {
        const int column = index.column() - int(Derived::ColumnCount);
        if (column < 0)
            return std::nullopt;
        const auto &row = static_cast<const Derived *>(this)->m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return QVariant(m_profile.cell(column, index.row(), row.raw));
        case Qt::ToolTipRole: {
            const QString cell = m_profile.cell(column, index.row(), row.raw);
            return cell.isEmpty() ? QVariant() : QVariant(cell);
        }
        case IdRole:
            return QVariant(row.id);
        case RawJsonRole:
            return QVariant(row.raw.toByteArray());
        default:
            return QVariant();
        }
    }

    std::optional<QVariant> profileHeader(int section, Qt::Orientation orientation, int role) const {
        const int column = section - int(Derived::ColumnCount);
        if (orientation != Qt::Horizontal || column < 0 || column >= m_profile.count())
            return std::nullopt;
        if (role == Qt::DisplayRole)
            return QVariant(m_profile.header(column));
        if (role == Qt::ToolTipRole)
            return QVariant(QStringLiteral("profile.") + m_profile.attribute(column).name);
        return QVariant();
    }

private:
    ProfileColumns m_profile;
};

} // namespace oktadesk

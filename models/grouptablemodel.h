#pragma once

#include "modelroles.h"
#include "profiletablemodel.h"

#include "core/values/group.h"

#include <QList>
#include <QString>

namespace oktadesk {

// Okta groups (GET /api/v1/groups with expand=stats, or a user's groups) as rows, with
// their type and member count; after the fixed columns, the profile attributes the admin
// picked.
class GroupTableModel : public ProfileTableModel<GroupTableModel> {
    Q_OBJECT
public:
    enum Column { Name, Type, Members, Description, MembershipChanged, ColumnCount };
    Q_ENUM(Column)

    explicit GroupTableModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const okta::Group &group(int row) const { return m_rows.at(row); }
    QList<okta::Group> groups() const { return m_rows; }

    // "OKTA_GROUP" -> "Okta group", "APP_GROUP" -> "App group", "BUILT_IN" -> "Built-in".
    static QString typeText(const QString &type);

private:
    friend RowTableModel<GroupTableModel>;
    friend ProfileTableModel<GroupTableModel>;
    using Value = okta::Group;
    using Row = okta::Group;
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QVariant otherData(const Row &row, int column, int role) const;

    QList<Row> m_rows;
};

} // namespace oktadesk

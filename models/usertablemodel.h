#pragma once

#include "modelroles.h"
#include "profiletablemodel.h"

#include "core/values/user.h"

#include <QList>
#include <QString>

namespace oktadesk {

// Okta users (GET /api/v1/users) as rows: core's User values, which carry the fields the
// table shows and the object's original bytes (RawJsonRole) for a details pane or an
// export. After the fixed columns come the profile attributes the admin picked.
class UserTableModel : public ProfileTableModel<UserTableModel> {
    Q_OBJECT
public:
    enum Column { Login, Name, Status, Department, LastLogin, Email, Created, ColumnCount };
    Q_ENUM(Column)

    explicit UserTableModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const okta::User &user(int row) const { return m_rows.at(row); }

    // "ACTIVE" -> "Active", "LOCKED_OUT" -> "Locked out"; unknown values stay as they are.
    static QString statusText(const QString &status);

private:
    friend RowTableModel<UserTableModel>;
    friend ProfileTableModel<UserTableModel>;
    using Value = okta::User;
    using Row = okta::User;
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace oktadesk

#pragma once

#include "modelroles.h"
#include "rowtablemodel.h"

#include "core/values/scopegrant.h"

#include <QList>
#include <QString>

namespace oktadesk {

// An app's OAuth scope grants (GET /api/v1/apps/{id}/grants) as rows. The OIDC scopes
// Okta grants automatically are locked (LockedRole, a lock icon, a tooltip saying why):
// revoking one breaks the connection, so no view may offer it.
class GrantTableModel : public RowTableModel<GrantTableModel> {
    Q_OBJECT
public:
    enum Column { Scope, Status, Source, Granted, ColumnCount };
    Q_ENUM(Column)

    explicit GrantTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString lockedToolTip();

private:
    friend RowTableModel<GrantTableModel>;
    using Value = okta::ScopeGrant;
    struct Row {
        okta::ScopeGrant grant;
        bool locked = false; // an auto-granted OIDC scope
    };
    static Row rowFrom(const okta::ScopeGrant &grant);
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace oktadesk

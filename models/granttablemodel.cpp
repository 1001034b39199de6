#include "granttablemodel.h"

#include "modelformat.h"

#include "core/scopes/scopecatalog.h"

#include "core/values/textescape.h"

#include <QIcon>

namespace oktadesk {

GrantTableModel::GrantTableModel(QObject *parent)
    : RowTableModel(parent) {}

QString GrantTableModel::lockedToolTip() {
    return tr("Granted automatically; cannot be revoked");
}

GrantTableModel::Row GrantTableModel::rowFrom(const okta::ScopeGrant &grant) {
    return {grant, okta::ScopeCatalog::isAutoGranted(grant.scopeId)};
}

// Every text from Okta goes through escapeControls() before it is shown.
QVariant GrantTableModel::display(const Row &row, int column) const {
    switch (column) {
    case Scope:
        return okta::escapeControls(row.grant.scopeId);
    case Status:
        return row.grant.status == QLatin1String("ACTIVE") ? tr("Granted")
                                                           : okta::escapeControls(row.grant.status);
    case Source:
        return row.grant.source == QLatin1String("ADMIN") ? tr("Admin")
                                                          : okta::escapeControls(row.grant.source);
    case Granted:
        return modelformat::formatDateTimeMinutes(row.grant.created);
    default:
        return {};
    }
}

QVariant GrantTableModel::toolTip(const Row &row, int column) const {
    if (row.locked)
        return lockedToolTip();
    switch (column) {
    case Scope: {
        const QString scope = okta::escapeControls(row.grant.scopeId);
        return row.grant.issuer.isEmpty()
                   ? scope
                   : tr("%1\nIssuer: %2").arg(scope, okta::escapeControls(row.grant.issuer));
    }
    case Status:
        return okta::escapeControls(row.grant.status);
    case Source:
        return okta::escapeControls(row.grant.source);
    case Granted:
        return modelformat::formatUtc(row.grant.created);
    default:
        return {};
    }
}

QVariant GrantTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == Scope && row.locked)
            return modelformat::lockIcon();
        return {};
    case IdRole:
        return row.grant.id;
    case RawJsonRole:
        return row.grant.raw.toByteArray();
    case LockedRole:
        return row.locked;
    case SortRole:
        if (index.column() == Granted)
            return row.grant.created;
        return display(row, index.column());
    default:
        return {};
    }
}

QVariant GrantTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Scope:
        return tr("Scope");
    case Status:
        return tr("Status");
    case Source:
        return tr("Source");
    case Granted:
        return tr("Granted");
    default:
        return {};
    }
}

} // namespace oktadesk

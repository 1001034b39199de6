#include "granttablemodel.h"

#include "modelformat.h"

#include "core/scopes/scopecatalog.h"

#include <QIcon>
#include <QJsonObject>

namespace oktadesk {

GrantTableModel::GrantTableModel(QObject *parent)
    : RowTableModel(parent) {}

QString GrantTableModel::lockedToolTip() {
    return tr("Granted automatically; cannot be revoked");
}

GrantTableModel::Row GrantTableModel::parse(const QJsonValue &value) {
    const QJsonObject grant = value.toObject();
    Row row;
    row.id = grant.value(QLatin1String("id")).toString();
    row.scope = grant.value(QLatin1String("scopeId")).toString();
    if (row.scope.isEmpty()) // only the expanded scope object names it
        row.scope = grant.value(QLatin1String("_embedded"))
                        .toObject()
                        .value(QLatin1String("scope"))
                        .toObject()
                        .value(QLatin1String("id"))
                        .toString();
    row.status = grant.value(QLatin1String("status")).toString();
    row.source = grant.value(QLatin1String("source")).toString();
    row.issuer = grant.value(QLatin1String("issuer")).toString();
    row.created = modelformat::parseTime(grant.value(QLatin1String("created")));
    row.locked = okta::ScopeCatalog::isAutoGranted(row.scope);
    return row;
}

QVariant GrantTableModel::display(const Row &row, int column) const {
    switch (column) {
    case Scope:
        return row.scope;
    case Status:
        return row.status == QLatin1String("ACTIVE") ? tr("Granted") : row.status;
    case Source:
        return row.source == QLatin1String("ADMIN") ? tr("Admin") : row.source;
    case Granted:
        return modelformat::formatDateTimeMinutes(row.created);
    default:
        return {};
    }
}

QVariant GrantTableModel::toolTip(const Row &row, int column) const {
    if (row.locked)
        return lockedToolTip();
    switch (column) {
    case Scope:
        return row.issuer.isEmpty() ? row.scope : tr("%1\nIssuer: %2").arg(row.scope, row.issuer);
    case Status:
        return row.status;
    case Source:
        return row.source;
    case Granted:
        return modelformat::formatUtc(row.created);
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
        return row.id;
    case LockedRole:
        return row.locked;
    case SortRole:
        if (index.column() == Granted)
            return row.created;
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

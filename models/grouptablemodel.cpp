#include "grouptablemodel.h"

#include "modelformat.h"

#include "core/values/textescape.h"

#include <QLocale>

namespace oktadesk {

GroupTableModel::GroupTableModel(QObject *parent)
    : ProfileTableModel(parent) {}

QString GroupTableModel::typeText(const QString &type) {
    if (type == QLatin1String("OKTA_GROUP"))
        return tr("Okta group");
    if (type == QLatin1String("APP_GROUP"))
        return tr("App group");
    if (type == QLatin1String("BUILT_IN"))
        return tr("Built-in");
    return type;
}

// Every text from Okta goes through escapeControls(): a name may carry control characters.
QVariant GroupTableModel::display(const Row &row, int column) const {
    switch (column) {
    case Name:
        return okta::escapeControls(row.name);
    case Type:
        return okta::escapeControls(typeText(row.type));
    case Members:
        return row.usersCount < 0 ? QString() : QLocale().toString(row.usersCount);
    case Description:
        return okta::escapeControls(row.description);
    case MembershipChanged:
        return modelformat::formatDateTimeMinutes(row.lastMembershipUpdated);
    default:
        return {};
    }
}

QVariant GroupTableModel::toolTip(const Row &row, int column) const {
    switch (column) {
    case Name:
        return tr("%1\nID: %2").arg(okta::escapeControls(row.name), okta::escapeControls(row.id));
    case Type:
        return row.type == QLatin1String("OKTA_GROUP")
                   ? okta::escapeControls(row.type)
                   : tr("%1: its profile cannot be edited at Okta").arg(okta::escapeControls(row.type));
    case Members:
        return row.usersCount < 0 ? tr("Okta did not send the member count") : QVariant();
    case MembershipChanged:
        return modelformat::formatUtc(row.lastMembershipUpdated);
    default: {
        const QString text = display(row, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QVariant GroupTableModel::sortValue(const Row &row, int column) const {
    if (column == Members)
        return row.usersCount;
    if (column == MembershipChanged)
        return row.lastMembershipUpdated;
    return display(row, column);
}

QVariant GroupTableModel::otherData(const Row &, int column, int role) const {
    if (role == Qt::TextAlignmentRole && column == Members)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (const auto profile = profileHeader(section, orientation, role))
        return *profile;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Members:
        return tr("Members");
    case Description:
        return tr("Description");
    case MembershipChanged:
        return tr("Membership changed");
    default:
        return {};
    }
}

} // namespace oktadesk

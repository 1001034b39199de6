#include "usertablemodel.h"

#include "modelformat.h"

#include "core/values/textescape.h"

namespace oktadesk {

UserTableModel::UserTableModel(QObject *parent)
    : ProfileTableModel(parent) {}

QString UserTableModel::statusText(const QString &status) {
    if (status == QLatin1String("ACTIVE"))
        return tr("Active");
    if (status == QLatin1String("STAGED"))
        return tr("Staged");
    if (status == QLatin1String("PROVISIONED"))
        return tr("Pending activation");
    if (status == QLatin1String("RECOVERY"))
        return tr("Password reset");
    if (status == QLatin1String("PASSWORD_EXPIRED"))
        return tr("Password expired");
    if (status == QLatin1String("LOCKED_OUT"))
        return tr("Locked out");
    if (status == QLatin1String("SUSPENDED"))
        return tr("Suspended");
    if (status == QLatin1String("DEPROVISIONED"))
        return tr("Deactivated");
    return status;
}

// Every text from Okta goes through escapeControls(): a name may carry control characters.
QVariant UserTableModel::display(const Row &row, int column) const {
    switch (column) {
    case Login:
        return okta::escapeControls(row.login);
    case Name:
        return okta::escapeControls(row.displayName());
    case Status:
        return okta::escapeControls(statusText(row.status));
    case Department:
        return okta::escapeControls(row.department);
    case LastLogin:
        return row.lastLogin ? modelformat::formatDateTimeMinutes(row.lastLogin) : tr("Never");
    case Email:
        return okta::escapeControls(row.email);
    case Created:
        return modelformat::formatDateTimeMinutes(row.created);
    default:
        return {};
    }
}

QVariant UserTableModel::toolTip(const Row &row, int column) const {
    switch (column) {
    case Login: {
        const QString login = okta::escapeControls(row.login);
        const QString id = okta::escapeControls(row.id);
        return row.email.isEmpty() || row.email == row.login
                   ? tr("%1\nID: %2").arg(login, id)
                   : tr("%1\nEmail: %2\nID: %3").arg(login, okta::escapeControls(row.email), id);
    }
    case Status:
        return okta::escapeControls(row.status);
    case LastLogin:
        return row.lastLogin ? modelformat::formatUtc(row.lastLogin) : tr("Never signed in");
    case Created:
        return modelformat::formatUtc(row.created);
    default: {
        const QString text = display(row, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QVariant UserTableModel::sortValue(const Row &row, int column) const {
    if (column == LastLogin)
        return row.lastLogin;
    if (column == Created)
        return row.created;
    return display(row, column);
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (const auto profile = profileHeader(section, orientation, role))
        return *profile;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Department:
        return tr("Department");
    case LastLogin:
        return tr("Last login");
    case Email:
        return tr("Email");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace oktadesk

#include "usertablemodel.h"

#include "modelformat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace oktadesk {

UserTableModel::UserTableModel(QObject *parent)
    : RowTableModel(parent) {}

UserTableModel::Row UserTableModel::parse(const QJsonValue &value) {
    QJsonObject user = value.toObject();
    const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
    Row row;
    row.id = user.value(QLatin1String("id")).toString();
    row.login = profile.value(QLatin1String("login")).toString();
    const QString first = profile.value(QLatin1String("firstName")).toString().trimmed();
    const QString last = profile.value(QLatin1String("lastName")).toString().trimmed();
    if (first.isEmpty() || last.isEmpty())
        row.name = first.isEmpty() ? last : first;
    else
        row.name = first % QLatin1Char(' ') % last;
    row.email = profile.value(QLatin1String("email")).toString();
    row.status = user.value(QLatin1String("status")).toString();
    row.department = profile.value(QLatin1String("department")).toString();
    row.lastLogin = modelformat::parseTime(user.value(QLatin1String("lastLogin")));
    user.remove(QLatin1String("_links"));
    row.raw = QJsonDocument(user).toJson(QJsonDocument::Compact);
    return row;
}

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

QVariant UserTableModel::display(const Row &row, int column) const {
    switch (column) {
    case Login:
        return row.login;
    case Name:
        return row.name;
    case Status:
        return statusText(row.status);
    case Department:
        return row.department;
    case LastLogin:
        return row.lastLogin ? modelformat::formatDateTimeMinutes(row.lastLogin) : tr("Never");
    default:
        return {};
    }
}

QVariant UserTableModel::toolTip(const Row &row, int column) const {
    switch (column) {
    case Login:
        return row.email.isEmpty() || row.email == row.login
                   ? tr("%1\nID: %2").arg(row.login, row.id)
                   : tr("%1\nEmail: %2\nID: %3").arg(row.login, row.email, row.id);
    case Status:
        return row.status;
    case LastLogin:
        return row.lastLogin ? modelformat::formatUtc(row.lastLogin) : tr("Never signed in");
    default: {
        const QString text = display(row, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case IdRole:
        return row.id;
    case RawJsonRole:
        return QJsonDocument::fromJson(row.raw).object();
    case SortRole:
        if (index.column() == LastLogin)
            return row.lastLogin;
        return display(row, index.column());
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
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
    default:
        return {};
    }
}

} // namespace oktadesk

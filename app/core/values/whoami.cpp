#include "whoami.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace okta {

std::optional<WhoAmI> WhoAmI::parseUser(const QByteArray &json, QString *error) {
    const auto fail = [error](const QString &message) -> std::optional<WhoAmI> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("Okta's answer about the signed-in account is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("Okta's answer about the signed-in account is not a user object."));
    const QJsonObject user = document.object();
    const QJsonObject profile = user.value(QLatin1String("profile")).toObject();
    WhoAmI me;
    me.userId = user.value(QLatin1String("id")).toString();
    if (me.userId.isEmpty())
        return fail(tr("Okta's answer about the signed-in account carried no id."));
    me.login = profile.value(QLatin1String("login")).toString();
    const QString first = profile.value(QLatin1String("firstName")).toString();
    const QString last = profile.value(QLatin1String("lastName")).toString();
    me.name = QString(first + QLatin1Char(' ') + last).trimmed();
    if (me.name.isEmpty())
        me.name = profile.value(QLatin1String("displayName")).toString();
    return me;
}

void WhoAmI::setRoles(const QList<AdminRole> &assigned) {
    roles = assigned;
    rolesKnown = true;
}

WhoAmI::SuperAdmin WhoAmI::superAdmin() const {
    if (!rolesKnown)
        return SuperAdmin::Unknown;
    for (const AdminRole &role : roles)
        if (role.isSuperAdmin() && role.status != QLatin1String("INACTIVE"))
            return SuperAdmin::Yes;
    return SuperAdmin::No;
}

QStringList WhoAmI::roleTypes() const {
    QStringList types;
    for (const AdminRole &role : roles)
        if (!role.type.isEmpty() && !types.contains(role.type))
            types.append(role.type);
    return types;
}

QString WhoAmI::displayName() const {
    if (name.isEmpty() || name == login)
        return login;
    return tr("%1 (%2)").arg(name, login);
}

QString WhoAmI::superAdminWarning() const {
    const SuperAdmin answer = superAdmin();
    if (answer == SuperAdmin::Yes)
        return {};
    const QString consequences =
        tr("OktaDesk can connect with it, but these will not work: granting or revoking scopes on apps, "
           "assigning admin roles, and onboarding service accounts. Sign in with a super admin — "
           "preferably a dedicated service account — to use them.");
    if (answer == SuperAdmin::Unknown)
        return tr("OktaDesk could not tell whether this account is a super admin.") + QLatin1Char(' ') +
               consequences;
    const QStringList types = roleTypes();
    const QString held = types.isEmpty() ? tr("no admin roles") : types.join(QLatin1String(", "));
    return tr("This account is not a super admin (it holds: %1).").arg(held) + QLatin1Char(' ') +
           consequences;
}

} // namespace okta

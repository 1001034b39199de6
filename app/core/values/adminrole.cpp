#include "adminrole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okta {

const QStringList &AdminRole::standardTypes() {
    static const QStringList types = {
        QStringLiteral("SUPER_ADMIN"),
        QStringLiteral("ORG_ADMIN"),
        QStringLiteral("APP_ADMIN"),
        QStringLiteral("USER_ADMIN"),
        QStringLiteral("GROUP_MEMBERSHIP_ADMIN"),
        QStringLiteral("HELP_DESK_ADMIN"),
        QStringLiteral("READ_ONLY_ADMIN"),
        QStringLiteral("REPORT_ADMIN"),
        QStringLiteral("API_ACCESS_MANAGEMENT_ADMIN"),
        QStringLiteral("WORKFLOWS_ADMIN"),
        QStringLiteral("ACCESS_CERTIFICATIONS_ADMIN"),
        QStringLiteral("ACCESS_REQUESTS_ADMIN"),
    };
    return types;
}

std::optional<QList<AdminRole>> AdminRole::parseList(const QByteArray &json, QString *error) {
    const auto fail = [error](const QString &message) -> std::optional<QList<AdminRole>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("Okta's list of admin roles is not valid JSON (%1 at byte %2).")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isArray())
        return fail(tr("Okta's answer about admin roles is not a list."));
    QList<AdminRole> roles;
    const QJsonArray entries = document.array();
    for (const QJsonValue &value : entries) {
        if (!value.isObject())
            return fail(tr("Okta's list of admin roles holds an entry that is not a role."));
        const QJsonObject object = value.toObject();
        AdminRole role;
        role.id = object.value(QLatin1String("id")).toString();
        role.type = object.value(QLatin1String("type")).toString();
        role.label = object.value(QLatin1String("label")).toString();
        role.status = object.value(QLatin1String("status")).toString();
        role.assignmentType = object.value(QLatin1String("assignmentType")).toString();
        roles.append(role);
    }
    return roles;
}

} // namespace okta

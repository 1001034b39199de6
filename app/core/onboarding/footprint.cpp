#include "footprint.h"

#include "core/okta/oktaresult.h"
#include "core/values/adminrole.h"
#include "serviceaccountrequest.h"

#include <QJsonObject>

namespace okta {

QString Footprint::describe(const ServiceAccountRequest &request) const {
    if (isEmpty())
        return tr("Nothing was created in the org.");
    QStringList lines;
    switch (user) {
    case Presence::Present:
        lines << tr("The user %1 exists (id %2, status %3).").arg(request.login, userId, userStatus);
        break;
    case Presence::Unknown:
        lines << tr("The user %1 may exist: OktaDesk could not read it back.").arg(request.login);
        break;
    case Presence::Absent:
        break;
    }
    switch (role) {
    case Presence::Present:
        lines << tr("It holds the admin role %1 (assignment %2).").arg(request.roleType, roleAssignmentId);
        break;
    case Presence::Unknown:
        lines << tr("It may hold the admin role %1: OktaDesk could not read its roles back.")
                     .arg(request.roleType);
        break;
    case Presence::Absent:
        break;
    }
    switch (app) {
    case Presence::Present:
        lines << tr("It is assigned to the app \u201c%1\u201d.").arg(request.appLabel);
        break;
    case Presence::Unknown:
        lines << tr("It may be assigned to the app \u201c%1\u201d: OktaDesk could not read the assignment "
                    "back.")
                     .arg(request.appLabel);
        break;
    case Presence::Absent:
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

namespace readback {

Account Account::fromJson(const QJsonDocument &json) {
    const QJsonObject o = json.object();
    Account a;
    a.id = o.value(QLatin1String("id")).toString();
    a.status = o.value(QLatin1String("status")).toString();
    a.transitioningToStatus = o.value(QLatin1String("transitioningToStatus")).toString();
    a.login = o.value(QLatin1String("profile")).toObject().value(QLatin1String("login")).toString();
    return a;
}

bool outcomeUncertain(const OktaResult &r) {
    switch (r.failure) {
    case Failure::None:
    case Failure::Canceled:
    case Failure::InvalidRequest:
    case Failure::RateLimited:
        return false;
    case Failure::Http:
        return r.httpStatus >= 500 || r.httpStatus == 0;
    case Failure::Network:
    case Failure::Tls:
    case Failure::Timeout:
    case Failure::MalformedJson:
        return true;
    }
    return true;
}

Presence presenceOf(const OktaResult &read) {
    if (read.ok())
        return Presence::Present;
    if (read.failure == Failure::Http && read.httpStatus == 404)
        return Presence::Absent;
    return Presence::Unknown;
}

Presence roleIn(const OktaResult &roles, const QString &roleType, const QString &knownId,
                QString *assignmentId) {
    if (!roles.ok())
        return Presence::Unknown;
    const auto list = AdminRole::parseList(roles.body);
    if (!list)
        return Presence::Unknown;
    const AdminRole *match = nullptr;
    for (const AdminRole &role : *list) {
        if (role.status == QLatin1String("INACTIVE"))
            continue;
        if (!knownId.isEmpty() && role.id == knownId) {
            match = &role;
            break;
        }
        if (!match && role.type == roleType && role.assignmentType != QLatin1String("GROUP"))
            match = &role;
    }
    if (!match)
        return Presence::Absent;
    if (assignmentId)
        *assignmentId = match->id;
    return Presence::Present;
}

} // namespace readback

} // namespace okta

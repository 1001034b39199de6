#include "jsonwriter.h"
#include "orgdata.h"
#include "router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &body, HttpResponse &error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        error = oktaError(400, "E0000003", u"The request body was not well-formed."_s,
                          {parseError.errorString()});
        return std::nullopt;
    }
    return doc.object();
}

// The default password policy, from the defaults of the spec's PasswordPolicyPasswordSettings
// Complexity: minLength 8, minLowerCase/minUpperCase/minNumber/minSymbol 1, excludeUsername true.
std::optional<HttpResponse> checkPassword(const QString &password, const QString &login) {
    bool lower = false, upper = false, digit = false, symbol = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
        symbol = symbol || (!c.isLetterOrNumber() && !c.isSpace());
    }
    const QString user = login.section(u'@', 0, 0);
    const bool containsUser = user.size() >= 3 && password.contains(user, Qt::CaseInsensitive);
    if (password.size() >= 8 && lower && upper && digit && symbol && !containsUser)
        return std::nullopt;
    return invalidField(
        u"password"_s,
        u"Password requirements were not met. Password requirements: at least 8 characters, a "
        u"lowercase letter, an uppercase letter, a number, a symbol, no parts of your username."_s);
}

} // namespace

HttpResponse Router::createUser(const HttpRequest &r) {
    HttpResponse error;
    const auto object = parseObject(r.body, error);
    if (!object)
        return error;
    const QJsonObject profile = object->value(u"profile"_s).toObject();
    const QString login = profile.value(u"login"_s).toString().trimmed();
    const QString email = profile.value(u"email"_s).toString().trimmed();
    // The base user schema's required attributes (firstName and lastName can be made
    // nullable, login and email cannot).
    for (const QString &required : {u"login"_s, u"email"_s, u"firstName"_s, u"lastName"_s})
        if (profile.value(required).toString().trimmed().isEmpty())
            return invalidField(required, u"The field cannot be left blank"_s);
    if (login.size() < 5 || login.size() > 100 || !login.contains(u'@'))
        return invalidField(u"login"_s, u"Username must be in the form of an email address"_s);
    if (email.size() < 5 || email.size() > 100 || !email.contains(u'@'))
        return invalidField(u"email"_s, u"Does not match required pattern"_s);
    if (m_org->loginOwner(login) >= 0)
        return invalidField(u"login"_s,
                            u"An object with this field already exists in the current organization"_s);
    QList<int> groupIndexes = {0};
    const QJsonArray groupIds = object->value(u"groupIds"_s).toArray();
    // createUser's example ErrorCreateUserWithTooManyManyGroupsResponse.
    if (groupIds.size() > 20)
        return oktaError(400, "E0000093", u"Target count limit exceeded"_s,
                         {u"The number of group targets is too large"_s});
    for (const QJsonValue &id : groupIds) {
        const int g = m_org->findGroup(id.toString());
        if (g < 0)
            return invalidField(u"groupIds"_s, u"Group not found: "_s + id.toString());
        if (!groupIndexes.contains(g))
            groupIndexes.append(g);
    }
    std::sort(groupIndexes.begin(), groupIndexes.end());

    const bool activate = r.param(u"activate"_s).compare(u"false"_s, Qt::CaseInsensitive) != 0;
    const QJsonObject password = object->value(u"credentials"_s).toObject().value(u"password"_s).toObject();
    const bool hasPassword = !password.isEmpty();
    if (password.contains(u"value"_s)) {
        if (auto refused = checkPassword(password.value(u"value"_s).toString(), login))
            return *refused;
    }
    // createUser's examples ErrorCreateUserWithExpiredPassword*: nextLogin=changePassword
    // needs a password and activate=true.
    if (r.param(u"nextLogin"_s) == u"changePassword"_s) {
        const QString why =
            u"Could not create user. To create a user and expire their password immediately, "_s;
        if (!hasPassword)
            return oktaError(400, "E0000124", why + u"a password must be specified."_s,
                             {why + u"a password must be specified."_s});
        if (!activate)
            return oktaError(400, "E0000125", why + u"`activate` must be true."_s,
                             {why + u"`activate` must be true."_s});
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    User user;
    user.id = m_org->newId("00u");
    user.status = !activate ? "STAGED" : hasPassword ? "ACTIVE" : "PROVISIONED";
    user.created = user.lastUpdated = user.statusChanged = now;
    user.activated = activate ? now : 0;
    user.passwordChanged = hasPassword ? now : 0;
    user.profile = profile;
    user.groups = groupIndexes;
    const int index = m_org->addUser(std::move(user));
    record("user.lifecycle.create", "Create Okta user", {userRef(index)},
           "core.user.config.user_creation.success");
    if (activate)
        record("user.lifecycle.activate", "Activate Okta user", {userRef(index)},
               "core.user.config.user_activated");
    for (int g : std::as_const(groupIndexes)) {
        m_org->groups[g].members.append(index);
        m_org->groups[g].lastMembershipUpdated = now;
        record("group.user_membership.add", "Add user to group membership", {userRef(index), groupRef(g)},
               "core.user_group_member.user_add");
    }
    QByteArray body;
    JsonWriter w(body);
    m_org->writeUser(w, m_org->users[index], m_base);
    return jsonResponse(200, body);
}

HttpResponse Router::userRoles(const HttpRequest &r, const Principal &p, int index) {
    User &user = m_org->users[index];
    const QStringList &s = r.segments;
    if (s.size() == 5 && r.method == "GET") {
        if (auto denied = require(p, "okta.roles.read"))
            return *denied;
        QByteArray body;
        JsonWriter w(body);
        w.beginArray();
        for (const Role &role : std::as_const(user.roles))
            m_org->writeRole(w, user, role, m_base);
        w.endArray();
        return jsonResponse(200, body);
    }
    if (s.size() == 5 && r.method == "POST") {
        if (auto denied = require(p, "okta.roles.manage"))
            return *denied;
        if (auto denied = requireSuperAdmin(p))
            return *denied;
        HttpResponse error;
        const auto object = parseObject(r.body, error);
        if (!object)
            return error;
        const QByteArray type = object->value(u"type"_s).toString().toUtf8();
        if (OrgData::roleLabel(type).isEmpty())
            return invalidField(u"type"_s, u"Invalid role type: "_s + QString::fromUtf8(type));
        for (const Role &existing : std::as_const(user.roles))
            if (existing.type == type)
                return oktaError(409, "E0000090", u"Duplicate role assignment exception."_s,
                                 {u"The role specified is already assigned to the user."_s});
        Role role;
        role.id = m_org->newId("ra1");
        role.type = type;
        role.created = role.lastUpdated = QDateTime::currentMSecsSinceEpoch();
        user.roles.append(role);
        record("user.account.privilege.grant", "Grant user privilege", {userRef(index)},
               "core.user.admin_privilege.granted");
        QByteArray body;
        JsonWriter w(body);
        m_org->writeRole(w, user, role, m_base);
        return jsonResponse(201, body);
    }
    if (s.size() == 6 && (r.method == "GET" || r.method == "DELETE")) {
        const bool get = r.method == "GET";
        if (auto denied = require(p, get ? "okta.roles.read" : "okta.roles.manage"))
            return *denied;
        if (!get) {
            if (auto denied = requireSuperAdmin(p))
                return *denied;
        }
        for (qsizetype i = 0; i < user.roles.size(); ++i) {
            if (QLatin1String(user.roles[i].id) != s[5])
                continue;
            if (!get) {
                user.roles.removeAt(i);
                record("user.account.privilege.revoke", "Revoke user privilege", {userRef(index)},
                       "core.user.admin_privilege.revoked");
                return jsonResponse(204, {});
            }
            QByteArray body;
            JsonWriter w(body);
            m_org->writeRole(w, user, user.roles[i], m_base);
            return jsonResponse(200, body);
        }
        return oktaError(404, "E0000007",
                         u"Not found: Resource not found: "_s + s[5] + u" (RoleAssignment)"_s);
    }
    return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
}

} // namespace demo

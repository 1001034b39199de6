#include "orgdata.h"
#include "demoorg.h"
#include "names.h"
#include "orgschemas.h"
#include "prng.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

constexpr qint64 DayMs = 86400000;

// Logins are ASCII: strip accents the way most directories do when deriving them.
QString loginPart(const char *utf8) {
    QString s = QString::fromUtf8(utf8).normalized(QString::NormalizationForm_D).toLower();
    s.replace(QChar(0xf8), u'o');
    QString out;
    for (QChar c : std::as_const(s))
        if (c.unicode() < 128 && c.isLetter())
            out.append(c);
    return out;
}

QByteArray statusFor(Rng &rng) {
    const int r = rng.below(100);
    if (r < 84)
        return "ACTIVE";
    if (r < 87)
        return "STAGED";
    if (r < 90)
        return "PROVISIONED";
    if (r < 93)
        return "SUSPENDED";
    if (r < 97)
        return "DEPROVISIONED";
    if (r < 99)
        return "LOCKED_OUT";
    return "PASSWORD_EXPIRED";
}

} // namespace

OrgData::OrgData(const DemoOptions &options, qint64 nowMs)
    : domain(u"demo.oktadesk.test"_s)
    , m_seed(options.seed) {
    apiTokenId = oktaId("00T", mix64(m_seed ^ 0x70CE));
    generateUsers(options, nowMs);
    generateGroups(options, nowMs);
    generateApps(options, nowMs);
    addCustomProfileValues(*this);
}

QByteArray OrgData::newId(const char *prefix) {
    return oktaId(prefix, mix64(m_seed ^ 0x5EED) + 1000000 + ++m_idCounter);
}

void OrgData::indexUser(int index) {
    const User &u = users[index];
    m_userById.insert(u.id, index);
    const QString login = u.login().toLower();
    m_userByLogin.insert(login, index);
    const qsizetype at = login.indexOf(u'@');
    if (at > 0)
        m_userByShortName.insert(login.left(at), index);
}

int OrgData::findUser(const QString &idOrLogin) const {
    const int byId = m_userById.value(idOrLogin.toUtf8(), -1);
    if (byId >= 0)
        return byId;
    const QString lower = idOrLogin.toLower();
    const int byLogin = m_userByLogin.value(lower, -1);
    return byLogin >= 0 ? byLogin : m_userByShortName.value(lower, -1);
}

int OrgData::addUser(User user) {
    users.append(std::move(user));
    const int index = int(users.size() - 1);
    indexUser(index);
    return index;
}

void OrgData::deleteUser(int index) {
    User &u = users[index];
    u.deleted = true;
    m_userById.remove(u.id);
    const QString login = u.login().toLower();
    m_userByLogin.remove(login);
    m_userByShortName.remove(login.left(login.indexOf(u'@')));
    for (int g : std::as_const(u.groups))
        groups[g].members.removeOne(index);
    u.groups.clear();
    for (App &app : apps)
        app.users.removeIf([index](const AppUser &au) { return au.user == index; });
}

void OrgData::generateUsers(const DemoOptions &options, qint64 nowMs) {
    Rng rng(mix64(options.seed ^ 0x75736572));
    const int count = std::max(1, options.users);
    users.reserve(count);
    QHash<QString, int> loginCounts;
    for (int i = 0; i < count; ++i) {
        User u;
        u.id = oktaId("00u", mix64(options.seed) + quint64(i));
        QString first, last, login;
        QJsonObject profile;
        if (i == 0) {
            first = u"Demo"_s;
            last = u"Admin"_s;
            login = u"admin@"_s + domain;
            u.status = "ACTIVE";
            u.city = 0;
            profile.insert(u"title"_s, u"Super Administrator"_s);
            profile.insert(u"department"_s, u"IT"_s);
        } else {
            const char *f = names::firstNames[rng.below(names::firstNameCount)];
            const char *l = names::lastNames[rng.below(names::lastNameCount)];
            first = QString::fromUtf8(f);
            last = QString::fromUtf8(l);
            QString base = loginPart(f) + u'.' + loginPart(l);
            const int n = ++loginCounts[base];
            if (n > 1)
                base += QString::number(n);
            login = base + u'@' + domain;
            u.status = statusFor(rng);
            u.city = rng.below(names::cityCount);
            profile.insert(u"title"_s, QString::fromUtf8(names::titles[rng.below(names::titleCount)]));
            profile.insert(u"department"_s,
                           QString::fromUtf8(names::departments[rng.below(names::departmentCount)]));
        }
        profile.insert(u"firstName"_s, first);
        profile.insert(u"lastName"_s, last);
        profile.insert(u"login"_s, login);
        profile.insert(u"email"_s, login);
        profile.insert(u"city"_s, QString::fromUtf8(names::cities[u.city].city));
        profile.insert(u"countryCode"_s, QString::fromLatin1(names::cities[u.city].countryCode));
        profile.insert(u"employeeNumber"_s, QString::number(10000 + i));
        profile.insert(u"mobilePhone"_s, QJsonValue::Null);
        profile.insert(u"secondEmail"_s, QJsonValue::Null);
        u.profile = profile;

        u.created = nowMs - (30 + rng.below64(1500)) * DayMs - rng.below64(DayMs);
        const bool everActive = u.status != "STAGED" && u.status != "PROVISIONED";
        u.activated = u.status == "STAGED" ? 0 : u.created + 60000 + rng.below64(3600000);
        u.statusChanged =
            u.status == "ACTIVE" ? u.activated : std::max(u.created, nowMs - rng.below64(60) * DayMs - 1000);
        u.passwordChanged = everActive ? u.activated + rng.below64(DayMs) : 0;
        if (everActive && u.status != "DEPROVISIONED")
            u.lastLogin = nowMs - rng.below64(14 * DayMs) - 1000;
        u.lastUpdated = std::max({u.created, u.activated, u.statusChanged, u.passwordChanged});
        users.append(std::move(u));
        indexUser(i);
    }
    Role role;
    role.id = oktaId("ra1", options.seed);
    role.type = options.adminIsSuperAdmin ? "SUPER_ADMIN" : "READ_ONLY_ADMIN";
    role.created = role.lastUpdated = users[0].created + DayMs;
    users[0].roles.append(role);
}

void OrgData::generateGroups(const DemoOptions &options, qint64 nowMs) {
    Rng rng(mix64(options.seed ^ 0x67726f7570));
    const int count = std::max(1, options.groups);
    const int appGroups = count > 10 ? std::max(1, count / 25) : 0;
    groups.reserve(count);
    QHash<QString, int> nameCounts;
    for (int i = 0; i < count; ++i) {
        Group g;
        g.id = oktaId("00g", mix64(options.seed ^ 0x67) + quint64(i));
        QString name, description;
        if (i == 0) {
            g.type = "BUILT_IN";
            name = u"Everyone"_s;
            description = u"All users in your organization"_s;
        } else {
            const QString topic = QString::fromUtf8(names::groupTopics[rng.below(names::groupTopicCount)]);
            const QString city = QString::fromUtf8(names::cities[rng.below(names::cityCount)].city);
            g.type = i <= appGroups ? "APP_GROUP" : "OKTA_GROUP";
            name =
                g.type == "APP_GROUP" ? QString(topic + u" (imported)"_s) : QString(topic + u" - "_s + city);
            const int n = ++nameCounts[name];
            if (n > 1)
                name += u' ' + QString::number(n);
            description = g.type == "APP_GROUP" ? u"Imported from the HR directory"_s
                                                : QString(topic + u" staff based in "_s + city);
        }
        g.profile.insert(u"name"_s, name);
        g.profile.insert(u"description"_s, description);
        g.created = nowMs - (60 + rng.below64(1400)) * DayMs;
        g.lastUpdated = g.created + rng.below64(30 * DayMs);
        g.lastMembershipUpdated = nowMs - rng.below64(20 * DayMs);
        groups.append(std::move(g));
        m_groupById.insert(groups.last().id, i);
    }
    for (int u = 0; u < users.size(); ++u) {
        users[u].groups.append(0);
        const int extra = count > 1 ? 2 + rng.below(5) : 0;
        for (int k = 0; k < extra; ++k) {
            const int g = 1 + rng.below(count - 1);
            if (!users[u].groups.contains(g))
                users[u].groups.append(g);
        }
        std::sort(users[u].groups.begin(), users[u].groups.end());
        for (int g : std::as_const(users[u].groups))
            groups[g].members.append(u);
    }
}

const QStringList &OrgData::okScopeCatalogue() {
    // The oauth2 scopes declared in the management spec's securitySchemes, plus the OIDC
    // scopes of the org authorization server.
    static const QStringList scopes = [] {
        const char *const resources[] = {"agentPools",
                                         "apiTokens",
                                         "appGrants",
                                         "apps.interclientTrust",
                                         "apps",
                                         "authenticators",
                                         "authorizationServers",
                                         "behaviors",
                                         "botProtection",
                                         "brands",
                                         "captchas",
                                         "customTelephonyProvider",
                                         "deviceAssurance",
                                         "deviceIntegrations",
                                         "devicePostureChecks",
                                         "devices",
                                         "directories.groups",
                                         "domains",
                                         "dr",
                                         "emailDomains",
                                         "emailServers",
                                         "eventHooks",
                                         "features",
                                         "groups",
                                         "identitySources",
                                         "idps",
                                         "inlineHooks",
                                         "linkedObjects",
                                         "logStreams",
                                         "networkZones",
                                         "oauthIntegrations",
                                         "orgs",
                                         "personal.adminSettings",
                                         "policies",
                                         "principalRateLimits",
                                         "profileMappings",
                                         "pushProviders",
                                         "rateLimits",
                                         "realmAssignments",
                                         "realms",
                                         "roles",
                                         "schemas",
                                         "securityEventsProviders",
                                         "serviceAccounts",
                                         "serviceAccounts.okta",
                                         "sessions",
                                         "templates",
                                         "threatInsights",
                                         "trustedOrigins",
                                         "uischemas",
                                         "userRisk",
                                         "userTypes",
                                         "users"};
        QStringList all = {u"openid"_s,         u"profile"_s,    u"email"_s,
                           u"phone"_s,          u"address"_s,    u"groups"_s,
                           u"offline_access"_s, u"device_sso"_s, u"okta.logs.read"_s};
        for (const char *r : resources) {
            all.append(u"okta."_s + QLatin1String(r) + u".read"_s);
            all.append(u"okta."_s + QLatin1String(r) + u".manage"_s);
        }
        return all;
    }();
    return scopes;
}

QByteArray OrgData::roleLabel(QByteArrayView type) {
    static const QHash<QByteArray, QByteArray> labels = {
        {"SUPER_ADMIN", "Super Administrator"},
        {"ORG_ADMIN", "Organizational Administrator"},
        {"APP_ADMIN", "Application Administrator"},
        {"USER_ADMIN", "Group Administrator"},
        {"HELP_DESK_ADMIN", "Help Desk Administrator"},
        {"READ_ONLY_ADMIN", "Read-only Administrator"},
        {"MOBILE_ADMIN", "Mobile Administrator"},
        {"API_ACCESS_MANAGEMENT_ADMIN", "API Access Management Administrator"},
        {"REPORT_ADMIN", "Report Administrator"},
        {"GROUP_MEMBERSHIP_ADMIN", "Group Membership Administrator"},
        {"WORKFLOWS_ADMIN", "Workflows Administrator"},
        {"ACCESS_CERTIFICATIONS_ADMIN", "Access Certifications Administrator"},
        {"ACCESS_REQUESTS_ADMIN", "Access Requests Administrator"},
    };
    return labels.value(type.toByteArray());
}

} // namespace demo

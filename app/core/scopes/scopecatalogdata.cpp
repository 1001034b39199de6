#include "scopecatalogdata.h"

namespace okta::scopedata {

namespace {

#define SUBJECT(text) QT_TRANSLATE_NOOP("okta::ScopeCatalog", text)

enum class Levels { ReadManage, ReadOnly };

// A resource with okta.<stem>.read and (mostly) .manage, and what it covers, in our words.
struct Resource {
    const char *stem;
    const char *subject;
    Levels levels = Levels::ReadManage;
};

// The management spec's oauth2 scopes (Okta Admin Management API, 2026.06.3: 109 names).
constexpr Resource management[] = {
    {"okta.agentPools", SUBJECT("AD and LDAP agent pools and agent updates")},
    {"okta.apiTokens", SUBJECT("the metadata of API tokens")},
    {"okta.appGrants", SUBJECT("the OAuth scope grants of apps")},
    {"okta.apps.interclientTrust", SUBJECT("the trust between native and web apps for single sign-on")},
    {"okta.apps", SUBJECT("app integrations, their users and groups")},
    {"okta.authenticators", SUBJECT("authenticators and their enrollments")},
    {"okta.authorizationServers", SUBJECT("custom authorization servers")},
    {"okta.behaviors", SUBJECT("behavior detection rules")},
    {"okta.botProtection", SUBJECT("bot protection settings")},
    {"okta.brands", SUBJECT("brands and themes")},
    {"okta.captchas", SUBJECT("CAPTCHA settings")},
    {"okta.customTelephonyProvider", SUBJECT("custom telephony provider credentials")},
    {"okta.deviceAssurance", SUBJECT("device assurance policies")},
    {"okta.deviceIntegrations", SUBJECT("device integrations")},
    {"okta.devicePostureChecks", SUBJECT("device posture checks")},
    {"okta.devices", SUBJECT("devices and their lifecycle")},
    {"okta.directories.groups", SUBJECT("AD and LDAP directory groups")},
    {"okta.domains", SUBJECT("custom domains")},
    {"okta.dr", SUBJECT("disaster recovery status and failover")},
    {"okta.emailDomains", SUBJECT("email domains")},
    {"okta.emailServers", SUBJECT("custom email (SMTP) servers")},
    {"okta.eventHooks", SUBJECT("event hooks")},
    {"okta.features", SUBJECT("org features")},
    {"okta.groups", SUBJECT("groups and their members")},
    {"okta.identitySources", SUBJECT("custom identity sources and their import sessions")},
    {"okta.idps", SUBJECT("identity providers")},
    {"okta.inlineHooks", SUBJECT("inline hooks")},
    {"okta.linkedObjects", SUBJECT("linked object definitions")},
    {"okta.logStreams", SUBJECT("log streams")},
    {"okta.logs", SUBJECT("the System Log"), Levels::ReadOnly},
    {"okta.networkZones", SUBJECT("network zones")},
    {"okta.oauthIntegrations", SUBJECT("API service integrations")},
    {"okta.orgs", SUBJECT("org settings")},
    {"okta.personal.adminSettings", SUBJECT("the signed-in admin's own settings")},
    {"okta.policies", SUBJECT("policies and their rules")},
    {"okta.principalRateLimits", SUBJECT("the rate limit shares of tokens and apps")},
    {"okta.profileMappings", SUBJECT("profile mappings")},
    {"okta.pushProviders", SUBJECT("push notification providers (APNs, FCM)")},
    {"okta.rateLimits", SUBJECT("rate limit settings")},
    {"okta.realmAssignments", SUBJECT("realm assignments")},
    {"okta.realms", SUBJECT("realms")},
    {"okta.roles", SUBJECT("admin role assignments and custom roles")},
    {"okta.schemas", SUBJECT("user, group and app profile schemas")},
    {"okta.securityEventsProviders", SUBJECT("security events providers")},
    {"okta.serviceAccounts", SUBJECT("the service accounts of apps")},
    {"okta.serviceAccounts.okta", SUBJECT("Okta user accounts managed as service accounts")},
    {"okta.sessions", SUBJECT("user sessions")},
    {"okta.templates", SUBJECT("SMS and email templates")},
    {"okta.threatInsights", SUBJECT("ThreatInsight settings")},
    {"okta.trustedOrigins", SUBJECT("trusted origins")},
    {"okta.uischemas", SUBJECT("UI schemas")},
    {"okta.userRisk", SUBJECT("the risk levels of users")},
    {"okta.userTypes", SUBJECT("user types")},
    {"okta.users", SUBJECT("users, their profiles, credentials and lifecycle")},
    {"ssf", SUBJECT("Shared Signals Framework streams")},
};

// The Identity Governance spec's scopes.
constexpr Resource governance[] = {
    {"okta.governance.accessCertifications", SUBJECT("access certification campaigns and their reviews")},
    {"okta.governance.accessRequests", SUBJECT("access requests and their settings")},
    {"okta.governance.collections", SUBJECT("resource collections")},
    {"okta.governance.entitlements", SUBJECT("entitlements and their assignments")},
    {"okta.governance.labels", SUBJECT("governance labels")},
    {"okta.governance.principalSettings", SUBJECT("the governance settings of users")},
    {"okta.governance.resourceOwner", SUBJECT("resource owners")},
    {"okta.governance.reviewer", SUBJECT("the reviews assigned to reviewers")},
    {"okta.governance.riskRule", SUBJECT("risk rules (separation of duties)")},
    {"okta.governance.settings", SUBJECT("governance settings")},
    {"okta.governance.securityAccessReviews.admin", SUBJECT("security access reviews, as their admin")},
    {"okta.governance.securityAccessReviews.endUser", SUBJECT("security access reviews, as a reviewer")},
    {"okta.governance.delegates", SUBJECT("governance delegates"), Levels::ReadOnly},
    {"okta.governance.operations", SUBJECT("the status of governance operations"), Levels::ReadOnly},
    {"okta.accessRequests.catalog", SUBJECT("the access request catalog"), Levels::ReadOnly},
    {"okta.accessRequests.condition", SUBJECT("access request conditions")},
    {"okta.accessRequests.request", SUBJECT("the access requests users make")},
    {"okta.accessRequests.tasks", SUBJECT("access request tasks")},
};

// Scopes described as a whole: the OAuth spec's (OIDC and okta.*), and the default list's
// names that no current spec carries any more.
struct Single {
    const char *name;
    ScopeInfo::Access access;
    const char *text;
    bool inCatalogue = true;
};

constexpr Single singles[] = {
    {"openid", ScopeInfo::Access::Oidc, SUBJECT("Marks a sign-in as OpenID Connect; Okta requires it")},
    {"profile", ScopeInfo::Access::Oidc,
     SUBJECT("The user's default profile claims (name, locale, time zone and the like)")},
    {"email", ScopeInfo::Access::Oidc, SUBJECT("The user's email address claims")},
    {"phone", ScopeInfo::Access::Oidc, SUBJECT("The user's phone number claims")},
    {"address", ScopeInfo::Access::Oidc, SUBJECT("The user's postal address claim")},
    {"groups", ScopeInfo::Access::Oidc, SUBJECT("The claim listing the user's groups")},
    {"offline_access", ScopeInfo::Access::Oidc,
     SUBJECT("A refresh token, so a connection stays signed in without asking again")},
    {"device_sso", ScopeInfo::Access::Oidc, SUBJECT("A device secret for single sign-on across native apps")},
    {"okta.clients.read", ScopeInfo::Access::Read, SUBJECT("Read the OAuth clients registered in the org")},
    {"okta.clients.manage", ScopeInfo::Access::Manage, SUBJECT("Create, change and delete OAuth clients")},
    {"okta.clients.register", ScopeInfo::Access::Manage,
     SUBJECT("Register new OAuth clients (dynamic client registration)")},
    {"okta.universalLogout.manage", ScopeInfo::Access::Manage,
     SUBJECT("Sign a user out everywhere: end their sessions and revoke their tokens")},
    {"okta.workflows.invoke.manage", ScopeInfo::Access::Manage,
     SUBJECT("Start Workflows flows that are protected by OAuth 2.0")},
    {"okta.events.read", ScopeInfo::Access::Read,
     SUBJECT("Read events through the Events API, which the System Log replaced"), false},
    {"okta.factors.read", ScopeInfo::Access::Read, SUBJECT("Read the MFA factors users enrolled"), false},
    {"okta.factors.manage", ScopeInfo::Access::Manage,
     SUBJECT("Enroll, reset and delete the MFA factors of users"), false},
};

#undef SUBJECT

void addResources(QHash<QString, Entry> &out, const Resource *begin, const Resource *end) {
    for (const Resource *r = begin; r != end; ++r) {
        const QString stem = QLatin1String(r->stem);
        out.insert(stem + QLatin1String(".read"), {ScopeInfo::Access::Read, r->subject, nullptr, true});
        if (r->levels == Levels::ReadManage)
            out.insert(stem + QLatin1String(".manage"),
                       {ScopeInfo::Access::Manage, r->subject, nullptr, true});
    }
}

} // namespace

const QStringList &defaultList() {
    static const QStringList scopes = [] {
        const char *const names[] = {
            "openid",
            "profile",
            "email",
            "phone",
            "address",
            "groups",
            "offline_access",
            "okta.apps.manage",
            "okta.apps.read",
            "okta.clients.manage",
            "okta.clients.read",
            "okta.clients.register",
            "okta.deviceAssurance.manage",
            "okta.deviceAssurance.read",
            "okta.devices.manage",
            "okta.devices.read",
            "okta.eventHooks.manage",
            "okta.eventHooks.read",
            "okta.events.read",
            "okta.factors.manage",
            "okta.factors.read",
            "okta.governance.accessCertifications.manage",
            "okta.governance.accessCertifications.read",
            "okta.governance.accessRequests.manage",
            "okta.governance.accessRequests.read",
            "okta.governance.entitlements.manage",
            "okta.governance.entitlements.read",
            "okta.groups.manage",
            "okta.groups.read",
            "okta.identitySources.manage",
            "okta.identitySources.read",
            "okta.idps.manage",
            "okta.idps.read",
            "okta.inlineHooks.manage",
            "okta.inlineHooks.read",
            "okta.linkedObjects.manage",
            "okta.linkedObjects.read",
            "okta.logs.read",
            "okta.networkZones.manage",
            "okta.networkZones.read",
            "okta.policies.manage",
            "okta.policies.read",
            "okta.roles.manage",
            "okta.roles.read",
            "okta.schemas.manage",
            "okta.schemas.read",
            "okta.trustedOrigins.manage",
            "okta.trustedOrigins.read",
            "okta.users.manage",
            "okta.users.read",
            "okta.workflows.invoke.manage",
        };
        QStringList all;
        for (const char *name : names)
            all.append(QLatin1String(name));
        return all;
    }();
    return scopes;
}

const QHash<QString, Entry> &entries() {
    static const QHash<QString, Entry> table = [] {
        QHash<QString, Entry> out;
        addResources(out, std::begin(management), std::end(management));
        addResources(out, std::begin(governance), std::end(governance));
        for (const Single &s : singles)
            out.insert(QLatin1String(s.name), {s.access, nullptr, s.text, s.inCatalogue});
        return out;
    }();
    return table;
}

} // namespace okta::scopedata

#include "scopecatalog.h"

namespace okta {

const QStringList &ScopeCatalog::autoGrantedScopes() {
    static const QStringList scopes = {
        QStringLiteral("openid"),         QStringLiteral("profile"), QStringLiteral("email"),
        QStringLiteral("phone"),          QStringLiteral("address"), QStringLiteral("groups"),
        QStringLiteral("offline_access"),
    };
    return scopes;
}

bool ScopeCatalog::isAutoGranted(const QString &scopeId) {
    // Scope ids are case-sensitive at Okta, but a protected scope must never slip through
    // on a case variant, so compare without case.
    for (const QString &s : autoGrantedScopes())
        if (s.compare(scopeId.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

const QStringList &ScopeCatalog::defaultScopes() {
    static const QStringList scopes = [] {
        QStringList all = autoGrantedScopes();
        const char *const managed[] = {
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
        for (const char *s : managed)
            all.append(QLatin1String(s));
        return all;
    }();
    return scopes;
}

QList<ScopeCatalog::Feature> ScopeCatalog::features() {
    // What each feature calls. `.manage` covers `.read` at Okta, but both are asked for so
    // that an admin who grants only the read scope still gets the read-only parts.
    return {
        // Scopes page: lists OAuth apps and grants or revokes their okta.* scopes.
        {tr("App scopes"),
         {QStringLiteral("okta.apps.read"), QStringLiteral("okta.appGrants.read"),
          QStringLiteral("okta.appGrants.manage")}},
        // System Log page: queries and streams /api/v1/logs.
        {tr("System Log"), {QStringLiteral("okta.logs.read")}},
        // Directory page: users and groups, group membership, bulk attribute edits.
        {tr("Directory"),
         {QStringLiteral("okta.users.read"), QStringLiteral("okta.users.manage"),
          QStringLiteral("okta.groups.read"), QStringLiteral("okta.groups.manage")}},
        // Verification (is the account a super admin?) and admin role assignment.
        {tr("Admin roles"), {QStringLiteral("okta.roles.read"), QStringLiteral("okta.roles.manage")}},
        // Service-account onboarding (core/onboarding): creates the user, assigns it an admin
        // role and an app, reads each back, and undoes them on request.
        {tr("Service accounts"),
         {QStringLiteral("okta.users.read"), QStringLiteral("okta.users.manage"),
          QStringLiteral("okta.roles.read"), QStringLiteral("okta.roles.manage"),
          QStringLiteral("okta.apps.read"), QStringLiteral("okta.apps.manage")}},
    };
}

const QStringList &ScopeCatalog::signInScopes() {
    static const QStringList scopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
    return scopes;
}

QStringList ScopeCatalog::requestedScopes(Access access) {
    QStringList scopes = signInScopes();
    for (const Feature &feature : features())
        for (const QString &scope : feature.scopes)
            if (!scopes.contains(scope) &&
                (access == Access::ReadWrite || scope.endsWith(QLatin1String(".read"))))
                scopes.append(scope);
    return scopes;
}

} // namespace okta

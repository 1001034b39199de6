#include "scopeaccess.h"

#include "core/profiles/profilestore.h"

namespace okta {

ScopeAccess ScopeAccess::unscoped() {
    return {};
}

ScopeAccess ScopeAccess::granted(const QStringList &grantedScopes) {
    ScopeAccess access;
    access.m_scoped = true;
    access.m_granted = grantedScopes;
    return access;
}

ScopeAccess ScopeAccess::forProfile(const Profile &profile) {
    return profile.authMethod == AuthMethod::ApiToken ? unscoped() : granted(profile.scopes);
}

bool ScopeAccess::covers(const QString &scope) const {
    if (!m_scoped || m_granted.contains(scope))
        return true;
    const QString manage =
        ScopeCatalog::info(scope).access == ScopeInfo::Access::Read && scope.endsWith(QLatin1String(".read"))
            ? scope.chopped(5) + QLatin1String(".manage")
            : QString();
    return !manage.isEmpty() && m_granted.contains(manage);
}

QStringList ScopeAccess::missing(WriteFeature feature) const {
    QStringList lacking;
    for (const QString &scope : ScopeCatalog::writeNeed(feature).scopes)
        if (!covers(scope))
            lacking.append(scope);
    return lacking;
}

QList<WriteFeature> ScopeAccess::turnedOn() const {
    QList<WriteFeature> on;
    for (const ScopeCatalog::WriteNeed &need : ScopeCatalog::writeNeeds())
        if (allows(need.feature))
            on.append(need.feature);
    return on;
}

QStringList ScopeAccess::scopesToTurnOn(WriteFeature feature) const {
    QList<WriteFeature> features = m_scoped ? turnedOn() : QList<WriteFeature>();
    if (!features.contains(feature))
        features.append(feature);
    return ScopeCatalog::requestedScopes(features);
}

} // namespace okta

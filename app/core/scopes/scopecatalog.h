#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace okta {

// The Okta connector's scopes. The asterisked OIDC scopes are granted automatically and
// a connection breaks if any is revoked, so every layer refuses to revoke them.
class ScopeCatalog {
    Q_DECLARE_TR_FUNCTIONS(okta::ScopeCatalog)
public:
    // openid, profile, email, phone, address, groups, offline_access.
    static const QStringList &autoGrantedScopes();
    static bool isAutoGranted(const QString &scopeId);
    // The connector's default list, in the order the guidance shows it (auto-granted first).
    static const QStringList &defaultScopes();
};

} // namespace okta

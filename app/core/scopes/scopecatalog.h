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

    // The okta.* scopes one OktaDesk feature calls.
    struct Feature {
        QString name; // translated
        QStringList scopes;
    };
    static QList<Feature> features();
    // What a sign-in itself needs: openid (the org AS requires it) and offline_access (a
    // refresh token).
    static const QStringList &signInScopes();
    enum class Access { ReadWrite, ReadOnly };
    // What OktaDesk asks for at sign-in: signInScopes(), then every feature's scopes once,
    // in a stable order. ReadOnly keeps only the .read scopes (the CLI reads, never writes).
    static QStringList requestedScopes(Access access = Access::ReadWrite);
};

} // namespace okta

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace okta {

// The OktaDesk features that change the org. Each needs manage scopes that a sign-in asks
// for only once the admin turns the feature on (and reauthorizes); reading needs none of
// them. ScopeAccess (core/profiles/scopeaccess.h) says which are on for a connection.
enum class WriteFeature {
    ScopeGrants,     // the Scopes page and `scopes grant/revoke`: okta.appGrants.manage
    Onboarding,      // service accounts: create the user, make it super admin, assign the app
    GroupAttributes, // the bulk update of a custom attribute on a user's groups
};

// One OAuth scope as OktaDesk describes it.
struct ScopeInfo {
    enum class Access { Read, Manage, Oidc };
    QString name;
    QString description; // ours, translated; empty for a name nobody lists
    Access access = Access::Read;
    bool autoGranted = false;        // asterisked in the connector's default list: never revoked
    bool inDefaultList = false;      // on the connector's default list
    bool inCatalogue = false;        // named by Okta's current specs
    bool limitedEarlyAccess = false; // okta.workflows.invoke.manage

    // On the default list, but Okta's current specs no longer name it.
    bool isLegacy() const { return inDefaultList && !inCatalogue; }
    bool isKnown() const { return inDefaultList || inCatalogue; }
    // For okta.<resource>.manage, the read scope it includes; empty otherwise.
    QString includedReadScope() const;
};

// The home of scope facts: the Okta connector's default scope list (as the guidance page
// gives it, with the auto-granted OIDC scopes every layer refuses to revoke), Okta's current
// scope catalogue with our descriptions, what each OktaDesk feature needs, and what a
// sign-in asks for.
class ScopeCatalog {
    Q_DECLARE_TR_FUNCTIONS(okta::ScopeCatalog)
public:
    // openid, profile, email, phone, address, groups, offline_access.
    static const QStringList &autoGrantedScopes();
    static bool isAutoGranted(const QString &scopeId);
    // The connector's default list: 51 scopes in the guidance page's order.
    static const QStringList &defaultScopes();
    // Every scope Okta's current specs name (management, OAuth, governance), sorted.
    static const QStringList &catalogueScopes();
    // Any name: a known scope with its facts, or an unknown one with only its name and the
    // access its suffix implies.
    static ScopeInfo info(const QString &scopeId);
    static QString accessName(ScopeInfo::Access access);

    // The scope a refusal names: a 403 whose WWW-Authenticate says
    // error="insufficient_scope", scope="okta.logs.read". Empty for any other result.
    static QString missingScope(int httpStatus, const QByteArray &wwwAuthenticate);

    // What the read-only parts of each feature call; a sign-in always asks for them.
    struct Feature {
        QString name; // translated
        QStringList scopes;
    };
    static QList<Feature> features();
    // What a write feature needs, and the sentence saying why, for the admin turning it on.
    struct WriteNeed {
        WriteFeature feature;
        QString name; // translated
        QString why;  // translated
        QStringList scopes;
    };
    static QList<WriteNeed> writeNeeds();
    static WriteNeed writeNeed(WriteFeature feature);
    // What a sign-in itself needs: openid (the org AS requires it) and offline_access (a
    // refresh token).
    static const QStringList &signInScopes();
    // What OktaDesk asks for at sign-in: signInScopes(), every feature's read scopes, and
    // the manage scopes of the write features turned on, each once, in a stable order.
    static QStringList requestedScopes(const QList<WriteFeature> &turnedOn = {});
};

} // namespace okta

Q_DECLARE_METATYPE(okta::WriteFeature)

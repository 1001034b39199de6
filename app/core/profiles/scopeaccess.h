#pragma once

#include "core/scopes/scopecatalog.h"

#include <QList>
#include <QStringList>

namespace okta {

struct Profile;

// What a connection's credential may change, from the scopes Okta granted its token. A
// sign-in asks for the read scopes only; a write feature is on once its manage scopes are
// granted, which takes a reauthorization that asks for them (scopesToTurnOn()). An API
// token carries no scopes and acts with its admin's rights: it allows every feature.
//
//     const ScopeAccess access = ScopeAccess::forProfile(profile);
//     if (!access.allows(WriteFeature::GroupAttributes))
//         offer(ScopeCatalog::writeNeed(WriteFeature::GroupAttributes).why,
//               access.scopesToTurnOn(WriteFeature::GroupAttributes)); // reauthorize with these
class ScopeAccess {
public:
    // An API token (or no credential known yet): nothing is scoped.
    static ScopeAccess unscoped();
    // An OAuth token that carries `grantedScopes`.
    static ScopeAccess granted(const QStringList &grantedScopes);
    // A saved profile: its method and the scopes its last sign-in was granted.
    static ScopeAccess forProfile(const Profile &profile);

    bool isScoped() const { return m_scoped; }
    QStringList grantedScopes() const { return m_granted; }
    // The token may call what `scope` guards (okta.x.manage covers okta.x.read).
    bool covers(const QString &scope) const;
    bool allows(WriteFeature feature) const { return missing(feature).isEmpty(); }
    // The manage scopes `feature` needs that the token lacks.
    QStringList missing(WriteFeature feature) const;
    // The write features whose scopes the token carries (all of them when unscoped).
    QList<WriteFeature> turnedOn() const;
    // What the reauthorization that turns `feature` on asks for: the read scopes, the
    // manage scopes of the features already on, and those of `feature`.
    QStringList scopesToTurnOn(WriteFeature feature) const;

    friend bool operator==(const ScopeAccess &, const ScopeAccess &) = default;

private:
    bool m_scoped = false;
    QStringList m_granted;
};

} // namespace okta

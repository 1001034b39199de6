#pragma once

#include "core/secrets/secret.h"

#include <QCoreApplication>
#include <QString>

namespace okta {

// A profile's secret is tied to the org it was issued for: each keychain entry holds the
// normalised domain next to the secret ("OKD1 <domain>\n<secret>"). The domain in the
// settings file is only a name a person (or another program) can edit; before a secret
// leaves the keychain for a request, the domain sealed with it must be the profile's, or
// nothing is sent (a settings file pointed at another host would otherwise receive the
// super admin's credential with the next command).
class OrgBinding {
    Q_DECLARE_TR_FUNCTIONS(okta::OrgBinding)
public:
    // The entry to store: `domain` (OrgDomain::normalise()d host) and the secret.
    static Secret seal(const QString &domain, const Secret &secret);

    struct Opened {
        Secret secret;  // empty unless ok
        QString domain; // the org the secret belongs to; empty for an entry without one
        bool ok = false;
        QString problem; // translated, names no secret; empty when ok
    };
    // The secret of `entry` when it was sealed for `expectedDomain`; otherwise !ok and a
    // problem that names both orgs (or says the entry names none).
    static Opened open(const Secret &entry, const QString &expectedDomain);
};

} // namespace okta

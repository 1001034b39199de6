#include "orgbinding.h"

#include "core/auth/orgdomain.h"

namespace okta {

namespace {
constexpr QByteArrayView kMagic("OKD1 ");
} // namespace

Secret OrgBinding::seal(const QString &domain, const Secret &secret) {
    const QByteArray head = kMagic.toByteArray() + domain.toUtf8() + QByteArrayView("\n");
    return Secret::withPrefix(head, secret);
}

OrgBinding::Opened OrgBinding::open(const Secret &entry, const QString &expectedDomain) {
    Opened opened;
    const QByteArrayView bytes = entry.view();
    const qsizetype newline = bytes.indexOf('\n');
    if (!bytes.startsWith(kMagic) || newline < 0) {
        opened.problem = tr("The keychain entry does not say which org it belongs to (it was saved by an "
                            "older OktaDesk or by another program), so OktaDesk will not send it anywhere. "
                            "Reauthorize the profile, or add it again.");
        return opened;
    }
    opened.domain = QString::fromUtf8(bytes.sliced(kMagic.size(), newline - kMagic.size()));
    if (opened.domain != expectedDomain) {
        // Only a well-formed host is repeated back: the settings file is anyone's to edit.
        const OrgDomainResult named = OrgDomain::normalise(expectedDomain);
        const QString shown = named.ok() && named.host == expectedDomain ? expectedDomain : tr("another org");
        opened.problem = tr("The profile's settings name %1, but its secrets in the keychain belong to %2. "
                            "OktaDesk will not send them to %1. If the settings were changed on purpose, "
                            "add the profile again for that org.")
                             .arg(shown, opened.domain);
        return opened;
    }
    opened.secret = Secret(bytes.sliced(newline + 1));
    opened.ok = true;
    return opened;
}

} // namespace okta

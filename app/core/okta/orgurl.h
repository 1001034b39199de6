#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace okta {

// The one rule for where OktaDesk may send a credential: https to a real host on the
// standard port; plain http, on any port, only to this computer (127.0.0.0/8, ::1 and
// localhost), where the demo org runs. OrgDomain builds base URLs with it and OktaClient
// checks every request against it.
class OrgUrl {
    Q_DECLARE_TR_FUNCTIONS(okta::OrgUrl)
public:
    // localhost, a dotted-quad 127.x.y.z, or ::1 (bracketed or not). Typed shorthands such
    // as "127.1" are not (OrgDomain then rejects them as IP addresses); a QUrl host is
    // already in the dotted-quad form.
    static bool isLoopbackHost(QStringView host);
    // https://authority, or http://authority for a loopback host. `authority` is a host,
    // with ":port" only for loopback.
    static QUrl forAuthority(const QString &authority, bool loopback);
    // Why `url` cannot be an org's base URL, or empty when it can: no user info, path,
    // query or fragment; https, or http only to a loopback host; no port on a real host.
    static QString problem(const QUrl &url);
};

} // namespace okta

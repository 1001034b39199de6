#pragma once

#include <QCoreApplication>
#include <QString>

namespace oktadesk {

// What the status bar says about the current connection. Filled in by the composition
// root; the UI only displays it.
struct ConnectionInfo {
    Q_DECLARE_TR_FUNCTIONS(oktadesk::ConnectionInfo)

public:
    QString orgHost;    // "acme.okta.com", or "127.0.0.1:8443" for the demo org
    QString userLogin;  // the signed-in admin, e.g. "admin@acme.com"
    QString methodText; // translated: "API token", "OAuth (PKCE)", …
    QString error;      // why the last connection attempt failed; empty when it did not
    // What will not work with this account (okta::WhoAmI::superAdminWarning()); empty for a
    // super admin.
    QString accountWarning;
    bool isDemo = false;
    bool connected = false;
    bool connecting = false;

    // One translated line for the status bar.
    QString statusText() const;

    friend bool operator==(const ConnectionInfo &, const ConnectionInfo &) = default;
};

} // namespace oktadesk

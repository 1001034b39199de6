#include "scopespage.h"

#include "resources/resources.h"

namespace oktadesk {

ScopesPage::ScopesPage(QWidget *parent)
    : Page(QIcon(navigationIconPath(QStringLiteral("scopes"))), parent) {
    setObjectName(QStringLiteral("scopesPage"));
    setTexts(tr("Scopes"),
             tr("Review which Okta management API scopes the Okta Workflows OAuth app has been granted. "
                "Grant the scopes a flow needs from the catalogue and revoke the ones it no longer uses; the "
                "OpenID Connect scopes Okta grants automatically are listed but cannot be revoked."),
             tr("Connect to an org to see the Okta Workflows OAuth app's scope grants."),
             tr("Viewing and editing scope grants arrives in a later version of OktaDesk."));
}

} // namespace oktadesk

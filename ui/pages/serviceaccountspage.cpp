#include "serviceaccountspage.h"

#include "resources/resources.h"

namespace oktadesk {

ServiceAccountsPage::ServiceAccountsPage(QWidget *parent)
    : Page(QIcon(navigationIconPath(QStringLiteral("serviceaccounts"))), parent) {
    setObjectName(QStringLiteral("serviceAccountsPage"));
    setTexts(tr("Service accounts"),
             tr("Onboarding a service account (create the user, make it a super admin, assign it to the app, "
                "and roll back if a step fails) arrives in a later version of OktaDesk."),
             tr("Connect to an org to onboard service accounts."),
             tr("Onboarding service accounts arrives in a later version of OktaDesk."));
}

} // namespace oktadesk

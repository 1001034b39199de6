#include "serviceaccountspage.h"

#include "resources/resources.h"

namespace oktadesk {

ServiceAccountsPage::ServiceAccountsPage(QWidget *parent)
    : Page(QIcon(navigationIconPath(QStringLiteral("serviceaccounts"))), parent) {
    setObjectName(QStringLiteral("serviceAccountsPage"));
    setTexts(tr("Service accounts"),
             tr("Create a service account user, give it an admin role and assign it to an app in one guided "
                "step. If a step fails, the steps before it are rolled back, so nothing is left half done."),
             tr("Connect to an org to onboard service accounts."),
             tr("Onboarding service accounts arrives in a later version of OktaDesk."));
}

} // namespace oktadesk

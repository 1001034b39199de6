#include "directorypage.h"

#include "resources/resources.h"

namespace oktadesk {

DirectoryPage::DirectoryPage(QWidget *parent)
    : Page(QIcon(navigationIconPath(QStringLiteral("directory"))), parent) {
    setObjectName(QStringLiteral("directoryPage"));
    setTexts(tr("Users & Groups"),
             tr("Find users and groups, see which groups a user belongs to, and change an attribute on many "
                "groups in one step."),
             tr("Connect to an org to browse its users and groups."),
             tr("Browsing users and groups arrives in a later version of OktaDesk."));
}

} // namespace oktadesk

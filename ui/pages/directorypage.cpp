#include "directorypage.h"

#include "core/values/page.h"
#include "models/usertablemodel.h"
#include "resources/resources.h"

#include <QTableView>

namespace oktadesk {

DirectoryPage::DirectoryPage(QWidget *parent)
    : TablePage(QIcon(navigationIconPath(QStringLiteral("directory"))), parent)
    , m_model(new UserTableModel(this)) {
    setObjectName(QStringLiteral("directoryPage"));
    setTexts(tr("Users & Groups"),
             tr("The org's first users, read-only. Groups, a user's groups and changing an attribute on many "
                "groups in one step arrive in a later version."),
             tr("Connect to an org to browse its users and groups."), tr("This org has no users."));
    setSourceModel(m_model, QStringLiteral("userTable"), tr("This org has no users."));
    const QFontMetrics metrics = tableView()->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth() + 12;
    setColumnWidths({metrics.horizontalAdvance(QStringLiteral("alexandria.montgomery@example.com")) + padding,
                     metrics.horizontalAdvance(QStringLiteral("Alexandria Montgomery")) + padding,
                     metrics.horizontalAdvance(QStringLiteral("Pending activation")) + padding,
                     metrics.horizontalAdvance(QStringLiteral("Customer Success")) + padding});
    // Okta's order until the user sorts: the first 200 of a larger directory.
    sortBy(-1);
}

void DirectoryPage::feedPage(const okta::Page &page) {
    m_model->appendRows(page.rows<okta::User>());
}

void DirectoryPage::setMoreAvailable(bool more) {
    setNote(more ? tr("Showing the first %1 users — more are available").arg(m_model->rowCount())
                 : QString());
}

void DirectoryPage::clearRows() {
    m_model->clear();
}

} // namespace oktadesk

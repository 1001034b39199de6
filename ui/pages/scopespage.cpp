#include "scopespage.h"

#include "core/values/page.h"
#include "models/granttablemodel.h"
#include "resources/resources.h"

#include <QTableView>

namespace oktadesk {

ScopesPage::ScopesPage(QWidget *parent)
    : TablePage(QIcon(navigationIconPath(QStringLiteral("scopes"))), parent)
    , m_model(new GrantTableModel(this)) {
    setObjectName(QStringLiteral("scopesPage"));
    setTexts(
        tr("Scopes"),
        tr("The Okta management API scopes the Okta Workflows OAuth app has been granted, read-only; the "
           "OpenID Connect scopes Okta grants automatically are listed but can never be revoked. Granting "
           "and revoking scopes arrive in a later version."),
        tr("Connect to an org to see the Okta Workflows OAuth app's scope grants."),
        tr("The Okta Workflows OAuth app has no scope grants."));
    setSourceModel(m_model, QStringLiteral("grantTable"),
                   tr("The Okta Workflows OAuth app has no scope grants."));
    const QFontMetrics metrics = tableView()->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth() + 12;
    setColumnWidths({metrics.horizontalAdvance(QStringLiteral("okta.appGrants.manage.extra")) + padding + 22,
                     metrics.horizontalAdvance(QStringLiteral("Granted")) + 2 * padding,
                     metrics.horizontalAdvance(QStringLiteral("Source")) + 2 * padding});
    // Okta lists the auto-granted OIDC scopes first; keep that order until the user sorts.
    sortBy(-1);
}

void ScopesPage::feedPage(const okta::Page &page) {
    m_model->appendRows(page.rows<okta::ScopeGrant>());
    // Say once what the lock means, when there is one to see.
    const QModelIndexList locked =
        m_model->match(m_model->index(0, GrantTableModel::Scope), LockedRole, true, 1);
    if (!locked.isEmpty())
        setNote(tr("Scopes with a lock are granted automatically by Okta and cannot be revoked."));
}

void ScopesPage::clearRows() {
    m_model->clear();
}

} // namespace oktadesk

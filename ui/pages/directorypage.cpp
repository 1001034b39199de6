#include "directorypage.h"

#include "resources/resources.h"
#include "ui/directory/groupattributedialog.h"
#include "ui/directory/listpanels.h"
#include "ui/directory/userdetailpane.h"
#include "ui/featuregate.h"

#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace oktadesk {

DirectoryPage::DirectoryPage(QWidget *parent)
    : Page(QIcon(navigationIconPath(QStringLiteral("directory"))), parent) {
    setObjectName(QStringLiteral("directoryPage"));
    setTexts(tr("Users & Groups"),
             tr("Search the org's users and groups, the first 200 or every one. Double-click a user for "
                "their profile, admin roles and groups, and set one group attribute on all of their groups."),
             tr("Connect to an org to browse its users and groups."), tr("This org has no users."));

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("directoryContent"));
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("directoryTabs"));
    m_tabs->setDocumentMode(true);

    auto *splitter = new QSplitter(Qt::Horizontal, m_tabs);
    splitter->setObjectName(QStringLiteral("usersSplitter"));
    m_users = new UsersPanel(splitter);
    m_detail = new UserDetailPane(splitter);
    splitter->addWidget(m_users);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_groups = new GroupsPanel(m_tabs);
    m_tabs->addTab(splitter, tr("Users"));
    m_tabs->addTab(m_groups, tr("Groups"));

    // The bulk group attribute update changes groups: okta.groups.manage.
    FeatureGate *gate = addFeatureGate(okta::WriteFeature::GroupAttributes, m_content);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(gate);
    layout->addWidget(m_tabs);
    bodyLayout()->addWidget(m_content, 1);
    m_content->setVisible(false);

    connect(m_tabs, &QTabWidget::currentChanged, this, &DirectoryPage::checkGroupsShown);
}

void DirectoryPage::featureAllowed(bool allowed) {
    m_detail->setBulkUpdateAllowed(allowed);
}

void DirectoryPage::checkGroupsShown() {
    if (m_tabs->currentIndex() == GroupsTab && !m_groupsShown && isConnected()) {
        m_groupsShown = true;
        Q_EMIT groupsFirstShown();
    }
}

void DirectoryPage::setConnected(bool connected) {
    Page::setConnected(connected);
    setEmptyStateVisible(!connected);
    m_content->setVisible(connected);
}

void DirectoryPage::reset() {
    m_users->reset();
    m_groups->reset();
    m_detail->clear();
    m_groupsShown = false;
}

GroupAttributeDialog *DirectoryPage::openGroupAttributeDialog(const QString &userId,
                                                              const QString &userLogin) {
    auto *dialog = new GroupAttributeDialog(userId, userLogin, window());
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

} // namespace oktadesk

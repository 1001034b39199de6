#include "userdetailpane.h"

#include "ui/pages/resultsview.h"

#include "core/values/page.h"
#include "core/values/textescape.h"
#include "models/grouptablemodel.h"
#include "models/modelformat.h"
#include "models/profileentrymodel.h"
#include "models/usertablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace oktadesk {

namespace {
QLabel *plainLabel(const char *name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // Okta's text is shown, never interpreted
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

UserDetailPane::UserDetailPane(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("userDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(createHeader());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_profileModel = new ProfileEntryModel(this);
    m_profileView = new QTableView(this);
    m_profileView->setObjectName(QStringLiteral("detailProfile"));
    m_profileView->setModel(m_profileModel);
    m_profileView->verticalHeader()->setVisible(false);
    m_profileView->horizontalHeader()->setStretchLastSection(true);
    m_profileView->horizontalHeader()->resizeSection(0, 170);
    m_profileView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_profileView->setWordWrap(false);
    m_tabs->addTab(createGroupsTab(), tr("Groups"));
    m_tabs->addTab(m_profileView, tr("Profile"));
    layout->addWidget(m_tabs, 1);
    // Until a user is chosen the list has the whole width.
    setVisible(false);
}

QWidget *UserDetailPane::createHeader() {
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    m_name = plainLabel("detailName", header);
    QFont bold = m_name->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    m_name->setFont(bold);
    auto *close = new QToolButton(header);
    close->setObjectName(QStringLiteral("detailClose"));
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close the user's detail"));
    connect(close, &QToolButton::clicked, this, &UserDetailPane::clear);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(close, 0, Qt::AlignTop);
    m_login = plainLabel("detailLogin", header);
    m_status = plainLabel("detailStatus", header);
    m_dates = plainLabel("detailDates", header);
    m_dates->setForegroundRole(QPalette::PlaceholderText);
    m_roles = plainLabel("detailRoles", header);
    m_error = plainLabel("detailError", header);
    m_error->setStyleSheet(QStringLiteral("color: #b01c12;"));
    m_error->setVisible(false);
    layout->addLayout(nameRow);
    for (QLabel *label : {m_login, m_status, m_dates, m_roles, m_error})
        layout->addWidget(label);
    return header;
}

QWidget *UserDetailPane::createGroupsTab() {
    auto *tab = new QWidget(this);
    m_groupsMode = new QComboBox(tab);
    m_groupsMode->setObjectName(QStringLiteral("detailGroupsMode"));
    m_groupsMode->setAccessibleName(tr("How many groups"));
    m_groupsMode->addItem(tr("First 200"), false);
    m_groupsMode->addItem(tr("All groups"), true);
    m_bulkButton = new QPushButton(tr("Set a group attribute on all these groups…"), tab);
    m_bulkButton->setObjectName(QStringLiteral("bulkUpdateButton"));
    m_bulkButton->setToolTip(tr("Sets one profile attribute on every group this user belongs to: a preview "
                                "first, then the update (needs the okta.groups.manage scope)"));
    m_bulkButton->setEnabled(false);
    m_groupsModel = new GroupTableModel(this);
    m_groups = new ResultsView(tab);
    m_groups->setSourceModel(m_groupsModel, QStringLiteral("detailGroups"), tr("The user is in no group."));
    m_groups->tableView()->horizontalHeader()->resizeSection(GroupTableModel::Name, 220);
    m_groups->tableView()->horizontalHeader()->resizeSection(GroupTableModel::Type, 90);
    // Okta's list of a user's groups carries no member counts (no expand=stats there).
    m_groups->tableView()->horizontalHeader()->setSectionHidden(GroupTableModel::Members, true);
    m_groups->sortBy(-1);

    auto *row = new QHBoxLayout;
    row->addWidget(m_groupsMode);
    row->addStretch(1);
    row->addWidget(m_bulkButton);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(row);
    layout->addWidget(m_groups, 1);

    connect(m_groupsMode, &QComboBox::activated, this, [this] {
        if (!m_user.id.isEmpty())
            Q_EMIT groupsRequested(m_user.id, allGroups());
    });
    connect(m_bulkButton, &QPushButton::clicked, this,
            [this] { Q_EMIT bulkUpdateRequested(m_user.id, m_user.login); });
    return tab;
}

bool UserDetailPane::allGroups() const {
    return m_groupsMode->currentData().toBool();
}

void UserDetailPane::clear() {
    m_user = {};
    m_profileModel->clear();
    m_groupsModel->clear();
    m_groups->resetStatus();
    m_groupsLoading = false;
    m_groupsFailed = false;
    updateBulkButton();
    setVisible(false);
}

void UserDetailPane::showUser(const okta::User &user) {
    clear();
    setVisible(true);
    m_roles->setText(tr("Admin roles: loading…"));
    fill(user);
}

void UserDetailPane::setUser(const okta::User &user) {
    if (user.id == m_user.id)
        fill(user);
}

void UserDetailPane::fill(const okta::User &user) {
    m_user = user;
    const QString name = user.displayName();
    m_name->setText(okta::escapeControls(name.isEmpty() ? user.login : name));
    m_login->setText(tr("%1 · ID %2").arg(okta::escapeControls(user.login), okta::escapeControls(user.id)));
    m_status->setText(tr("Status: %1").arg(okta::escapeControls(UserTableModel::statusText(user.status))));
    m_dates->setText(
        tr("Created %1 · Last login %2")
            .arg(modelformat::formatDateTimeMinutes(user.created),
                 user.lastLogin ? modelformat::formatDateTimeMinutes(user.lastLogin) : tr("never")));
    m_error->setVisible(false);
    m_profileModel->setEntries(okta::profileEntries(user.raw));
}

void UserDetailPane::setUserError(const QString &message) {
    m_error->setText(tr("The user could not be read again: %1").arg(message));
    m_error->setVisible(true);
}

void UserDetailPane::setRoles(const QList<okta::AdminRole> &roles, const QString &error) {
    if (!error.isEmpty()) {
        m_roles->setText(tr("Admin roles could not be read: %1").arg(error));
        return;
    }
    QStringList names;
    for (const okta::AdminRole &r : roles) {
        const QString label = okta::escapeControls(r.label.isEmpty() ? r.type : r.label);
        names.append(r.assignmentType == QLatin1String("GROUP") ? tr("%1 (through a group)").arg(label)
                                                                : label);
    }
    m_roles->setText(names.isEmpty() ? tr("Admin roles: none")
                                     : tr("Admin roles: %1").arg(names.join(QLatin1String(", "))));
}

void UserDetailPane::setProfileSchema(const okta::ProfileSchema &schema) {
    m_profileModel->setSchema(schema);
}

void UserDetailPane::groupsStarted() {
    m_groupsModel->clear();
    m_groups->resetStatus();
    m_groups->setLoading(true);
    m_groupsReceived = 0;
    m_groupsLoading = true;
    m_groupsFailed = false;
    updateBulkButton();
}

void UserDetailPane::groupsPage(const okta::Page &page) {
    QList<okta::Group> rows = page.rows<okta::Group>();
    m_groupsReceived += int(rows.size());
    if (!allGroups()) {
        const int room = std::max(0, FirstGroups - m_groupsModel->rowCount());
        if (rows.size() > room)
            rows.resize(room);
    }
    m_groupsModel->appendRows(rows);
}

void UserDetailPane::groupsEnded(const QString &error) {
    m_groupsLoading = false;
    m_groups->setLoading(false);
    if (!error.isEmpty())
        m_groups->setError(error);
    m_groupsFailed = !error.isEmpty();
    updateBulkButton();
    updateGroupsNote();
}

void UserDetailPane::setBulkUpdateAllowed(bool allowed) {
    m_bulkAllowed = allowed;
    updateBulkButton();
}

// Once the user's groups are read (the preview lists them again), and the token may change groups.
void UserDetailPane::updateBulkButton() {
    m_bulkButton->setEnabled(m_bulkAllowed && !m_user.id.isEmpty() && !m_groupsLoading && !m_groupsFailed);
}

void UserDetailPane::updateGroupsNote() {
    const int shown = m_groupsModel->rowCount();
    if (m_groupsReceived > shown)
        m_groups->setNote(
            tr("Showing the first %n groups — the user belongs to more; choose All groups", nullptr, shown));
    else if (shown > 0)
        m_groups->setNote(tr("Member of %n group(s)", nullptr, shown));
}

} // namespace oktadesk

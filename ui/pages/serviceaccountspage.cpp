#include "serviceaccountspage.h"

#include "core/okta/oktaclient.h"
#include "core/onboarding/adminaccounts.h"
#include "core/onboarding/onboardingsetup.h"
#include "core/values/textescape.h"
#include "resources/resources.h"
#include "ui/featuregate.h"
#include "ui/onboarding/onboardingwizard.h"
#include "ui/wizard/statusmessage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oktadesk {

using okta::AdminAccount;
using okta::AdminAccountsJob;

namespace {
enum Column { LoginColumn, NameColumn, StatusColumn, ServiceColumn, RolesColumn, ColumnCount };

QTableWidgetItem *cell(const QString &text) {
    // Okta's text, shown with control characters escaped.
    auto *item = new QTableWidgetItem(okta::escapeControls(text));
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(item->text());
    return item;
}
} // namespace

ServiceAccountsPage::ServiceAccountsPage(QWidget *parent)
    : Page(QIcon(navigationIconPath(QStringLiteral("serviceaccounts"))), parent) {
    setObjectName(QStringLiteral("serviceAccountsPage"));
    setTexts(
        tr("Service accounts"),
        tr("Everything done through a connection is attributed to the account that authorized it. Okta's "
           "guidance: let a dedicated service account with super admin rights authorize the Okta "
           "Workflows connection, not a person."),
        tr("Connect to an org to onboard service accounts."), QString());

    m_content = new QWidget(this);
    // Onboarding creates a user, assigns a role and an app: okta.users.manage and friends.
    FeatureGate *gate = addFeatureGate(okta::WriteFeature::Onboarding, m_content);
    m_onboard = new QPushButton(tr("Onboard a service account…"), m_content);
    m_onboard->setObjectName(QStringLiteral("onboardButton"));
    m_onboard->setDefault(true);
    auto *onboardText =
        new QLabel(tr("Creates the user, makes it an admin, assigns it to the app, checks each "
                      "step, and undoes them on request if one fails."),
                   m_content);
    onboardText->setWordWrap(true);
    auto *onboardRow = new QHBoxLayout;
    onboardRow->addWidget(m_onboard);
    onboardRow->addWidget(onboardText, 1);

    auto *heading = new QLabel(tr("Super admins in this org"), m_content);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_refresh = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this), tr("Refresh"),
                                m_content);
    m_refresh->setObjectName(QStringLiteral("refreshAdminsButton"));
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(heading, 1);
    headingRow->addWidget(m_refresh);

    m_adminsStatus = new StatusMessage(m_content);
    m_adminsStatus->setObjectName(QStringLiteral("adminsStatus"));
    m_table = new QTableWidget(0, ColumnCount, m_content);
    m_table->setObjectName(QStringLiteral("superAdminTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Status"), tr("Looks like"), tr("Admin roles")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RolesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setAlternatingRowColors(true);
    m_hint = new QLabel(tr("\u201cLooks like a service account\u201d is a hint from the login (svc-…) or the "
                           "profile attribute userType = service; OktaDesk cannot tell who signs in with an "
                           "account."),
                        m_content);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(gate);
    layout->addLayout(onboardRow);
    layout->addSpacing(8);
    layout->addLayout(headingRow);
    layout->addWidget(m_adminsStatus);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    bodyLayout()->addWidget(m_content, 1);
    m_content->setVisible(false);

    connect(m_onboard, &QPushButton::clicked, this, &ServiceAccountsPage::openWizard);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_admins)
            m_admins->load();
    });
}

ServiceAccountsPage::~ServiceAccountsPage() = default;

void ServiceAccountsPage::featureAllowed(bool allowed) {
    m_onboard->setEnabled(allowed);
}

OnboardingWizard *ServiceAccountsPage::wizard() const {
    return m_wizard;
}

void ServiceAccountsPage::setConnection(okta::OktaClient *client, const QString &adminLogin) {
    if (m_wizard)
        m_wizard->close();
    delete m_admins;
    m_admins = nullptr;
    m_client = client;
    m_adminLogin = adminLogin;
    setEmptyStateVisible(!client);
    m_content->setVisible(client != nullptr);
    m_table->setRowCount(0);
    if (!client)
        return;
    m_admins = new AdminAccountsJob(client, this);
    connect(m_admins, &AdminAccountsJob::changed, this, &ServiceAccountsPage::updateAdmins);
    m_admins->load();
}

void ServiceAccountsPage::openWizard() {
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (!m_client)
        return;
    auto *setup = new okta::OnboardingSetup(m_client, m_adminLogin);
    auto *wizard = new OnboardingWizard(setup, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // Adopted after the pages: the setup (and its job, which holds the password) outlives them.
    setup->setParent(wizard);
    connect(wizard, &OnboardingWizard::signInRequested, this, &ServiceAccountsPage::signInRequested);
    connect(wizard, &QWizard::finished, this, [this] {
        if (m_admins)
            m_admins->load();
    });
    m_wizard = wizard;
    wizard->open();
}

void ServiceAccountsPage::updateAdmins() {
    const AdminAccountsJob *job = m_admins;
    m_refresh->setEnabled(job && job->state() != AdminAccountsJob::State::Loading);
    if (!job)
        return;
    switch (job->state()) {
    case AdminAccountsJob::State::Idle:
    case AdminAccountsJob::State::Loading:
        m_adminsStatus->setMessage(StatusMessage::Kind::Busy, tr("Reading the org's admins…"));
        return;
    case AdminAccountsJob::State::Failed:
        m_table->setRowCount(0);
        m_adminsStatus->setMessage(StatusMessage::Kind::Error,
                                   tr("The org's admins could not be read: %1").arg(job->errorString()));
        return;
    case AdminAccountsJob::State::Ready:
        break;
    }
    QList<AdminAccount> supers;
    for (const AdminAccount &a : job->accounts())
        if (a.isSuperAdmin() || !a.error.isEmpty())
            supers << a;
    // Service accounts first, then Okta's order.
    std::stable_sort(supers.begin(), supers.end(), [](const AdminAccount &a, const AdminAccount &b) {
        return a.looksLikeServiceAccount() && !b.looksLikeServiceAccount();
    });
    m_table->setRowCount(int(supers.size()));
    int services = 0;
    for (int row = 0; row < supers.size(); ++row) {
        const AdminAccount &a = supers[row];
        const bool service = a.looksLikeServiceAccount();
        services += service ? 1 : 0;
        m_table->setItem(row, LoginColumn, cell(a.login.isEmpty() ? a.id : a.login));
        m_table->setItem(row, NameColumn, cell(a.name));
        m_table->setItem(row, StatusColumn, cell(a.status));
        m_table->setItem(row, ServiceColumn,
                         cell(!a.error.isEmpty() ? tr("unknown: %1").arg(a.error)
                              : service          ? tr("a service account")
                                                 : tr("a person")));
        m_table->setItem(row, RolesColumn, cell(a.roleTypes.join(QLatin1String(", "))));
    }
    QString text = tr("Super admins: %1. Looking like dedicated service accounts: %2.")
                       .arg(QLocale().toString(supers.size()), QLocale().toString(services));
    if (job->truncated())
        text +=
            QLatin1Char(' ') + tr("Only the first %1 admins were read.").arg(AdminAccountsJob::MaxAccounts);
    m_adminsStatus->setMessage(
        services == 0 ? StatusMessage::Kind::Warning : StatusMessage::Kind::Info,
        services == 0 ? text + QLatin1Char(' ') + tr("Onboard one to authorize the connection with.") : text);
}

} // namespace oktadesk

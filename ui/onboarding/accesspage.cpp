#include "accesspage.h"

#include "core/onboarding/applisting.h"
#include "core/onboarding/onboardingsetup.h"
#include "core/values/adminrole.h"
#include "core/values/textescape.h"
#include "ui/wizard/statusmessage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace oktadesk {

using okta::AppListing;
using okta::ServiceAccountRequest;

AccessPage::AccessPage(okta::OnboardingSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup) {
    setTitle(tr("Role and app"));
    setSubTitle(tr("What the account may do, and the app it signs in to."));

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    for (const QString &type : okta::AdminRole::standardTypes())
        m_role->addItem(type == QLatin1String("SUPER_ADMIN")
                            ? tr("%1 (required to authorize the connection)").arg(type)
                            : type,
                        type);
    m_roleWarning = new StatusMessage(this);
    m_roleWarning->setObjectName(QStringLiteral("roleWarning"));
    m_roleWarning->setBoxed(true);

    m_app = new QComboBox(this);
    m_app->setObjectName(QStringLiteral("appCombo"));
    m_app->setMinimumContentsLength(30);
    m_app->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reload =
        new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this), tr("Reload"), this);
    m_reload->setObjectName(QStringLiteral("reloadAppsButton"));
    m_reload->setAutoDefault(false);
    m_appStatus = new StatusMessage(this);
    m_appStatus->setObjectName(QStringLiteral("appStatus"));

    // A grid, not a form: the wrapped boxes under each field get their full height.
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(1, 1);
    grid->addWidget(label(tr("Admin &role:"), m_role), 0, 0);
    grid->addWidget(m_role, 0, 1, 1, 2);
    grid->addWidget(m_roleWarning, 1, 1, 1, 2);
    grid->addWidget(label(tr("&App:"), m_app), 2, 0);
    grid->addWidget(m_app, 2, 1);
    grid->addWidget(m_reload, 2, 2);
    grid->addWidget(m_appStatus, 3, 1, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addStretch(1);

    connect(m_role, &QComboBox::activated, this, &AccessPage::storeRole);
    connect(m_app, &QComboBox::activated, this, &AccessPage::storeApp);
    connect(m_reload, &QPushButton::clicked, setup->apps(), &AppListing::load);
    connect(setup->apps(), &AppListing::changed, this, &AccessPage::updateApps);
}

void AccessPage::initializePage() {
    m_role->setCurrentIndex(std::max(0, m_role->findData(m_setup->request().roleType)));
    m_roleWarning->setMessage(StatusMessage::Kind::Warning, m_setup->request().roleWarning());
    if (m_setup->apps()->state() == AppListing::State::Idle)
        m_setup->apps()->load();
    updateApps();
}

void AccessPage::storeRole() {
    ServiceAccountRequest r = m_setup->request();
    r.roleType = m_role->currentData().toString();
    m_setup->setRequest(r);
    m_roleWarning->setMessage(StatusMessage::Kind::Warning, r.roleWarning());
    Q_EMIT completeChanged();
}

void AccessPage::storeApp() {
    ServiceAccountRequest r = m_setup->request();
    const int index = m_app->currentData().toInt();
    const QList<okta::App> &apps = m_setup->apps()->apps();
    r.appId = m_app->currentIndex() >= 0 && index < apps.size() ? apps[index].id : QString();
    r.appLabel = m_app->currentIndex() >= 0 && index < apps.size() ? apps[index].label : QString();
    m_setup->setRequest(r);
    Q_EMIT completeChanged();
}

void AccessPage::updateApps() {
    const AppListing *listing = m_setup->apps();
    m_app->clear();
    m_reload->setEnabled(listing->state() != AppListing::State::Loading);
    switch (listing->state()) {
    case AppListing::State::Idle:
    case AppListing::State::Loading:
        m_app->setEnabled(false);
        m_appStatus->setMessage(StatusMessage::Kind::Busy, tr("Loading the org's apps…"));
        storeApp();
        return;
    case AppListing::State::Failed:
        m_app->setEnabled(false);
        m_appStatus->setMessage(StatusMessage::Kind::Error,
                                tr("The org's apps could not be loaded: %1").arg(listing->errorString()));
        storeApp();
        return;
    case AppListing::State::Ready:
        break;
    }
    const QList<okta::App> &apps = listing->apps();
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const okta::App &app = apps[i];
        // Labels are Okta's text: shown with control characters escaped.
        const QString label = okta::escapeControls(app.label);
        m_app->addItem(app.status == QLatin1String("INACTIVE") ? tr("%1 (inactive)").arg(label) : label,
                       int(i));
        m_app->setItemData(int(i), tr("%1 — id %2").arg(okta::escapeControls(app.name), app.id),
                           Qt::ToolTipRole);
    }
    m_app->setEnabled(!apps.isEmpty());
    // Keep the admin's earlier choice; otherwise propose the Okta Workflows OAuth app.
    int chosen = -1;
    for (qsizetype i = 0; i < apps.size() && chosen < 0; ++i)
        if (apps[i].id == m_setup->request().appId)
            chosen = int(i);
    if (chosen < 0)
        chosen = listing->proposedIndex();
    m_app->setCurrentIndex(chosen);
    if (apps.isEmpty())
        m_appStatus->setMessage(StatusMessage::Kind::Error,
                                tr("This org has no apps to assign the account to."));
    else if (listing->proposedIndex() < 0)
        m_appStatus->setMessage(
            StatusMessage::Kind::Warning,
            tr("This org has no app labelled \u201c%1\u201d; choose the app the connection "
               "uses.")
                .arg(okta::App::workflowsOAuthLabel()));
    else
        m_appStatus->setMessage(StatusMessage::Kind::Info,
                                tr("The Okta Workflows connection signs in through \u201c%1\u201d; whoever "
                                   "authorizes it must be assigned to it.")
                                    .arg(okta::App::workflowsOAuthLabel()));
    if (listing->truncated())
        m_appStatus->setMessage(StatusMessage::Kind::Warning,
                                tr("Only the first %1 apps are listed.").arg(AppListing::MaxApps));
    storeApp();
}

bool AccessPage::isComplete() const {
    const ServiceAccountRequest &r = m_setup->request();
    return okta::AdminRole::standardTypes().contains(r.roleType) && !r.appId.isEmpty();
}

} // namespace oktadesk

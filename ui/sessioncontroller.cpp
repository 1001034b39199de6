#include "sessioncontroller.h"

#include "connectioninfo.h"
#include "directory/directorycontroller.h"
#include "mainwindow.h"
#include "pages/directorypage.h"
#include "pages/scopespage.h"
#include "pages/serviceaccountspage.h"
#include "pages/systemlogpage.h"
#include "scopes/scopescontroller.h"

#include "core/auth/orgdomain.h"
#include "core/connection/connectionsetup.h"
#include "core/connection/orgcheck.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/whoamijob.h"
#include "core/profiles/profileremover.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilesession.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/scopeaccess.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace oktadesk {

SessionController::SessionController(MainWindow *window, const Services &services, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profiles(services.profiles)
    , m_factory(std::make_unique<okta::SessionFactory>(services))
    , m_directory(std::make_unique<DirectoryController>(window->directoryPage()))
    , m_scopes(std::make_unique<ScopesController>(window->scopesPage(), services.profiles)) {
    okta::ProfileSession *session = m_factory->session();
    connect(session, &okta::ProfileSession::opened, this,
            [this](okta::OktaClient *client, okta::Authorizer *) { onOpened(client); });
    connect(session, &okta::ProfileSession::failed, this, &SessionController::onOpenFailed);
    connect(session, &okta::ProfileSession::reauthorizationNeeded, m_window,
            &MainWindow::setReauthorizationNeeded);
    connect(session, &okta::ProfileSession::tokenWriteFailed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(
            tr("The renewed tokens could not be stored in the keychain and are kept for this run only: %1")
                .arg(message));
    });
    connect(m_window, &MainWindow::profileSwitchRequested, this, &SessionController::switchTo);
    connect(m_window, &MainWindow::addProfileRequested, this, [this] { addProfile(); });
    connect(m_window, &MainWindow::reauthorizeRequested, this, [this] { reauthorize(); });
    connect(m_window, &MainWindow::turnOnRequested, this,
            [this](okta::WriteFeature feature) { reauthorize(feature); });
    connect(m_window, &MainWindow::missingScopeStageRequested, m_scopes.get(),
            &ScopesController::stageOnOwnClient);
    connect(m_window, &MainWindow::renameProfileRequested, this, &SessionController::renameProfile);
    connect(m_window, &MainWindow::deleteProfileRequested, this, &SessionController::deleteProfile);
    // The onboarding wizard ends with "sign in as the new account": the connection wizard,
    // with this org's domain typed in.
    connect(m_window->serviceAccountsPage(), &ServiceAccountsPage::signInRequested, this,
            [this](const QString &) { addProfile(m_host); });
}

SessionController::~SessionController() {
    if (m_whoAmI)
        m_whoAmI->cancel();
}

okta::OktaClient *SessionController::client() const {
    return m_factory->session()->client();
}

void SessionController::refreshProfiles() {
    if (m_isDemo)
        return;
    QStringList names;
    for (const okta::Profile &p : m_profiles->list())
        names.append(p.name);
    const auto current = m_profiles->profile(m_profiles->currentProfileId());
    m_window->setProfiles(names, current ? current->name : QString());
}

void SessionController::start(const QString &profileName) {
    refreshProfiles();
    QString id = m_profiles->currentProfileId();
    if (!profileName.isEmpty()) {
        const auto named = m_profiles->byName(profileName);
        if (!named) {
            ConnectionInfo info;
            info.error = tr("There is no profile named \"%1\".").arg(profileName);
            m_window->setConnectionInfo(info);
            return;
        }
        id = named->id;
    }
    if (id.isEmpty() || !m_profiles->profile(id)) {
        const QList<okta::Profile> all = m_profiles->list();
        if (all.isEmpty()) {
            ConnectionInfo info;
            info.error = tr("No org profile yet: choose Add profile… to connect to an org.");
            m_window->setConnectionInfo(info);
            return;
        }
        id = all.first().id;
    }
    openProfile(id);
}

void SessionController::startDemo(const QUrl &baseUrl, const QByteArray &apiToken) {
    m_isDemo = true;
    detach();
    m_window->setProfiles({tr("Demo org")}, tr("Demo org"));
    m_host = baseUrl.authority();
    m_methodText = tr("API token");
    m_window->setConnectionInfo(connecting());
    m_factory->openDemo(baseUrl, okta::Secret(apiToken));
}

void SessionController::openProfile(const QString &profileId) {
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    m_profiles->setCurrentProfileId(profileId);
    refreshProfiles();
    m_window->setReauthorizationNeeded({});
    detach();
    m_host = profile->domain;
    m_methodText = profile->authMethod == okta::AuthMethod::ApiToken
                       ? tr("API token")
                       : tr("browser sign-in (OAuth with PKCE)");
    m_window->setConnectionInfo(connecting());
    m_factory->open(profileId);
}

void SessionController::detach() {
    if (m_whoAmI)
        m_whoAmI->cancel();
    m_directory->setApi(nullptr);
    m_window->systemLogPage()->setConnection(nullptr);
    m_scopes->setApi(nullptr, {});
    m_window->offerMissingScope({});
    m_window->serviceAccountsPage()->setConnection(nullptr, {});
    m_api.reset();
}

ConnectionInfo SessionController::connecting() const {
    ConnectionInfo info;
    info.orgHost = m_host;
    info.methodText = m_methodText;
    info.isDemo = m_isDemo;
    info.connecting = true;
    return info;
}

void SessionController::onOpenFailed(const QString &message, bool needsReauthorization) {
    ConnectionInfo info = connecting();
    info.connecting = false;
    info.error = message;
    m_window->setConnectionInfo(info);
    if (needsReauthorization)
        m_window->setReauthorizationNeeded(
            tr("This profile has no usable sign-in any more. Reauthorize it (a super admin must sign in)."));
    Q_EMIT connectionSettled(false);
}

void SessionController::onOpened(okta::OktaClient *client) {
    connect(client, &okta::OktaClient::rateLimitChanged, m_window, &MainWindow::setRateLimit);
    connect(client, &okta::OktaClient::activityChanged, m_window, &MainWindow::setActivity);
    connect(client, &okta::OktaClient::scopeMissing, m_window, &MainWindow::offerMissingScope);
    detach();
    m_api = std::make_unique<okta::OktaApi>(client);
    m_window->setConnectionInfo(connecting());
    m_whoAmI = new okta::WhoAmIJob(client);
    connect(m_whoAmI, &okta::WhoAmIJob::finished, this, &SessionController::onWhoAmI);
    m_whoAmI->start();
}

void SessionController::onWhoAmI(okta::WhoAmIJob *job) {
    const bool connected = job->stage() == okta::WhoAmIJob::Stage::Done;
    ConnectionInfo info = m_window->connectionInfo();
    info.connecting = false;
    info.connected = connected;
    if (connected) {
        info.userLogin = job->whoAmI().login;
        info.accountWarning = job->whoAmI().superAdminWarning();
    } else {
        info.error = job->errorString();
    }
    m_window->setConnectionInfo(info);
    // What the token may change: an API token (and the demo org) is not scoped.
    const okta::Profile profile = m_factory->session()->profile();
    m_window->setScopeAccess(m_isDemo ? okta::ScopeAccess::unscoped()
                                      : okta::ScopeAccess::forProfile(profile));
    m_directory->setApi(connected ? m_api.get() : nullptr);
    m_window->systemLogPage()->setConnection(connected ? m_api.get() : nullptr, m_profiles,
                                             m_isDemo ? QString() : m_profiles->currentProfileId());
    m_scopes->setApi(connected ? m_api.get() : nullptr,
                     {m_isDemo ? QString() : profile.id,
                      profile.authMethod == okta::AuthMethod::BrowserPkce ? profile.clientId : QString()});
    m_window->serviceAccountsPage()->setConnection(connected ? m_api->client() : nullptr, info.userLogin);
    Q_EMIT connectionSettled(connected);
}

void SessionController::switchTo(const QString &name) {
    if (const auto profile = m_profiles->byName(name))
        openProfile(profile->id);
}

void SessionController::addProfile(const QString &domain) {
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    okta::ConnectionSetup *setup = m_factory->newConnection(this);
    if (!domain.isEmpty())
        setup->orgCheck()->setDomain(domain);
    runWizard(setup);
}

bool SessionController::openByDomain(const QString &domain) {
    const okta::OrgDomainResult wanted = okta::OrgDomain::normalise(domain);
    if (!wanted.ok())
        return false;
    for (const okta::Profile &p : m_profiles->list()) {
        if (p.domain == wanted.host) {
            openProfile(p.id);
            return true;
        }
    }
    return false;
}

void SessionController::reauthorize(std::optional<okta::WriteFeature> turnOn) {
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    if (okta::ConnectionSetup *setup = m_factory->reauthorize(m_profiles->currentProfileId(), this, turnOn))
        runWizard(setup);
}

void SessionController::runWizard(okta::ConnectionSetup *setup) {
    auto *wizard = new ConnectionWizard(setup, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_opener)
        wizard->setBrowserOpener(m_opener);
    // Children go in creation order: the setup, adopted last, outlives the wizard's pages.
    setup->setParent(wizard);
    connect(wizard, &ConnectionWizard::profileSaved, this, [this](const QString &profileId) {
        if (m_isDemo)
            return; // the demo session stays; the profile is there on the next start
        // A reauthorized profile is opened again, so the session reads its new tokens.
        openProfile(profileId);
    });
    m_wizard = wizard;
    wizard->open();
}

void SessionController::renameProfile() {
    const auto profile = m_profiles->profile(m_profiles->currentProfileId());
    if (!profile)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("renameProfileDialog"));
    dialog->setWindowTitle(tr("Rename profile"));
    dialog->setLabelText(tr("New name for the profile \"%1\":").arg(profile->name));
    dialog->setTextValue(profile->name);
    const QString id = profile->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &name) {
        const auto result = m_profiles->rename(id, name.trimmed());
        if (!result.ok()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Rename profile"), result.errorString,
                                        QMessageBox::Ok, m_window);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        refreshProfiles();
    });
    dialog->open();
}

void SessionController::deleteProfile() {
    const auto profile = m_profiles->profile(m_profiles->currentProfileId());
    if (!profile)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("Delete the profile \"%1\" (%2)?").arg(profile->name, profile->domain),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("deleteProfileDialog"));
    box->setInformativeText(tr("OktaDesk revokes the profile's tokens at Okta and removes its secrets from "
                               "the keychain. An API token stays valid until you revoke it in the Admin "
                               "Console."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = profile->id;
    connect(confirm, &QPushButton::clicked, this, [this, id] { removeProfile(id, true); });
    box->open();
}

void SessionController::removeProfile(const QString &profileId, bool revoke) {
    detach();
    using Result = okta::ProfileRemover::Result;
    okta::ProfileRemover *remover = m_factory->removeProfile(profileId, revoke);
    connect(remover, &okta::ProfileRemover::finished, this,
            [this, profileId](Result result, const QString &message) {
                if (result == Result::RevokeFailed) {
                    askAfterRevokeFailure(profileId, message);
                    return;
                }
                if (result == Result::RemoveFailed)
                    m_window->statusBar()->showMessage(tr("The profile was not deleted: %1").arg(message));
                start();
            });
}

void SessionController::askAfterRevokeFailure(const QString &profileId, const QString &message) {
    const auto profile = m_profiles->profile(profileId);
    if (!profile) {
        start();
        return;
    }
    // The profile is still there: it shows again behind the question.
    start();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete profile"),
                                tr("The profile \"%1\" was not deleted.").arg(profile->name),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("revokeFailedDialog"));
    box->setInformativeText(message);
    QPushButton *retry = box->addButton(tr("Try Again"), QMessageBox::AcceptRole);
    retry->setObjectName(QStringLiteral("retryDeleteButton"));
    QPushButton *anyway = box->addButton(tr("Delete Anyway"), QMessageBox::DestructiveRole);
    anyway->setObjectName(QStringLiteral("deleteAnywayButton"));
    box->setDefaultButton(retry);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(retry, &QPushButton::clicked, this, [this, profileId] { removeProfile(profileId, true); });
    connect(anyway, &QPushButton::clicked, this, [this, profileId] { removeProfile(profileId, false); });
    box->open();
}

} // namespace oktadesk

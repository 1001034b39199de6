#include "sessioncontroller.h"

#include "connectioninfo.h"
#include "mainwindow.h"
#include "pagefeeder.h"
#include "pages/directorypage.h"
#include "pages/scopespage.h"
#include "pages/systemlogpage.h"

#include "core/connection/connectionsetup.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/profiles/profileremover.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilesession.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"

#include <QInputDialog>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace oktadesk {

SessionController::SessionController(MainWindow *window, const Services &services, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_services(services)
    , m_session(std::make_unique<okta::ProfileSession>(services.profiles, services.secrets, services.nam))
    , m_sessionStore(new okta::MemorySecretStore(this))
    , m_feeder(std::make_unique<PageFeeder>(
          PageFeeder::Targets{window->systemLogPage(), window->directoryPage(), window->scopesPage()})) {
    connect(m_session.get(), &okta::ProfileSession::opened, this,
            [this](okta::OktaClient *client, okta::Authorizer *) { onOpened(client); });
    connect(m_session.get(), &okta::ProfileSession::failed, this, &SessionController::onOpenFailed);
    connect(m_session.get(), &okta::ProfileSession::reauthorizationNeeded, m_window,
            &MainWindow::setReauthorizationNeeded);
    connect(m_session.get(), &okta::ProfileSession::tokenWriteFailed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(
            tr("The renewed tokens could not be stored in the keychain and are kept for this run only: %1")
                .arg(message));
    });
    connect(m_window, &MainWindow::profileSwitchRequested, this, &SessionController::switchTo);
    connect(m_window, &MainWindow::addProfileRequested, this, [this] { addProfile(); });
    connect(m_window, &MainWindow::reauthorizeRequested, this, &SessionController::reauthorize);
    connect(m_window, &MainWindow::renameProfileRequested, this, &SessionController::renameProfile);
    connect(m_window, &MainWindow::deleteProfileRequested, this, &SessionController::deleteProfile);
}

SessionController::~SessionController() = default;

okta::OktaClient *SessionController::client() const {
    return m_isDemo ? m_demoClient.get() : m_session->client();
}

void SessionController::refreshProfiles() {
    if (m_isDemo)
        return;
    QStringList names;
    for (const okta::Profile &p : m_services.profiles->list())
        names.append(p.name);
    const auto current = m_services.profiles->profile(m_services.profiles->currentProfileId());
    m_window->setProfiles(names, current ? current->name : QString());
}

void SessionController::start(const QString &profileName) {
    refreshProfiles();
    QString id = m_services.profiles->currentProfileId();
    if (!profileName.isEmpty()) {
        const auto named = m_services.profiles->byName(profileName);
        if (!named) {
            ConnectionInfo info;
            info.error = tr("There is no profile named \"%1\".").arg(profileName);
            m_window->setConnectionInfo(info);
            return;
        }
        id = named->id;
    }
    if (id.isEmpty() || !m_services.profiles->profile(id)) {
        const QList<okta::Profile> all = m_services.profiles->list();
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
    m_demoAuthorizer =
        std::make_unique<okta::StaticAuthorizer>(okta::StaticAuthorizer::Scheme::Ssws, apiToken);
    m_demoClient = std::make_unique<okta::OktaClient>(m_services.nam, baseUrl, m_demoAuthorizer.get());
    m_window->setProfiles({tr("Demo org")}, tr("Demo org"));
    m_host = baseUrl.host() % QLatin1Char(':') % QString::number(baseUrl.port());
    attach(m_demoClient.get(), tr("API token"), true);
}

void SessionController::openProfile(const QString &profileId) {
    const auto profile = m_services.profiles->profile(profileId);
    if (!profile)
        return;
    m_services.profiles->setCurrentProfileId(profileId);
    refreshProfiles();
    m_window->setReauthorizationNeeded({});
    m_feeder->setApi(nullptr);
    m_api.reset();
    m_host = profile->domain;
    m_methodText = profile->authMethod == okta::AuthMethod::ApiToken
                       ? tr("API token")
                       : tr("browser sign-in (OAuth with PKCE)");
    ConnectionInfo info;
    info.orgHost = m_host;
    info.methodText = m_methodText;
    info.connecting = true;
    m_window->setConnectionInfo(info);
    if (m_sessionOnlyProfiles.contains(profileId))
        openSessionOnly(profileId);
    else
        m_session->open(profileId);
}

void SessionController::openSessionOnly(const QString &profileId) {
    // Collect what the wizard kept in memory, then open the session with it.
    auto secrets = std::make_shared<okta::ProfileSecretMap>();
    const QList<okta::SecretKind> kinds = {okta::SecretKind::ClientSecret, okta::SecretKind::AccessToken,
                                           okta::SecretKind::RefreshToken, okta::SecretKind::ApiToken};
    auto pending = std::make_shared<int>(int(kinds.size()));
    for (const okta::SecretKind kind : kinds) {
        okta::SecretJob *job = m_sessionStore->read(okta::ProfileStore::secretKey(profileId, kind));
        connect(job, &okta::SecretJob::finished, this,
                [this, profileId, kind, secrets, pending](okta::SecretStore::Status status,
                                                          const QByteArray &value, const QString &) {
                    if (status == okta::SecretStore::Status::Ok)
                        secrets->insert(kind, value);
                    if (--*pending == 0)
                        m_session->openWithSecrets(profileId, *secrets);
                });
    }
}

void SessionController::onOpened(okta::OktaClient *client) {
    attach(client, m_methodText, false);
}

void SessionController::onOpenFailed(const QString &message, bool needsReauthorization) {
    ConnectionInfo info;
    info.orgHost = m_host;
    info.methodText = m_methodText;
    info.error = message;
    m_window->setConnectionInfo(info);
    if (needsReauthorization)
        m_window->setReauthorizationNeeded(
            tr("This profile has no usable sign-in any more. Reauthorize it (a super admin must sign in)."));
    Q_EMIT connectionSettled(false);
}

void SessionController::attach(okta::OktaClient *client, const QString &methodText, bool isDemo) {
    connect(client, &okta::OktaClient::rateLimitChanged, m_window, &MainWindow::setRateLimit);
    connect(client, &okta::OktaClient::activityChanged, m_window, &MainWindow::setActivity);
    m_feeder->setApi(nullptr);
    m_api = std::make_unique<okta::OktaApi>(client);
    ConnectionInfo info;
    info.orgHost = m_host;
    info.methodText = methodText;
    info.isDemo = isDemo;
    info.connecting = true;
    m_window->setConnectionInfo(info);
    okta::OktaJob *job = m_api->me();
    connect(job, &okta::OktaJob::finished, this, &SessionController::onMe);
}

void SessionController::onMe(const okta::OktaResult &result) {
    ConnectionInfo info = m_window->connectionInfo();
    info.connecting = false;
    info.connected = result.ok();
    if (result.ok())
        info.userLogin = result.json.object()
                             .value(QLatin1String("profile"))
                             .toObject()
                             .value(QLatin1String("login"))
                             .toString();
    else
        info.error = result.message();
    m_window->setConnectionInfo(info);
    m_feeder->setApi(result.ok() ? m_api.get() : nullptr);
    Q_EMIT connectionSettled(result.ok());
}

void SessionController::switchTo(const QString &name) {
    if (const auto profile = m_services.profiles->byName(name))
        openProfile(profile->id);
}

void SessionController::addProfile(const QString &domain) {
    auto *setup = new okta::ConnectionSetup(m_services.nam, m_services.store, m_services.profiles,
                                            m_services.secrets, this);
    if (!domain.isEmpty())
        setup->setDomain(domain);
    runWizard(setup);
}

bool SessionController::openByDomain(const QString &domain) {
    const okta::OrgDomainResult wanted = okta::OrgDomain::normalise(domain);
    if (!wanted.ok())
        return false;
    for (const okta::Profile &p : m_services.profiles->list()) {
        if (p.domain == wanted.host) {
            openProfile(p.id);
            return true;
        }
    }
    return false;
}

void SessionController::reauthorize() {
    const QString id = m_services.profiles->currentProfileId();
    auto *setup = new okta::ConnectionSetup(m_services.nam, m_services.store, m_services.profiles,
                                            m_services.secrets, this);
    if (!setup->reauthorize(id)) {
        delete setup;
        return;
    }
    runWizard(setup);
}

void SessionController::runWizard(okta::ConnectionSetup *setup) {
    if (m_wizard) {
        setup->deleteLater();
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    setup->setSessionStore(m_sessionStore);
    auto *wizard = new ConnectionWizard(setup, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_opener)
        wizard->setBrowserOpener(m_opener);
    // Children go in creation order: the setup, adopted last, outlives the wizard's pages.
    setup->setParent(wizard);
    connect(wizard, &ConnectionWizard::profileSaved, this, [this, setup](const QString &profileId) {
        if (setup->isSessionOnly())
            m_sessionOnlyProfiles.insert(profileId);
        else
            m_sessionOnlyProfiles.remove(profileId);
        if (m_isDemo)
            return; // the demo session stays; the profile is there on the next start
        // A reauthorized profile is opened again, so the session reads its new tokens.
        openProfile(profileId);
    });
    m_wizard = wizard;
    wizard->open();
}

void SessionController::renameProfile() {
    const auto profile = m_services.profiles->profile(m_services.profiles->currentProfileId());
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
        const auto result = m_services.profiles->rename(id, name.trimmed());
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
    const auto profile = m_services.profiles->profile(m_services.profiles->currentProfileId());
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
    connect(confirm, &QPushButton::clicked, this, [this, id] {
        m_session->close();
        m_feeder->setApi(nullptr);
        m_api.reset();
        auto *remover =
            new okta::ProfileRemover(m_services.profiles, m_services.secrets, m_services.nam, this);
        connect(remover, &okta::ProfileRemover::revokeFailed, this,
                [this](const QString &message) { m_window->statusBar()->showMessage(message, 15000); });
        connect(remover, &okta::ProfileRemover::finished, this,
                [this, remover](bool removed, const QString &error) {
                    remover->deleteLater();
                    if (!removed)
                        m_window->statusBar()->showMessage(tr("The profile was not deleted: %1").arg(error));
                    start();
                });
        remover->remove(id);
    });
    box->open();
}

} // namespace oktadesk

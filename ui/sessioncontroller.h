#pragma once

#include "wizard/connectionwizard.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace okta {
class Authorizer;
class ConnectionSetup;
class OktaApi;
class OktaClient;
struct OktaResult;
class ProfileSecrets;
class ProfileSession;
class ProfileStore;
class SecretStore;
class MemorySecretStore;
class StaticAuthorizer;
} // namespace okta

namespace oktadesk {

class MainWindow;
class PageFeeder;

// Connects the main window to org profiles: opens the current profile at start, switches
// profiles from the toolbar, runs the connection wizard to add or reauthorize one, renames
// and deletes (revoking tokens first). Every step is asynchronous; dialogs open
// window-modal with open(), never exec(). The pages keep what they show when a token
// expires: the window only gains a "reauthorize" bar.
class SessionController : public QObject {
    Q_OBJECT
public:
    struct Services {
        QNetworkAccessManager *nam = nullptr;
        okta::SecretStore *store = nullptr;
        okta::ProfileStore *profiles = nullptr;
        okta::ProfileSecrets *secrets = nullptr;
    };

    SessionController(MainWindow *window, const Services &services, QObject *parent = nullptr);
    ~SessionController() override;

    // Opens the profile named `profileName`, or the current one when empty. Without any
    // profile, the window says so and offers "Add profile…".
    void start(const QString &profileName = {});
    // Connects to the embedded demo org with its API token instead of a saved profile.
    void startDemo(const QUrl &baseUrl, const QByteArray &apiToken);

    // Opens the connection wizard, with `domain` already typed when given.
    void addProfile(const QString &domain = {});
    // Opens the profile whose normalised domain is `domain`; false when there is none.
    bool openByDomain(const QString &domain);

    void setBrowserOpener(ConnectionWizard::BrowserOpener opener) { m_opener = std::move(opener); }
    ConnectionWizard *wizard() const { return m_wizard; }
    okta::ProfileSession *session() const { return m_session.get(); }
    okta::OktaClient *client() const;

Q_SIGNALS:
    // /api/v1/users/me answered (ok or not) for the profile just opened.
    void connectionSettled(bool connected);

private:
    void refreshProfiles();
    void openProfile(const QString &profileId);
    void onOpened(okta::OktaClient *client);
    void onOpenFailed(const QString &message, bool needsReauthorization);
    void attach(okta::OktaClient *client, const QString &methodText, bool isDemo);
    void onMe(const okta::OktaResult &result);
    void switchTo(const QString &name);
    void reauthorize();
    void renameProfile();
    void deleteProfile();
    void runWizard(okta::ConnectionSetup *setup);
    void openSessionOnly(const QString &profileId);

    MainWindow *m_window;
    Services m_services;
    std::unique_ptr<okta::ProfileSession> m_session;
    // Secrets of "this run only" connections (keychain unavailable): memory, never disk.
    okta::MemorySecretStore *m_sessionStore = nullptr;
    QSet<QString> m_sessionOnlyProfiles;
    std::unique_ptr<okta::StaticAuthorizer> m_demoAuthorizer;
    std::unique_ptr<okta::OktaClient> m_demoClient;
    std::unique_ptr<okta::OktaApi> m_api;
    std::unique_ptr<PageFeeder> m_feeder; // after m_api: stops its requests first
    QPointer<ConnectionWizard> m_wizard;
    ConnectionWizard::BrowserOpener m_opener;
    QString m_host;
    QString m_methodText;
    bool m_isDemo = false;
};

} // namespace oktadesk

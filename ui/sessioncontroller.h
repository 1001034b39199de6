#pragma once

#include "connectioninfo.h"
#include "core/connection/sessionfactory.h"
#include "wizard/connectionwizard.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace okta {
class ConnectionSetup;
class OktaApi;
class OktaClient;
class WhoAmIJob;
} // namespace okta

namespace oktadesk {

class DirectoryController;
class MainWindow;
class ScopesController;

// Connects the main window to org profiles: opens the current profile at start, switches
// profiles from the toolbar, runs the connection wizard to add or reauthorize one, renames
// and deletes (revoking tokens first). Core's SessionFactory opens every connection and
// builds the wizard's steps; this class only shows what happens. Every step is
// asynchronous; dialogs open window-modal with open(), never exec(). The pages keep what
// they show when a token expires: the window only gains a "reauthorize" bar.
class SessionController : public QObject {
    Q_OBJECT
public:
    using Services = okta::SessionFactory::Services;

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
    okta::OktaClient *client() const;

Q_SIGNALS:
    // Who the connection acts as was asked (and answered, or not) for the org just opened.
    void connectionSettled(bool connected);

private:
    void refreshProfiles();
    void openProfile(const QString &profileId);
    void onOpened(okta::OktaClient *client);
    void onOpenFailed(const QString &message, bool needsReauthorization);
    void onWhoAmI(okta::WhoAmIJob *job);
    void switchTo(const QString &name);
    // Signs in again; with `turnOn`, asking for that write feature's manage scopes too.
    void reauthorize(std::optional<okta::WriteFeature> turnOn = std::nullopt);
    void renameProfile();
    void deleteProfile();
    // Deletes a profile (revoking its tokens first unless `revoke` is false); when the
    // revocation fails, the profile stays and the admin chooses: try again, or delete anyway.
    void removeProfile(const QString &profileId, bool revoke);
    void askAfterRevokeFailure(const QString &profileId, const QString &message);
    void runWizard(okta::ConnectionSetup *setup);
    void detach();
    // What the window shows while the current org is being opened.
    ConnectionInfo connecting() const;

    MainWindow *m_window;
    okta::ProfileStore *m_profiles;
    std::unique_ptr<okta::SessionFactory> m_factory;
    std::unique_ptr<okta::OktaApi> m_api;
    // After m_api: they stop their requests first.
    std::unique_ptr<DirectoryController> m_directory;
    std::unique_ptr<ScopesController> m_scopes;
    QPointer<okta::WhoAmIJob> m_whoAmI;
    QPointer<ConnectionWizard> m_wizard;
    ConnectionWizard::BrowserOpener m_opener;
    QString m_host;
    QString m_methodText;
    bool m_isDemo = false;
};

} // namespace oktadesk

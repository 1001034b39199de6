#pragma once

#include "core/auth/browsersignin.h"
#include "core/auth/orgdomain.h"
#include "core/auth/tokenset.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/okta/ratelimit.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace okta {

// The connection wizard's brain, without a single widget: the org domain and its discovery
// check, the sign-in method, the browser sign-in, the verification of who signed in, and
// saving the profile with its secrets. Every step is asynchronous and reports through the
// *Changed() signals; the wizard pages only show the getters and forward what is typed.
//
// Secrets (client secret, API token, tokens) are held here only until save() hands them to
// ProfileSecrets; they never go to QSettings, a log or a message.
//
// Keychain unavailable: save() stops in SaveState::KeychainUnavailable with QtKeychain's
// reason and nothing persisted (the profile it had added is removed again, so no profile
// ever records keychain entries that do not exist). connectForThisRunOnly() then:
//  - writes the secrets to a MemorySecretStore (sessionStore()), under the profile's usual
//    key names, so they are gone when the process exits;
//  - stores the profile's non-secret settings (name, domain, client ID, method, port,
//    scopes) with an EMPTY record of keychain keys, so the next run knows the org and
//    offers "Reauthorize" instead of finding keys that point nowhere.
// Nothing is ever written in plain text to disk.
class ConnectionSetup : public QObject {
    Q_OBJECT
public:
    enum class Mode { NewProfile, Reauthorize };
    Q_ENUM(Mode)
    enum class DiscoveryState { Idle, Pending, Checking, Found, Failed };
    Q_ENUM(DiscoveryState)
    enum class DiscoveryFailure { None, Dns, Tls, Timeout, Connection, NotOkta };
    Q_ENUM(DiscoveryFailure)
    enum class SignInState { Idle, Starting, WaitingForBrowser, ExchangingCode, SignedIn, Failed };
    Q_ENUM(SignInState)
    enum class VerifyState { Idle, Running, Done, Failed };
    Q_ENUM(VerifyState)
    enum class SuperAdmin { Unknown, Yes, No };
    Q_ENUM(SuperAdmin)
    enum class SaveState { Idle, Saving, Saved, KeychainUnavailable, Failed };
    Q_ENUM(SaveState)

    static constexpr quint16 DefaultRedirectPort = 53682;

    // The okta.* scopes one product feature needs.
    struct FeatureScopes {
        QString feature; // translated
        QStringList scopes;
    };
    static QList<FeatureScopes> featureScopes();
    // openid offline_access, then every feature's scopes once, in a stable order.
    static QStringList requestedScopes();

    ConnectionSetup(QNetworkAccessManager *nam, SecretStore *store, ProfileStore *profiles,
                    ProfileSecrets *secrets, QObject *parent = nullptr);
    ~ConnectionSetup() override;

    // Re-runs sign-in, verify and save of new tokens for an existing profile: domain,
    // method, client ID and port are taken from it (the client secret from the keychain,
    // asynchronously). Only a super admin can reauthorize. False if there is no such profile.
    bool reauthorize(const QString &profileId);
    Mode mode() const { return m_mode; }
    QString profileId() const { return m_profileId; }

    // (a) Org domain. The normalised result is immediate; the discovery check of
    // /.well-known/openid-configuration starts after the debounce, and any older check is
    // cancelled.
    void setDomain(const QString &text);
    void checkDomainNow();
    void setDiscoveryDebounce(std::chrono::milliseconds delay);
    QString domainText() const { return m_domainText; }
    OrgDomainResult domain() const { return m_domain; }
    DiscoveryState discoveryState() const { return m_discoveryState; }
    DiscoveryFailure discoveryFailure() const { return m_discoveryFailure; }
    QString issuer() const { return m_issuer; }
    QString discoveryMessage() const { return m_discoveryMessage; }
    bool isOrgReady() const { return m_domain.ok() && m_discoveryState == DiscoveryState::Found; }
    OktaClient *client() const { return m_client; }

    // (b) Method.
    void setAuthMethod(AuthMethod method);
    AuthMethod authMethod() const { return m_method; }
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    void setClientSecret(const QString &secret);
    bool hasClientSecret() const { return !m_clientSecret.isEmpty(); }
    // 0 binds any free port (only for servers that accept any loopback port).
    void setRedirectPort(quint16 port);
    quint16 redirectPort() const { return m_port; }
    void setApiToken(const QString &token);
    bool hasApiToken() const { return !m_apiToken.isEmpty(); }
    // The URI to register on the app; while a sign-in runs on port 0, the bound port.
    QUrl redirectUri() const;
    bool isMethodReady() const;

    // (c) Sign in. Browser: listens on 127.0.0.1 and emits authorizationUrlReady(). API
    // token: accepted as typed (verify() proves it).
    void startSignIn();
    void cancelSignIn();
    void setSignInTimeout(std::chrono::milliseconds timeout) { m_signInTimeout = timeout; }
    SignInState signInState() const { return m_signInState; }
    BrowserSignIn::Failure signInFailure() const { return m_signInFailure; }
    QString signInMessage() const { return m_signInMessage; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    bool isSignedIn() const { return m_signInState == SignInState::SignedIn; }

    // (d) Verify: /api/v1/users/me, the user's roles, the token's scopes, the budget.
    void verify();
    VerifyState verifyState() const { return m_verifyState; }
    QString verifyMessage() const { return m_verifyMessage; }
    QString adminLogin() const { return m_adminLogin; }
    QString adminName() const { return m_adminName; }
    SuperAdmin superAdmin() const { return m_superAdmin; }
    QStringList roleTypes() const { return m_roleTypes; }
    // What will not work without SUPER_ADMIN; empty when the account holds it.
    QString superAdminWarning() const;
    // The scopes the token carries, or empty for an API token (see scopesDescription()).
    QStringList tokenScopes() const { return m_tokens.scopes; }
    QString scopesDescription() const;
    RateLimit rateLimit() const { return m_rateLimit; }
    QString rateLimitDescription() const;

    // (e) Save.
    QString defaultProfileName() const;
    void setProfileName(const QString &name);
    QString profileName() const { return m_profileName; }
    // Translated reason the name cannot be used, empty when it can.
    QString profileNameProblem() const;
    void save();
    void connectForThisRunOnly();
    SaveState saveState() const { return m_saveState; }
    QString saveMessage() const { return m_saveMessage; }
    // QtKeychain's own words for why the keychain could not be used.
    QString keychainReason() const { return m_keychainReason; }
    QString savedProfileId() const { return m_savedProfileId; }
    bool isSessionOnly() const { return m_sessionOnly; }
    // Where the secrets of a session-only connection live; created on first use. It is a
    // child of this object unless the caller set one (or re-parents it) to keep it longer.
    MemorySecretStore *sessionStore();
    void setSessionStore(MemorySecretStore *store);
    QString summary() const;

Q_SIGNALS:
    void domainChanged();
    void discoveryChanged();
    void methodChanged();
    void signInChanged();
    void authorizationUrlReady(const QUrl &url);
    void verifyChanged();
    void saveChanged();
    void profileSaved(const QString &profileId);

private:
    void startDiscovery();
    void onDiscovery(const OktaResult &result, quint64 generation);
    void setDiscovery(DiscoveryState state, DiscoveryFailure failure, const QString &message);
    void resetSignIn();
    void setSignIn(SignInState state, const QString &message = {});
    void onSignInFailed(BrowserSignIn::Failure kind, const QString &message);
    void resetVerify();
    Authorizer *makeAuthorizer();
    void onMe(const OktaResult &result);
    void onRoles(const OktaResult &result);
    void finishVerify(VerifyState state, const QString &message);
    Profile profileToStore() const;
    ProfileSecretMap secretsToStore() const;
    void onSaved(ProfileSecretsJob *job, bool addedProfile);
    void setSave(SaveState state, const QString &message);
    void finishSaved(const QString &profileId, bool sessionOnly);
    void loadClientSecret(const QString &profileId);

    QNetworkAccessManager *m_nam;
    QPointer<SecretStore> m_store;
    QPointer<ProfileStore> m_profiles;
    QPointer<ProfileSecrets> m_secrets;
    QPointer<MemorySecretStore> m_sessionStore;

    Mode m_mode = Mode::NewProfile;
    QString m_profileId; // reauthorize: the profile; otherwise the one save() added

    QString m_domainText;
    OrgDomainResult m_domain;
    QPointer<OktaClient> m_client;
    QTimer m_debounce;
    QPointer<OktaJob> m_discoveryJob;
    quint64 m_discoveryGeneration = 0;
    DiscoveryState m_discoveryState = DiscoveryState::Idle;
    DiscoveryFailure m_discoveryFailure = DiscoveryFailure::None;
    QString m_issuer;
    QString m_discoveryMessage;

    AuthMethod m_method = AuthMethod::BrowserPkce;
    QString m_clientId;
    QString m_clientSecret;
    quint16 m_port = DefaultRedirectPort;
    QByteArray m_apiToken;

    QPointer<BrowserSignIn> m_signIn;
    std::chrono::milliseconds m_signInTimeout = std::chrono::minutes(5);
    SignInState m_signInState = SignInState::Idle;
    BrowserSignIn::Failure m_signInFailure = BrowserSignIn::Failure::None;
    QString m_signInMessage;
    QUrl m_authorizationUrl;
    TokenSet m_tokens;

    QPointer<Authorizer> m_authorizer;
    QPointer<OktaJob> m_verifyJob;
    VerifyState m_verifyState = VerifyState::Idle;
    QString m_verifyMessage;
    QString m_adminId;
    QString m_adminLogin;
    QString m_adminName;
    SuperAdmin m_superAdmin = SuperAdmin::Unknown;
    QStringList m_roleTypes;
    RateLimit m_rateLimit;

    QString m_profileName;
    bool m_profileNameEdited = false;
    SaveState m_saveState = SaveState::Idle;
    QString m_saveMessage;
    QString m_keychainReason;
    QString m_savedProfileId;
    bool m_sessionOnly = false;
};

} // namespace okta

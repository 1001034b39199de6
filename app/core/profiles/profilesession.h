#pragma once

#include "core/auth/tokenset.h"
#include "profilesecrets.h"
#include "profilestore.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace okta {

class Authorizer;
class OAuthAuthorizer;
class OktaClient;
class ProfileSecrets;
class ProfileSecretsJob;

// Opens a saved profile for use: reads its secrets from the keychain (asynchronously) and
// builds the OktaClient and Authorizer for it, which the session owns until close().
//  * ApiToken profiles get an SSWS StaticAuthorizer.
//  * BrowserPkce profiles get an OAuthAuthorizer holding the stored access and refresh
//    tokens and the client credentials. Every token change it reports (a refresh, with or
//    without rotation) is written to the keychain at once; a write that fails is reported
//    with tokenWriteFailed() and the session keeps working from memory.
// A refresh Okta refuses, or a 401 no refresh can fix, ends in reauthorizationNeeded(): the
// UI asks the user to sign in again and drops nothing it shows.
class ProfileSession : public QObject {
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Failed };
    Q_ENUM(State)

    // None of the three is owned; all must outlive the session.
    ProfileSession(ProfileStore *profiles, ProfileSecrets *secrets, QNetworkAccessManager *nam,
                   QObject *parent = nullptr);
    ~ProfileSession() override;

    // Closes what is open, then opens profileId. Ends with opened() or failed(), always
    // later from the event loop.
    void open(const QString &profileId);
    // Opens profileId with secrets the caller already holds (a "this run only" connection
    // whose secrets never reached the keychain), each sealed with its org (OrgBinding) as
    // the keychain's are: one sealed for another org than the profile's fails the open.
    // Token refreshes still try the keychain and report tokenWriteFailed() when it is
    // unavailable. Ends like open().
    void openWithSecrets(const QString &profileId, const ProfileSecretMap &sealed);
    // Opens an org that is not a saved profile (the embedded demo org): `profile` names it,
    // `secrets` signs in, and nothing is ever written to the keychain. Ends like open().
    void openUnsaved(const Profile &profile, const ProfileSecretMap &secrets);
    // Drops the client and authorizer (deleted later, so callers on the stack are safe).
    // Token writes already started still finish.
    void close();

    State state() const { return m_state; }
    Profile profile() const { return m_profile; }
    OktaClient *client() const { return m_client; }
    Authorizer *authorizer() const { return m_authorizer; }
    // The OAuth authorizer of a browser profile; null for API token profiles.
    OAuthAuthorizer *oauthAuthorizer() const;
    // True while rotated tokens are still on their way to the keychain. A process that is
    // about to exit waits for tokenWritesFinished() first, or a rotated refresh token is lost.
    bool isWritingTokens() const { return m_writeJob != nullptr; }

    // After a reauthorization (a new browser sign-in): hand the new tokens to the open
    // session's authorizer and store them.
    void replaceTokens(const TokenSet &tokens);

    // The secret kinds a token set is stored under (access and, when present, refresh).
    static ProfileSecretMap tokenSecrets(const TokenSet &tokens);

Q_SIGNALS:
    void opened(okta::OktaClient *client, okta::Authorizer *authorizer);
    // `needsReauthorization`: the keychain answered but the sign-in's tokens (or the API
    // token) are missing, so only signing in again helps. Otherwise `message` carries the
    // keychain's own reason (unavailable, locked…) or names the missing profile.
    void failed(const QString &message, bool needsReauthorization);
    void reauthorizationNeeded(const QString &message);
    // The latest tokens are in the keychain.
    void tokensStored();
    // The keychain refused the latest tokens; they stay in memory for this run.
    void tokenWriteFailed(const QString &message);
    // No token write is pending any more (after tokensStored or tokenWriteFailed).
    void tokenWritesFinished();

private:
    void onLoaded(ProfileSecretsJob *job, quint64 generation);
    void openLater(const std::optional<Profile> &profile, const ProfileSecretMap &secrets, bool sealed);
    void build(const ProfileSecretMap &secrets);
    void fail(const QString &message, bool needsReauthorization);
    void storeTokens(const TokenSet &tokens);
    void startNextWrite();
    void onWriteFinished(ProfileSecretsJob *job);
    void onReauthorizationNeeded(const QString &message);

    ProfileStore *m_profiles;
    ProfileSecrets *m_secrets;
    QNetworkAccessManager *m_nam;
    State m_state = State::Closed;
    Profile m_profile;
    quint64 m_generation = 0; // ignores loads that finish after close() or a newer open()
    QPointer<OktaClient> m_client;
    QPointer<Authorizer> m_authorizer;
    QPointer<ProfileSecretsJob> m_writeJob;
    QString m_writeProfileId;
    TokenSet m_pendingTokens; // newest tokens not yet handed to the keychain
    bool m_hasPendingTokens = false;
    bool m_reauthorizationSignalled = false;
};

} // namespace okta

#pragma once

#include "profilestore.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace okta {

class OktaClient;
class ProfileSecrets;
class ProfileSecretsJob;
class TokenRevoker;

// Deletes a profile: loads its tokens, revokes the access and refresh tokens at
// /oauth2/v1/revoke, then removes every keychain entry and finally the settings group
// (ProfileSecrets::removeProfile).
//
// A revocation that fails (org unreachable, client secret changed…) is reported with
// revokeFailed() but does not block the local removal: a profile that can no longer reach
// its org must still be deletable. An API token is not revoked (Okta has no OAuth
// revocation for SSWS tokens, and the admin may use it elsewhere); apiTokenKept() says so.
class ProfileRemover : public QObject {
    Q_OBJECT
public:
    // None of the three is owned; all must outlive the remover.
    ProfileRemover(ProfileStore *profiles, ProfileSecrets *secrets, QNetworkAccessManager *nam,
                   QObject *parent = nullptr);
    ~ProfileRemover() override;

    // Ends with finished(), always later from the event loop. Ignored while running.
    void remove(const QString &profileId);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The tokens could not be revoked at Okta (or not read to revoke them); the local
    // removal goes on. `message` is translated and names no secret.
    void revokeFailed(const QString &message);
    // The profile used an API token, which stays valid at Okta until revoked in the Admin
    // Console (Security > API > Tokens).
    void apiTokenKept();
    // `removed`: the keychain entries and the settings group are gone. Otherwise `error`
    // says why (the keychain's reason) and the profile is kept, recording what is left.
    void finished(bool removed, const QString &error);

private:
    void onLoaded(ProfileSecretsJob *job);
    void removeLocally();
    void done(bool removed, const QString &error);

    ProfileStore *m_profiles;
    ProfileSecrets *m_secrets;
    QNetworkAccessManager *m_nam;
    Profile m_profile;
    QPointer<OktaClient> m_client;
    QPointer<TokenRevoker> m_revoker;
    bool m_running = false;
};

} // namespace okta

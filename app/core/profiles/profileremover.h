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
// A revocation that fails (org unreachable, client secret changed, the tokens unreadable
// or tied to another org than the settings name…) keeps the profile and all its secrets
// and ends with Result::RevokeFailed: deleting them then would leave tokens valid at Okta
// that nobody can revoke any more. The admin retries, or removes it anyway
// (Mode::WithoutRevoking), which is then their informed choice. An API token is not
// revoked (Okta has no OAuth revocation for SSWS tokens, and the admin may use it
// elsewhere); apiTokenKept() says so.
class ProfileRemover : public QObject {
    Q_OBJECT
public:
    enum class Mode { RevokeFirst, WithoutRevoking };
    Q_ENUM(Mode)
    enum class Result {
        Removed,      // the keychain entries and the settings group are gone
        RevokeFailed, // nothing was removed; the message says why the tokens were not revoked
        RemoveFailed, // the keychain's reason; the profile is kept, recording what is left
    };
    Q_ENUM(Result)

    // None of the three is owned; all must outlive the remover.
    ProfileRemover(ProfileStore *profiles, ProfileSecrets *secrets, QNetworkAccessManager *nam,
                   QObject *parent = nullptr);
    ~ProfileRemover() override;

    // Ends with finished(), always later from the event loop. Ignored while running.
    void remove(const QString &profileId, Mode mode = Mode::RevokeFirst);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // The profile used an API token, which stays valid at Okta until revoked in the Admin
    // Console (Security > API > Tokens).
    void apiTokenKept();
    // `message` is translated and names no secret; empty for Removed.
    void finished(okta::ProfileRemover::Result result, const QString &message);

private:
    void onLoaded(ProfileSecretsJob *job);
    void revokeFailed(const QString &why);
    void removeLocally();
    void done(Result result, const QString &message);

    ProfileStore *m_profiles;
    ProfileSecrets *m_secrets;
    QNetworkAccessManager *m_nam;
    Profile m_profile;
    QPointer<OktaClient> m_client;
    QPointer<TokenRevoker> m_revoker;
    bool m_running = false;
};

} // namespace okta

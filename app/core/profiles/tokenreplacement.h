#pragma once

#include "core/auth/clientcredentials.h"
#include "profilesecrets.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace okta {

class OktaClient;
class TokenRevoker;

// Stores a sign-in's secrets for a saved profile and then revokes, at the org, the tokens
// they replace, so signing in again (`oktadesk-cli profiles login`, the wizard's
// Reauthorize) leaves no earlier refresh token valid at Okta for anyone who copied it. A
// first sign-in replaces nothing and only stores.
//
// Order: read the profile's current tokens, save the new secrets (the keychain is the
// record; a failed save changes nothing and revokes nothing), then revoke the old access
// and refresh tokens that differ from the new ones. A revocation that fails does not undo
// the sign-in: finished() reports it so the admin can act (the old refresh token then
// lives until it expires or is revoked in the Admin Console).
class TokenReplacement : public QObject {
    Q_OBJECT
public:
    // `client` is the profile's org (its base URL is where the old tokens go to be
    // revoked); neither is owned and both must outlive the replacement.
    TokenReplacement(ProfileSecrets *secrets, OktaClient *client, QObject *parent = nullptr);
    ~TokenReplacement() override;

    struct Result {
        bool saved = false; // the new secrets are in the store
        QString error;      // why not (the store's reason, translated); nothing changed then
        bool storeUnavailable = false;
        QString storeReason;   // the store's own words when it was unavailable
        QString revokeProblem; // replaced tokens that could not be revoked (names no secret)
    };

    // `secrets`: what the sign-in produced (tokens, and a client secret when it changed);
    // `credentials`: the app the old tokens were issued to. Ends with finished(), later.
    void replace(const QString &profileId, const ProfileSecretMap &secrets,
                 const ClientCredentials &credentials);

Q_SIGNALS:
    void finished(const okta::TokenReplacement::Result &result);

private:
    void onOldLoaded(ProfileSecretsJob *job);
    void onSaved(ProfileSecretsJob *job);
    void done(const Result &result);

    QPointer<ProfileSecrets> m_secrets;
    QPointer<OktaClient> m_client;
    QString m_profileId;
    ProfileSecretMap m_new;
    ClientCredentials m_credentials;
    Secret m_oldAccess;
    Secret m_oldRefresh;
    QString m_loadProblem; // why the old tokens could not be read (then none is revoked)
    QPointer<TokenRevoker> m_revoker;
    bool m_running = false;
};

} // namespace okta

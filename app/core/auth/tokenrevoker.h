#pragma once

#include "clientcredentials.h"
#include "tokenset.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace okta {

class OktaClient;
class OktaJob;
struct OktaResult;

// Revokes a profile's tokens at /oauth2/v1/revoke (form: token, token_type_hint, client
// authentication) when the profile is deleted. Both revocations run at once; one
// finished() reports them together. Okta answers 200 for unknown or expired tokens, so
// revoking twice is harmless.
class TokenRevoker : public QObject {
    Q_OBJECT
public:
    TokenRevoker(OktaClient *client, const ClientCredentials &credentials, QObject *parent = nullptr);
    ~TokenRevoker() override;

    // Either token may be empty (skipped). With nothing to revoke, finished(true) follows on
    // the next event-loop turn. Ignored while a revocation runs.
    void revoke(const Secret &accessToken, const Secret &refreshToken);
    void revoke(const TokenSet &tokens) { revoke(tokens.accessToken, tokens.refreshToken); }
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    // `message` is empty on success, else one translated sentence per token that failed.
    void finished(bool ok, const QString &message);

private:
    void start(const Secret &token, const QString &hint);
    void onResult(const QString &hint, const OktaResult &result);

    QPointer<OktaClient> m_client;
    ClientCredentials m_credentials;
    QList<QPointer<OktaJob>> m_jobs;
    QStringList m_errors;
    int m_pending = 0;
};

} // namespace okta

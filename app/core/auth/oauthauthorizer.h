#pragma once

#include "clientcredentials.h"
#include "core/okta/authorizer.h"
#include "tokenset.h"

#include <QPointer>
#include <QTimer>

#include <chrono>

namespace okta {

class OktaClient;
class OktaJob;
struct OktaResult;

// Bearer authorisation from a browser sign-in. Refreshes the access token at
// /oauth2/v1/token (grant_type=refresh_token) when a request comes back 401 and, ahead of
// time, shortly before it expires. Concurrent refresh() calls share one token request.
//
// A rotated refresh token replaces the old one at once and tokensChanged() fires before
// refreshFinished(), so the profile layer can write it to the keychain before anything
// else runs: with rotation the old refresh token stops working after Okta's grace period.
//
// A refresh that Okta refuses (invalid_grant: revoked or expired refresh token,
// invalid_client…) ends refreshing for this token set and emits reauthorizationNeeded().
// A transient failure (network, 5xx, 429) only fails the waiting requests; the next 401
// or the proactive timer (30 s later) tries again.
//
// A 401 for a request that was sent with the previous access token but answered after the
// refresh finished starts another refresh (with the newest refresh token). That costs one
// token request in a rare race; skipping it could turn a real 401 into a failed request.
class OAuthAuthorizer final : public Authorizer {
    Q_OBJECT
public:
    // `tokenClient` is the org's OktaClient (usually the one this authorizer serves; its
    // postForm sends no management Authorization header).
    OAuthAuthorizer(OktaClient *tokenClient, const ClientCredentials &credentials, const TokenSet &tokens,
                    QObject *parent = nullptr);
    ~OAuthAuthorizer() override;

    Secret authorizationHeader() const override;
    bool canRefresh() const override;
    void refresh() override;

    TokenSet tokens() const { return m_tokens; }
    // Replaces the tokens (after a reauthorization); re-arms refreshing and the timer.
    void setTokens(const TokenSet &tokens);
    bool isRefreshing() const { return m_job != nullptr; }
    // Token requests sent so far (diagnostics, tests).
    int refreshRequestCount() const { return m_refreshRequests; }

    // How long before expiresAt the proactive refresh runs; default 60 s.
    void setRefreshLeadTime(std::chrono::seconds lead);
    std::chrono::seconds refreshLeadTime() const { return m_lead; }

Q_SIGNALS:
    // New access token, and a new refresh token when Okta rotated it. Store it now.
    void tokensChanged(const okta::TokenSet &tokens);
    // The refresh token no longer works: the user must sign in again.
    void reauthorizationNeeded(const QString &message);

private:
    void onRefreshResult(const OktaResult &result);
    void scheduleProactiveRefresh();
    void finishRefresh(bool ok, const QString &error);

    QPointer<OktaClient> m_client;
    ClientCredentials m_credentials;
    TokenSet m_tokens;
    QPointer<OktaJob> m_job;
    QTimer m_timer;
    std::chrono::seconds m_lead{60};
    int m_refreshRequests = 0;
    bool m_refreshDead = false; // Okta refused this refresh token
};

} // namespace okta

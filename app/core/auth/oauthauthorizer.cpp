#include "oauthauthorizer.h"

#include "core/okta/errormessages.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcOAuth, "oktadesk.auth.oauth", QtWarningMsg)

namespace okta {

namespace {
constexpr qint64 kRetryAfterTransientMs = 30000;
constexpr qint64 kMaxTimerMs = 24LL * 3600 * 1000; // QTimer takes an int; re-armed on expiry
} // namespace

OAuthAuthorizer::OAuthAuthorizer(OktaClient *tokenClient, const ClientCredentials &credentials,
                                 const TokenSet &tokens, QObject *parent)
    : Authorizer(parent)
    , m_client(tokenClient)
    , m_credentials(credentials)
    , m_tokens(tokens) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!canRefresh())
            return;
        if (m_tokens.expiresWithin(m_lead.count()))
            refresh();
        else
            scheduleProactiveRefresh(); // woke early after a clamped interval
    });
    scheduleProactiveRefresh();
}

OAuthAuthorizer::~OAuthAuthorizer() {
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

Secret OAuthAuthorizer::authorizationHeader() const {
    if (m_tokens.accessToken.isEmpty())
        return {};
    return Secret::withPrefix("Bearer ", m_tokens.accessToken);
}

bool OAuthAuthorizer::canRefresh() const {
    return m_tokens.hasRefreshToken() && !m_refreshDead && m_client;
}

void OAuthAuthorizer::setTokens(const TokenSet &tokens) {
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job = nullptr;
        finishRefresh(false, tr("The sign-in was replaced."));
    }
    m_tokens = tokens;
    m_refreshDead = false;
    scheduleProactiveRefresh();
}

void OAuthAuthorizer::setRefreshLeadTime(std::chrono::seconds lead) {
    m_lead = lead;
    scheduleProactiveRefresh();
}

void OAuthAuthorizer::scheduleProactiveRefresh() {
    m_timer.stop();
    if (!canRefresh() || !m_tokens.expiresAt.isValid())
        return;
    const qint64 due =
        QDateTime::currentDateTimeUtc().msecsTo(m_tokens.expiresAt) - qint64(m_lead.count()) * 1000;
    m_timer.start(int(std::clamp<qint64>(due, 0, kMaxTimerMs)));
}

void OAuthAuthorizer::refresh() {
    if (m_job)
        return; // one token request at a time; every caller waits for refreshFinished()
    if (!canRefresh()) {
        QTimer::singleShot(0, this,
                           [this] { finishRefresh(false, tr("There is no refresh token; sign in again.")); });
        return;
    }
    m_timer.stop();
    QUrlQuery form;
    ClientCredentials::addFormField(form, QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    ClientCredentials::addFormField(form, QStringLiteral("refresh_token"), m_tokens.refreshToken);
    const Secret basic = m_credentials.apply(form);
    ++m_refreshRequests;
    qCInfo(lcOAuth) << "refreshing the access token";
    m_job = m_client->postForm(QStringLiteral("/oauth2/v1/token"), form, basic);
    connect(m_job, &OktaJob::finished, this, &OAuthAuthorizer::onRefreshResult);
}

void OAuthAuthorizer::onRefreshResult(const OktaResult &result) {
    m_job = nullptr;
    if (result.canceled())
        return;
    if (result.ok()) {
        const TokenSet fresh = TokenSet::fromTokenResponse(result.json.object());
        if (fresh.isValid()) {
            const bool rotated = fresh.hasRefreshToken() && fresh.refreshToken != m_tokens.refreshToken;
            m_tokens = m_tokens.refreshedWith(fresh);
            qCInfo(lcOAuth) << "access token refreshed; refresh token rotated:" << rotated;
            scheduleProactiveRefresh();
            Q_EMIT tokensChanged(m_tokens);
            finishRefresh(true, QString());
            return;
        }
    }
    const bool transient = result.failure == Failure::Network || result.failure == Failure::Tls ||
                           result.failure == Failure::Timeout || result.failure == Failure::RateLimited ||
                           (result.failure == Failure::Http && result.httpStatus >= 500);
    QString message = result.ok() ? tr("Okta's token response carried no access token.") : result.message();
    qCInfo(lcOAuth) << "refresh failed:" << result.httpStatus << result.error.oauthError;
    if (transient) {
        if (canRefresh())
            m_timer.start(int(kRetryAfterTransientMs));
        finishRefresh(false, message);
        return;
    }
    m_refreshDead = true;
    m_timer.stop();
    message = tr("The sign-in has expired or was revoked; reauthorize the profile to continue.") +
              QLatin1Char(' ') + message;
    finishRefresh(false, message);
    Q_EMIT reauthorizationNeeded(message);
}

void OAuthAuthorizer::finishRefresh(bool ok, const QString &error) {
    Q_EMIT refreshFinished(ok, error);
}

} // namespace okta

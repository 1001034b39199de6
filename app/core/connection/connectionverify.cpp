// Step (d): who signed in, whether the account is a super admin, what the token carries
// and what budget Okta reported.
#include "connectionsetup.h"

#include "core/auth/oauthauthorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace okta {

Authorizer *ConnectionSetup::makeAuthorizer() {
    if (m_method == AuthMethod::ApiToken)
        return new StaticAuthorizer(StaticAuthorizer::Scheme::Ssws, m_apiToken, this);
    ClientCredentials credentials;
    credentials.clientId = m_clientId;
    credentials.clientSecret = m_clientSecret;
    auto *authorizer = new OAuthAuthorizer(m_client, credentials, m_tokens, this);
    // A refresh during verification (rotation) must not leave us with a dead refresh token.
    connect(authorizer, &OAuthAuthorizer::tokensChanged, this,
            [this](const TokenSet &tokens) { m_tokens = tokens; });
    return authorizer;
}

void ConnectionSetup::resetVerify() {
    if (m_verifyJob) {
        m_verifyJob->disconnect(this);
        m_verifyJob->cancel();
        m_verifyJob = nullptr;
    }
    if (m_client)
        m_client->setAuthorizer(nullptr);
    if (m_authorizer)
        m_authorizer->deleteLater();
    m_authorizer = nullptr;
    m_adminId.clear();
    m_adminLogin.clear();
    m_adminName.clear();
    m_roleTypes.clear();
    m_superAdmin = SuperAdmin::Unknown;
    m_rateLimit = RateLimit();
    if (m_verifyState != VerifyState::Idle || !m_verifyMessage.isEmpty()) {
        m_verifyState = VerifyState::Idle;
        m_verifyMessage.clear();
        Q_EMIT verifyChanged();
    }
}

void ConnectionSetup::verify() {
    if (m_verifyState == VerifyState::Running)
        return;
    resetVerify();
    if (!isSignedIn() || !m_client) {
        finishVerify(VerifyState::Failed, tr("Sign in first."));
        return;
    }
    m_authorizer = makeAuthorizer();
    m_client->setAuthorizer(m_authorizer);
    m_verifyState = VerifyState::Running;
    m_verifyMessage = tr("Checking who signed in…");
    Q_EMIT verifyChanged();
    m_verifyJob = OktaApi(m_client).me();
    connect(m_verifyJob, &OktaJob::finished, this, &ConnectionSetup::onMe);
}

void ConnectionSetup::onMe(const OktaResult &result) {
    m_verifyJob = nullptr;
    if (result.canceled())
        return;
    m_rateLimit = m_client ? m_client->lastRateLimit() : result.rateLimit;
    if (!result.ok()) {
        if (result.httpStatus == 401)
            finishVerify(VerifyState::Failed,
                         m_method == AuthMethod::ApiToken
                             ? tr("Okta did not accept the API token. Check that it was copied completely "
                                  "and that it has not expired or been revoked.")
                             : tr("Okta did not accept the new access token. Sign in again."));
        else
            finishVerify(VerifyState::Failed,
                         tr("OktaDesk could not read the signed-in account: %1").arg(result.message()));
        return;
    }
    const QJsonObject me = result.json.object();
    const QJsonObject profile = me.value(QLatin1String("profile")).toObject();
    m_adminId = me.value(QLatin1String("id")).toString();
    m_adminLogin = profile.value(QLatin1String("login")).toString();
    const QString first = profile.value(QLatin1String("firstName")).toString();
    const QString last = profile.value(QLatin1String("lastName")).toString();
    m_adminName = QString(first + QLatin1Char(' ') + last).trimmed();
    if (m_adminName.isEmpty())
        m_adminName = profile.value(QLatin1String("displayName")).toString();
    if (m_adminId.isEmpty()) {
        finishVerify(VerifyState::Failed, tr("Okta's answer about the signed-in account carried no id."));
        return;
    }
    m_verifyMessage = tr("Checking the account's admin roles…");
    Q_EMIT verifyChanged();
    m_verifyJob = OktaApi(m_client).listUserRoles(m_adminId);
    connect(m_verifyJob, &OktaJob::finished, this, &ConnectionSetup::onRoles);
}

void ConnectionSetup::onRoles(const OktaResult &result) {
    m_verifyJob = nullptr;
    if (result.canceled())
        return;
    if (m_client && m_client->lastRateLimit().isValid())
        m_rateLimit = m_client->lastRateLimit();
    if (!result.ok()) {
        // Without okta.roles.read (or the right) the roles stay unknown; the account itself
        // works, so the connection can still be saved.
        m_superAdmin = SuperAdmin::Unknown;
        finishVerify(
            VerifyState::Done,
            tr("Signed in, but the account's admin roles could not be read: %1").arg(result.message()));
        return;
    }
    const QJsonArray roles = result.json.array();
    for (const QJsonValue &value : roles) {
        const QString type = value.toObject().value(QLatin1String("type")).toString();
        if (!type.isEmpty() && !m_roleTypes.contains(type))
            m_roleTypes.append(type);
    }
    m_superAdmin = m_roleTypes.contains(QLatin1String("SUPER_ADMIN")) ? SuperAdmin::Yes : SuperAdmin::No;
    finishVerify(VerifyState::Done, m_superAdmin == SuperAdmin::Yes
                                        ? tr("Signed in as a super admin.")
                                        : tr("Signed in, but the account is not a super admin."));
}

void ConnectionSetup::finishVerify(VerifyState state, const QString &message) {
    m_verifyState = state;
    m_verifyMessage = message;
    Q_EMIT verifyChanged();
}

QString ConnectionSetup::superAdminWarning() const {
    if (m_verifyState != VerifyState::Done || m_superAdmin == SuperAdmin::Yes)
        return {};
    const QString consequences =
        tr("OktaDesk can connect with it, but these will not work: granting or revoking scopes on apps, "
           "assigning admin roles, and onboarding service accounts. Sign in with a super admin — "
           "preferably a dedicated service account — to use them.");
    if (m_superAdmin == SuperAdmin::Unknown)
        return tr("OktaDesk could not tell whether this account is a super admin.") + QLatin1Char(' ') +
               consequences;
    const QString roles =
        m_roleTypes.isEmpty() ? tr("no admin roles") : m_roleTypes.join(QLatin1String(", "));
    return tr("This account is not a super admin (it holds: %1).").arg(roles) + QLatin1Char(' ') +
           consequences;
}

QString ConnectionSetup::scopesDescription() const {
    if (m_method == AuthMethod::ApiToken)
        return tr("API token: it carries no scopes and inherits the rights of the admin who created it.");
    if (m_tokens.scopes.isEmpty())
        return tr("Okta did not say which scopes the token carries.");
    return m_tokens.scopes.join(QLatin1Char(' '));
}

QString ConnectionSetup::rateLimitDescription() const {
    if (!m_rateLimit.isValid())
        return tr("Okta sent no rate-limit figures.");
    QString text = tr("%1 of %2 requests left in the current window")
                       .arg(QLocale().toString(m_rateLimit.remaining), QLocale().toString(m_rateLimit.limit));
    if (m_rateLimit.resetEpochSeconds > 0) {
        const QDateTime reset = QDateTime::fromSecsSinceEpoch(m_rateLimit.resetEpochSeconds).toLocalTime();
        text = tr("%1 (resets at %2).").arg(text, QLocale().toString(reset.time(), QLocale::ShortFormat));
    } else {
        text += QLatin1Char('.');
    }
    return text;
}

} // namespace okta

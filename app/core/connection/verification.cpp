#include "verification.h"

#include "core/auth/oauthauthorizer.h"
#include "core/okta/errormessages.h"
#include "core/okta/oktaclient.h"
#include "core/okta/whoamijob.h"
#include "core/secrets/secretstore.h"
#include "orgcheck.h"
#include "signin.h"
#include "signinmethod.h"

#include <QDateTime>
#include <QLocale>

namespace okta {

Verification::Verification(OrgCheck *org, SignInMethod *method, SignIn *signIn, QObject *parent)
    : QObject(parent)
    , m_org(org)
    , m_method(method)
    , m_signIn(signIn) {
    connect(signIn, &SignIn::restarted, this, &Verification::reset);
}

Verification::~Verification() {
    if (m_job)
        m_job->cancel();
}

Authorizer *Verification::makeAuthorizer() {
    if (!m_method->isBrowser())
        return new StaticAuthorizer(StaticAuthorizer::Scheme::Ssws, m_method->apiToken(), this);
    auto *authorizer =
        new OAuthAuthorizer(m_org->client(), m_method->credentials(), m_signIn->tokens(), this);
    // A refresh during verification (rotation) must not leave the sign-in with a dead
    // refresh token.
    connect(authorizer, &OAuthAuthorizer::tokensChanged, m_signIn, &SignIn::updateTokens);
    return authorizer;
}

void Verification::reset() {
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    if (m_org->client() && m_authorizer && m_org->client()->authorizer() == m_authorizer)
        m_org->client()->setAuthorizer(nullptr);
    if (m_authorizer)
        m_authorizer->deleteLater();
    m_authorizer = nullptr;
    m_whoAmI = WhoAmI();
    m_rateLimit = RateLimit();
    if (m_state != State::Idle || !m_message.isEmpty()) {
        m_state = State::Idle;
        m_message.clear();
        Q_EMIT changed();
    }
}

void Verification::start() {
    if (m_state == State::Running)
        return;
    reset();
    OktaClient *client = m_org->client();
    if (!m_signIn->isSignedIn() || !client) {
        finish(State::Failed, tr("Sign in first."));
        return;
    }
    m_authorizer = makeAuthorizer();
    client->setAuthorizer(m_authorizer);
    m_state = State::Running;
    m_message = tr("Checking who signed in…");
    Q_EMIT changed();
    m_job = new WhoAmIJob(client);
    connect(m_job, &WhoAmIJob::stageChanged, this, [this](WhoAmIJob::Stage stage) {
        if (stage != WhoAmIJob::Stage::Roles)
            return;
        noteRateLimit();
        m_message = tr("Checking the account's admin roles…");
        Q_EMIT changed();
    });
    connect(m_job, &WhoAmIJob::finished, this, [this](WhoAmIJob *job) {
        m_job = nullptr;
        noteRateLimit();
        m_whoAmI = job->whoAmI();
        if (job->stage() == WhoAmIJob::Stage::Failed) {
            const OktaResult &user = job->userResult();
            finish(State::Failed,
                   user.httpStatus == 401
                       ? ErrorMessages::forRefusedCredential(!m_method->isBrowser())
                       : tr("OktaDesk could not read the signed-in account: %1").arg(job->errorString()));
            return;
        }
        // Without okta.roles.read (or the right) the roles stay unknown; the account itself
        // works, so the connection can still be saved.
        if (!m_whoAmI.rolesKnown)
            finish(
                State::Done,
                tr("Signed in, but the account's admin roles could not be read: %1").arg(job->rolesError()));
        else
            finish(State::Done, m_whoAmI.superAdmin() == WhoAmI::SuperAdmin::Yes
                                    ? tr("Signed in as a super admin.")
                                    : tr("Signed in, but the account is not a super admin."));
    });
    m_job->start();
}

void Verification::noteRateLimit() {
    if (m_org->client() && m_org->client()->lastRateLimit().isValid())
        m_rateLimit = m_org->client()->lastRateLimit();
}

void Verification::finish(State state, const QString &message) {
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

QString Verification::superAdminWarning() const {
    return m_state == State::Done ? m_whoAmI.superAdminWarning() : QString();
}

QString Verification::scopesDescription() const {
    if (!m_method->isBrowser())
        return tr("API token: it carries no scopes and inherits the rights of the admin who created it.");
    if (m_signIn->tokens().scopes.isEmpty())
        return tr("Okta did not say which scopes the token carries.");
    return m_signIn->tokens().scopes.join(QLatin1Char(' '));
}

QString Verification::rateLimitDescription() const {
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

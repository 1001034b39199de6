// Domain, discovery, method and sign-in steps of the connection setup. Verification lives
// in connectionverify.cpp, saving in connectionsave.cpp.
#include "connectionsetup.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/profiles/profilesecrets.h"
#include "core/secrets/memorysecretstore.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace okta {

Q_LOGGING_CATEGORY(lcSetup, "oktadesk.connection.setup", QtWarningMsg)

QList<ConnectionSetup::FeatureScopes> ConnectionSetup::featureScopes() {
    // What each feature calls. `.manage` covers `.read` at Okta, but both are asked for so
    // that an admin who grants only the read scope still gets the read-only parts.
    return {
        // Scopes page: lists OAuth apps and grants or revokes their okta.* scopes.
        {tr("App scopes"),
         {QStringLiteral("okta.apps.read"), QStringLiteral("okta.appGrants.read"),
          QStringLiteral("okta.appGrants.manage")}},
        // System Log page: queries and streams /api/v1/logs.
        {tr("System Log"), {QStringLiteral("okta.logs.read")}},
        // Directory page: users and groups, group membership, bulk attribute edits.
        {tr("Directory"),
         {QStringLiteral("okta.users.read"), QStringLiteral("okta.users.manage"),
          QStringLiteral("okta.groups.read"), QStringLiteral("okta.groups.manage")}},
        // Verification (is the account a super admin?) and admin role assignment.
        {tr("Admin roles"), {QStringLiteral("okta.roles.read"), QStringLiteral("okta.roles.manage")}},
        // Service-account onboarding: creates the user, assigns it to apps.
        {tr("Service accounts"), {QStringLiteral("okta.apps.manage")}},
    };
}

QStringList ConnectionSetup::requestedScopes() {
    // openid: the org AS requires it at /authorize; offline_access: a refresh token.
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("offline_access")};
    for (const FeatureScopes &feature : featureScopes())
        for (const QString &scope : feature.scopes)
            if (!scopes.contains(scope))
                scopes.append(scope);
    return scopes;
}

ConnectionSetup::ConnectionSetup(QNetworkAccessManager *nam, SecretStore *store, ProfileStore *profiles,
                                 ProfileSecrets *secrets, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_store(store)
    , m_profiles(profiles)
    , m_secrets(secrets) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(400));
    connect(&m_debounce, &QTimer::timeout, this, &ConnectionSetup::startDiscovery);
}

ConnectionSetup::~ConnectionSetup() {
    if (m_discoveryJob)
        m_discoveryJob->cancel();
    if (m_verifyJob)
        m_verifyJob->cancel();
    delete m_signIn;
    wipeSecret(m_apiToken);
    m_clientSecret.fill(QChar(u'\0'));
    wipeSecret(m_tokens.accessToken);
    wipeSecret(m_tokens.refreshToken);
    wipeSecret(m_tokens.idToken);
}

bool ConnectionSetup::reauthorize(const QString &profileId) {
    if (!m_profiles)
        return false;
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return false;
    m_mode = Mode::Reauthorize;
    m_profileId = profile->id;
    m_profileName = profile->name;
    m_profileNameEdited = true;
    m_method = profile->authMethod;
    m_clientId = profile->clientId;
    m_port = profile->redirectPort;
    Q_EMIT methodChanged();
    setDomain(profile->domain);
    checkDomainNow();
    if (m_method == AuthMethod::BrowserPkce)
        loadClientSecret(profile->id);
    Q_EMIT saveChanged();
    return true;
}

void ConnectionSetup::loadClientSecret(const QString &profileId) {
    if (!m_secrets)
        return;
    ProfileSecretsJob *job = m_secrets->load(profileId);
    connect(job, &ProfileSecretsJob::finished, this, [this](ProfileSecretsJob *done) {
        const auto it = done->secrets().constFind(SecretKind::ClientSecret);
        // Only fill it in when the admin has not typed one meanwhile.
        if (it != done->secrets().cend() && m_clientSecret.isEmpty()) {
            m_clientSecret = QString::fromUtf8(*it);
            Q_EMIT methodChanged();
        }
    });
}

// ---- (a) domain and discovery ----

void ConnectionSetup::setDiscoveryDebounce(std::chrono::milliseconds delay) {
    m_debounce.setInterval(delay);
}

void ConnectionSetup::setDomain(const QString &text) {
    if (text == m_domainText && m_discoveryState != DiscoveryState::Idle)
        return;
    m_domainText = text;
    const OrgDomainResult previous = m_domain;
    m_domain = OrgDomain::normalise(text);
    const bool sameOrg = previous.ok() && m_domain.ok() && previous.host == m_domain.host;
    Q_EMIT domainChanged();
    if (sameOrg && m_discoveryState != DiscoveryState::Idle && m_discoveryState != DiscoveryState::Failed)
        return; // e.g. "https://acme.okta.com/" -> "acme.okta.com": nothing to check again
    ++m_discoveryGeneration;
    if (m_discoveryJob)
        m_discoveryJob->cancel();
    m_debounce.stop();
    resetSignIn();
    resetVerify();
    if (!m_domain.ok()) {
        setDiscovery(DiscoveryState::Idle, DiscoveryFailure::None, {});
        return;
    }
    setDiscovery(DiscoveryState::Pending, DiscoveryFailure::None, tr("Waiting for you to finish typing…"));
    m_debounce.start();
}

void ConnectionSetup::checkDomainNow() {
    if (!m_domain.ok() || m_discoveryState == DiscoveryState::Checking ||
        m_discoveryState == DiscoveryState::Found)
        return;
    m_debounce.stop();
    startDiscovery();
}

void ConnectionSetup::startDiscovery() {
    if (!m_domain.ok())
        return;
    const QUrl base = m_domain.baseUrl();
    if (!m_client || m_client->baseUrl() != base) {
        if (m_client)
            m_client->deleteLater();
        m_client = new OktaClient(m_nam, base, nullptr, this);
        ClientOptions options = m_client->options();
        options.transferTimeoutMs = 20000; // an org answers discovery in well under a second
        m_client->setOptions(options);
    }
    const quint64 generation = ++m_discoveryGeneration;
    m_issuer.clear();
    setDiscovery(DiscoveryState::Checking, DiscoveryFailure::None, tr("Checking %1…").arg(m_domain.host));
    m_discoveryJob = OktaApi(m_client).openIdConfiguration();
    connect(m_discoveryJob, &OktaJob::finished, this,
            [this, generation](const OktaResult &result) { onDiscovery(result, generation); });
}

void ConnectionSetup::onDiscovery(const OktaResult &result, quint64 generation) {
    if (generation != m_discoveryGeneration || result.canceled())
        return; // a newer domain was typed meanwhile
    const QString host = m_domain.host;
    if (result.ok()) {
        const QString issuer = result.json.object().value(QLatin1String("issuer")).toString();
        const QUrl issuerUrl(issuer, QUrl::StrictMode);
        if (issuer.isEmpty() || !issuerUrl.isValid() || issuerUrl.host().isEmpty()) {
            setDiscovery(DiscoveryState::Failed, DiscoveryFailure::NotOkta,
                         tr("%1 answered, but its OpenID configuration names no issuer, so it is not "
                            "an Okta org.")
                             .arg(host));
            return;
        }
        m_issuer = issuer;
        setDiscovery(DiscoveryState::Found, DiscoveryFailure::None,
                     tr("Okta org found. Issuer: %1").arg(issuer));
        return;
    }
    switch (result.failure) {
    case Failure::Network:
        if (result.networkError == QNetworkReply::HostNotFoundError)
            setDiscovery(DiscoveryState::Failed, DiscoveryFailure::Dns,
                         tr("The host name %1 could not be found (DNS). Check the spelling of the domain "
                            "and your network connection.")
                             .arg(host));
        else
            setDiscovery(DiscoveryState::Failed, DiscoveryFailure::Connection,
                         tr("OktaDesk could not connect to %1: %2").arg(host, result.networkErrorString));
        return;
    case Failure::Tls:
        setDiscovery(DiscoveryState::Failed, DiscoveryFailure::Tls,
                     tr("The secure connection to %1 failed (TLS): %2. A wrong domain or a proxy that "
                        "inspects traffic can cause this.")
                         .arg(host, result.networkErrorString));
        return;
    case Failure::Timeout:
        setDiscovery(
            DiscoveryState::Failed, DiscoveryFailure::Timeout,
            tr("%1 did not answer in time. Check the domain and your network connection.").arg(host));
        return;
    case Failure::Http:
    case Failure::MalformedJson:
        setDiscovery(DiscoveryState::Failed, DiscoveryFailure::NotOkta,
                     result.httpStatus > 0 && result.failure == Failure::Http
                         ? tr("%1 answered, but it is not an Okta org: it has no OpenID configuration "
                              "(HTTP %2).")
                               .arg(host)
                               .arg(result.httpStatus)
                         : tr("%1 answered, but not with an OpenID configuration, so it is not an Okta "
                              "org.")
                               .arg(host));
        return;
    default:
        setDiscovery(DiscoveryState::Failed, DiscoveryFailure::Connection,
                     tr("OktaDesk could not check %1: %2").arg(host, result.message()));
        return;
    }
}

void ConnectionSetup::setDiscovery(DiscoveryState state, DiscoveryFailure failure, const QString &message) {
    m_discoveryState = state;
    m_discoveryFailure = failure;
    m_discoveryMessage = message;
    qCDebug(lcSetup) << "discovery" << state << failure;
    Q_EMIT discoveryChanged();
}

// ---- (b) method ----

void ConnectionSetup::setAuthMethod(AuthMethod method) {
    if (method == m_method)
        return;
    m_method = method;
    resetSignIn();
    resetVerify();
    Q_EMIT methodChanged();
}

void ConnectionSetup::setClientId(const QString &clientId) {
    const QString trimmed = clientId.trimmed();
    if (trimmed == m_clientId)
        return;
    m_clientId = trimmed;
    resetSignIn();
    resetVerify();
    Q_EMIT methodChanged();
}

void ConnectionSetup::setClientSecret(const QString &secret) {
    const QString trimmed = secret.trimmed();
    if (trimmed == m_clientSecret)
        return;
    m_clientSecret.fill(QChar(u'\0'));
    m_clientSecret = trimmed;
    resetSignIn();
    resetVerify();
    Q_EMIT methodChanged();
}

void ConnectionSetup::setRedirectPort(quint16 port) {
    if (port == m_port)
        return;
    m_port = port;
    resetSignIn();
    resetVerify();
    Q_EMIT methodChanged();
}

void ConnectionSetup::setApiToken(const QString &token) {
    const QByteArray bytes = token.trimmed().toUtf8();
    if (bytes == m_apiToken)
        return;
    wipeSecret(m_apiToken);
    m_apiToken = bytes;
    resetSignIn();
    resetVerify();
    Q_EMIT methodChanged();
}

QUrl ConnectionSetup::redirectUri() const {
    if (m_signIn && !m_signIn->redirectUri().isEmpty())
        return m_signIn->redirectUri();
    return m_port ? BrowserSignIn::redirectUriForPort(m_port) : QUrl();
}

bool ConnectionSetup::isMethodReady() const {
    return m_method == AuthMethod::ApiToken ? !m_apiToken.isEmpty() : !m_clientId.isEmpty();
}

// ---- (c) sign in ----

void ConnectionSetup::startSignIn() {
    resetSignIn();
    resetVerify();
    if (!isOrgReady() || !m_client) {
        setSignIn(SignInState::Failed, tr("Check the org domain first."));
        return;
    }
    if (!isMethodReady()) {
        setSignIn(SignInState::Failed, m_method == AuthMethod::ApiToken ? tr("Enter the API token first.")
                                                                        : tr("Enter the client ID first."));
        return;
    }
    if (m_method == AuthMethod::ApiToken) {
        setSignIn(SignInState::SignedIn, tr("The API token will be checked on the next page."));
        return;
    }
    ClientCredentials credentials;
    credentials.clientId = m_clientId;
    credentials.clientSecret = m_clientSecret;
    m_signIn = new BrowserSignIn(m_client, credentials, requestedScopes(), m_port, this);
    m_signIn->setCallbackTimeout(m_signInTimeout);
    connect(m_signIn, &BrowserSignIn::stateChanged, this, [this](BrowserSignIn::State state) {
        if (state == BrowserSignIn::State::WaitingForBrowser) {
            m_authorizationUrl = m_signIn->authorizationUrl();
            setSignIn(SignInState::WaitingForBrowser, tr("Waiting for the browser… Sign in there and allow "
                                                         "access; OktaDesk continues on its own."));
        } else if (state == BrowserSignIn::State::ExchangingCode) {
            setSignIn(SignInState::ExchangingCode, tr("The browser is back. Fetching the tokens…"));
        }
    });
    connect(m_signIn, &BrowserSignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        Q_EMIT signInChanged();
        Q_EMIT authorizationUrlReady(url);
    });
    connect(m_signIn, &BrowserSignIn::succeeded, this, [this](const TokenSet &tokens) {
        m_tokens = tokens;
        setSignIn(SignInState::SignedIn, tr("Signed in. Continue to check the account."));
    });
    connect(m_signIn, &BrowserSignIn::failed, this, &ConnectionSetup::onSignInFailed);
    setSignIn(SignInState::Starting, tr("Starting the sign-in…"));
    m_signIn->start();
}

void ConnectionSetup::cancelSignIn() {
    if (m_signIn)
        m_signIn->cancel();
}

void ConnectionSetup::onSignInFailed(BrowserSignIn::Failure kind, const QString &message) {
    m_signInFailure = kind;
    setSignIn(SignInState::Failed, message);
}

void ConnectionSetup::resetSignIn() {
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->cancel();
        m_signIn->deleteLater();
        m_signIn = nullptr;
    }
    wipeSecret(m_tokens.accessToken);
    wipeSecret(m_tokens.refreshToken);
    wipeSecret(m_tokens.idToken);
    m_tokens = TokenSet();
    m_authorizationUrl.clear();
    m_signInFailure = BrowserSignIn::Failure::None;
    if (m_signInState != SignInState::Idle || !m_signInMessage.isEmpty())
        setSignIn(SignInState::Idle);
}

void ConnectionSetup::setSignIn(SignInState state, const QString &message) {
    m_signInState = state;
    m_signInMessage = message;
    Q_EMIT signInChanged();
}

} // namespace okta

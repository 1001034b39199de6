#include "profilesession.h"

#include "core/auth/clientcredentials.h"
#include "core/auth/oauthauthorizer.h"
#include "core/auth/orgdomain.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktaresult.h"
#include "orgbinding.h"
#include "profilesecrets.h"

#include <QLoggingCategory>
#include <QTimer>

namespace okta {

Q_LOGGING_CATEGORY(lcProfileSession, "oktadesk.profiles.session", QtWarningMsg)

ProfileSession::ProfileSession(ProfileStore *profiles, ProfileSecrets *secrets, QNetworkAccessManager *nam,
                               QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_nam(nam) {}

ProfileSession::~ProfileSession() = default;

OAuthAuthorizer *ProfileSession::oauthAuthorizer() const {
    return qobject_cast<OAuthAuthorizer *>(m_authorizer.data());
}

ProfileSecretMap ProfileSession::tokenSecrets(const TokenSet &tokens) {
    ProfileSecretMap map;
    if (!tokens.accessToken.isEmpty())
        map.insert(SecretKind::AccessToken, tokens.accessToken);
    if (!tokens.refreshToken.isEmpty())
        map.insert(SecretKind::RefreshToken, tokens.refreshToken);
    return map;
}

void ProfileSession::open(const QString &profileId) {
    close();
    const quint64 generation = ++m_generation;
    m_state = State::Opening;
    m_reauthorizationSignalled = false;
    const auto profile = m_profiles ? m_profiles->profile(profileId) : std::nullopt;
    if (!profile || !m_secrets) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                fail(ProfileStore::errorMessage(ProfileStore::Error::NotFound), false);
        });
        return;
    }
    m_profile = *profile;
    ProfileSecretsJob *job = m_secrets->load(profileId);
    connect(job, &ProfileSecretsJob::finished, this,
            [this, generation](ProfileSecretsJob *done) { onLoaded(done, generation); });
}

void ProfileSession::onLoaded(ProfileSecretsJob *job, quint64 generation) {
    if (generation != m_generation || m_state != State::Opening)
        return; // closed or reopened meanwhile
    if (!job->succeeded()) {
        // The keychain's own reason (locked, no Secret Service…), never a secret.
        fail(job->errorString(), false);
        return;
    }
    build(job->secrets());
}

void ProfileSession::openWithSecrets(const QString &profileId, const ProfileSecretMap &sealed) {
    openLater(m_profiles ? m_profiles->profile(profileId) : std::nullopt, sealed, true);
}

void ProfileSession::openUnsaved(const Profile &profile, const ProfileSecretMap &secrets) {
    Profile unsaved = profile;
    unsaved.id.clear(); // no id: storeTokens() never writes
    openLater(unsaved, secrets, false);
}

void ProfileSession::openLater(const std::optional<Profile> &profile, const ProfileSecretMap &secrets,
                               bool sealed) {
    close();
    const quint64 generation = ++m_generation;
    m_state = State::Opening;
    m_reauthorizationSignalled = false;
    QTimer::singleShot(0, this, [this, generation, profile, secrets, sealed] {
        if (generation != m_generation)
            return;
        if (!profile) {
            fail(ProfileStore::errorMessage(ProfileStore::Error::NotFound), false);
            return;
        }
        m_profile = *profile;
        if (!sealed) {
            build(secrets);
            return;
        }
        ProfileSecretMap opened;
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
            OrgBinding::Opened one = OrgBinding::open(it.value(), m_profile.domain);
            if (!one.ok) {
                fail(one.problem, false);
                return;
            }
            opened.insert(it.key(), std::move(one.secret));
        }
        build(opened);
    });
}

void ProfileSession::build(const ProfileSecretMap &secrets) {
    const OrgDomainResult domain = OrgDomain::normalise(m_profile.domain);
    if (!domain.ok()) {
        fail(domain.message, false);
        return;
    }
    auto *client = new OktaClient(m_nam, domain.baseUrl(), nullptr, this);
    Authorizer *authorizer = nullptr;
    if (m_profile.authMethod == AuthMethod::ApiToken) {
        const Secret token = secrets.value(SecretKind::ApiToken);
        if (token.isEmpty()) {
            delete client;
            fail(tr("The API token of profile \"%1\" is not in the keychain; add the profile again with a "
                    "current API token.")
                     .arg(m_profile.name),
                 true);
            return;
        }
        authorizer = new StaticAuthorizer(StaticAuthorizer::Scheme::Ssws, token, client);
    } else {
        TokenSet tokens;
        tokens.accessToken = secrets.value(SecretKind::AccessToken);
        tokens.refreshToken = secrets.value(SecretKind::RefreshToken);
        tokens.scopes = m_profile.scopes;
        tokens.tokenType = QStringLiteral("Bearer");
        if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty()) {
            delete client;
            fail(tr("Profile \"%1\" has not signed in yet, or its sign-in is gone from the keychain; "
                    "reauthorize it.")
                     .arg(m_profile.name),
                 true);
            return;
        }
        ClientCredentials credentials;
        credentials.clientId = m_profile.clientId;
        credentials.clientSecret = secrets.value(SecretKind::ClientSecret);
        auto *oauth = new OAuthAuthorizer(client, credentials, tokens, client);
        const QString profileId = m_profile.id;
        connect(oauth, &OAuthAuthorizer::tokensChanged, this, [this, profileId](const TokenSet &fresh) {
            if (profileId == m_profile.id)
                storeTokens(fresh);
        });
        connect(oauth, &OAuthAuthorizer::reauthorizationNeeded, this,
                &ProfileSession::onReauthorizationNeeded);
        authorizer = oauth;
        // Without an access token, the first request's 401 would refresh; do it now.
        if (tokens.accessToken.isEmpty())
            oauth->refresh();
    }
    client->setAuthorizer(authorizer);
    connect(client, &OktaClient::authorizationExpired, this,
            [this](const OktaResult &result) { onReauthorizationNeeded(result.message()); });
    m_client = client;
    m_authorizer = authorizer;
    m_state = State::Open;
    Q_EMIT opened(client, authorizer);
}

void ProfileSession::fail(const QString &message, bool needsReauthorization) {
    m_state = State::Failed;
    Q_EMIT failed(message, needsReauthorization);
}

void ProfileSession::close() {
    ++m_generation;
    if (m_client) {
        m_client->disconnect(this);
        if (m_authorizer)
            m_authorizer->disconnect(this);
        m_client->deleteLater(); // owns the authorizer
    }
    m_client = nullptr;
    m_authorizer = nullptr;
    m_state = State::Closed;
}

void ProfileSession::replaceTokens(const TokenSet &tokens) {
    m_reauthorizationSignalled = false;
    if (OAuthAuthorizer *oauth = oauthAuthorizer())
        oauth->setTokens(tokens);
    storeTokens(tokens);
}

void ProfileSession::onReauthorizationNeeded(const QString &message) {
    // The authorizer and the client may both report the same dead sign-in; say it once.
    if (m_reauthorizationSignalled)
        return;
    m_reauthorizationSignalled = true;
    Q_EMIT reauthorizationNeeded(message);
}

void ProfileSession::storeTokens(const TokenSet &tokens) {
    if (m_profile.id.isEmpty())
        return;
    // Only the newest set matters: a write already running is followed by this one.
    m_pendingTokens = TokenSet();
    m_pendingTokens.accessToken = tokens.accessToken;
    m_pendingTokens.refreshToken = tokens.refreshToken;
    m_hasPendingTokens = true;
    m_writeProfileId = m_profile.id;
    if (!m_writeJob)
        startNextWrite();
}

void ProfileSession::startNextWrite() {
    if (!m_hasPendingTokens || !m_secrets) {
        Q_EMIT tokenWritesFinished();
        return;
    }
    m_hasPendingTokens = false;
    m_writeJob = m_secrets->save(m_writeProfileId, tokenSecrets(m_pendingTokens));
    m_pendingTokens = TokenSet();
    connect(m_writeJob, &ProfileSecretsJob::finished, this, &ProfileSession::onWriteFinished);
}

void ProfileSession::onWriteFinished(ProfileSecretsJob *job) {
    m_writeJob = nullptr;
    if (job->succeeded()) {
        qCDebug(lcProfileSession) << "tokens stored for profile" << job->profileId();
        Q_EMIT tokensStored();
    } else {
        qCWarning(lcProfileSession) << "tokens not stored for profile" << job->profileId();
        Q_EMIT tokenWriteFailed(
            tr("The new sign-in tokens could not be saved in the keychain (%1); they are kept for this "
               "session only, and the profile may need to be reauthorized next time.")
                .arg(job->errorString()));
    }
    startNextWrite();
}

} // namespace okta

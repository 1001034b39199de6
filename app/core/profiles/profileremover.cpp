#include "profileremover.h"

#include "core/auth/clientcredentials.h"
#include "core/auth/orgdomain.h"
#include "core/auth/tokenrevoker.h"
#include "core/okta/oktaclient.h"
#include "profilesecrets.h"

#include <QTimer>

namespace okta {

ProfileRemover::ProfileRemover(ProfileStore *profiles, ProfileSecrets *secrets, QNetworkAccessManager *nam,
                               QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_nam(nam) {}

ProfileRemover::~ProfileRemover() = default;

void ProfileRemover::remove(const QString &profileId) {
    if (m_running)
        return;
    m_running = true;
    const auto profile = m_profiles ? m_profiles->profile(profileId) : std::nullopt;
    if (!profile || !m_secrets) {
        QTimer::singleShot(
            0, this, [this] { done(false, ProfileStore::errorMessage(ProfileStore::Error::NotFound)); });
        return;
    }
    m_profile = *profile;
    if (m_profile.authMethod == AuthMethod::ApiToken) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT apiTokenKept();
            removeLocally();
        });
        return;
    }
    ProfileSecretsJob *job = m_secrets->load(profileId);
    connect(job, &ProfileSecretsJob::finished, this, &ProfileRemover::onLoaded);
}

void ProfileRemover::onLoaded(ProfileSecretsJob *job) {
    if (!job->succeeded()) {
        Q_EMIT revokeFailed(tr("The tokens were not revoked, because the keychain did not return them: %1")
                                .arg(job->errorString()));
        removeLocally();
        return;
    }
    const ProfileSecretMap &secrets = job->secrets();
    const QByteArray access = secrets.value(SecretKind::AccessToken);
    const QByteArray refresh = secrets.value(SecretKind::RefreshToken);
    if (access.isEmpty() && refresh.isEmpty()) {
        removeLocally(); // never signed in: nothing to revoke
        return;
    }
    const OrgDomainResult domain = OrgDomain::normalise(m_profile.domain);
    if (!domain.ok()) {
        Q_EMIT revokeFailed(tr("The tokens were not revoked: %1").arg(domain.message));
        removeLocally();
        return;
    }
    ClientCredentials credentials;
    credentials.clientId = m_profile.clientId;
    credentials.clientSecret = QString::fromUtf8(secrets.value(SecretKind::ClientSecret));
    m_client = new OktaClient(m_nam, domain.baseUrl(), nullptr, this);
    m_revoker = new TokenRevoker(m_client, credentials, this);
    connect(m_revoker, &TokenRevoker::finished, this, [this](bool ok, const QString &message) {
        if (!ok)
            Q_EMIT revokeFailed(message);
        m_revoker->deleteLater();
        m_client->deleteLater();
        removeLocally();
    });
    m_revoker->revoke(access, refresh);
}

void ProfileRemover::removeLocally() {
    ProfileSecretsJob *job = m_secrets->removeProfile(m_profile.id);
    connect(job, &ProfileSecretsJob::finished, this, [this](ProfileSecretsJob *finishedJob) {
        done(finishedJob->succeeded(), finishedJob->errorString());
    });
}

void ProfileRemover::done(bool removed, const QString &error) {
    m_running = false;
    Q_EMIT finished(removed, error);
}

} // namespace okta

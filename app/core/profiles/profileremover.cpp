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

void ProfileRemover::remove(const QString &profileId, Mode mode) {
    if (m_running)
        return;
    m_running = true;
    const auto profile = m_profiles ? m_profiles->profile(profileId) : std::nullopt;
    if (!profile || !m_secrets) {
        QTimer::singleShot(0, this, [this] {
            done(Result::RemoveFailed, ProfileStore::errorMessage(ProfileStore::Error::NotFound));
        });
        return;
    }
    m_profile = *profile;
    if (m_profile.authMethod == AuthMethod::ApiToken || mode == Mode::WithoutRevoking) {
        QTimer::singleShot(0, this, [this] {
            if (m_profile.authMethod == AuthMethod::ApiToken)
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
        revokeFailed(job->errorString());
        return;
    }
    const ProfileSecretMap &secrets = job->secrets();
    const Secret access = secrets.value(SecretKind::AccessToken);
    const Secret refresh = secrets.value(SecretKind::RefreshToken);
    if (access.isEmpty() && refresh.isEmpty()) {
        removeLocally(); // never signed in: nothing to revoke
        return;
    }
    const OrgDomainResult domain = OrgDomain::normalise(m_profile.domain);
    if (!domain.ok()) {
        revokeFailed(domain.message);
        return;
    }
    ClientCredentials credentials;
    credentials.clientId = m_profile.clientId;
    credentials.clientSecret = secrets.value(SecretKind::ClientSecret);
    m_client = new OktaClient(m_nam, domain.baseUrl(), nullptr, this);
    m_revoker = new TokenRevoker(m_client, credentials, this);
    connect(m_revoker, &TokenRevoker::finished, this, [this](bool ok, const QString &message) {
        m_revoker->deleteLater();
        m_client->deleteLater();
        if (ok)
            removeLocally();
        else
            revokeFailed(message);
    });
    m_revoker->revoke(access, refresh);
}

void ProfileRemover::revokeFailed(const QString &why) {
    done(
        Result::RevokeFailed,
        tr("The profile was kept, because its tokens could not be revoked at Okta: %1 Try again when the org "
           "can be reached, or remove the profile anyway; its tokens then stay valid at Okta until they "
           "expire or are revoked in the Admin Console.")
            .arg(why));
}

void ProfileRemover::removeLocally() {
    ProfileSecretsJob *job = m_secrets->removeProfile(m_profile.id);
    connect(job, &ProfileSecretsJob::finished, this, [this](ProfileSecretsJob *finishedJob) {
        if (finishedJob->succeeded())
            done(Result::Removed, {});
        else
            done(Result::RemoveFailed, finishedJob->errorString());
    });
}

void ProfileRemover::done(Result result, const QString &message) {
    m_running = false;
    Q_EMIT finished(result, message);
}

} // namespace okta

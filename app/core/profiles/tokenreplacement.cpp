#include "tokenreplacement.h"

#include "core/auth/tokenrevoker.h"
#include "core/okta/oktaclient.h"

#include <QTimer>

namespace okta {

TokenReplacement::TokenReplacement(ProfileSecrets *secrets, OktaClient *client, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_client(client) {}

TokenReplacement::~TokenReplacement() = default;

void TokenReplacement::replace(const QString &profileId, const ProfileSecretMap &secrets,
                               const ClientCredentials &credentials) {
    if (m_running)
        return;
    m_running = true;
    m_profileId = profileId;
    m_new = secrets;
    m_credentials = credentials;
    if (!m_secrets) {
        QTimer::singleShot(0, this, [this] {
            done({false, tr("There is no profile storage."), false, {}, {}});
        });
        return;
    }
    ProfileSecretsJob *job = m_secrets->load(profileId);
    connect(job, &ProfileSecretsJob::finished, this, &TokenReplacement::onOldLoaded);
}

void TokenReplacement::onOldLoaded(ProfileSecretsJob *job) {
    if (job->succeeded()) {
        m_oldAccess = job->secrets().value(SecretKind::AccessToken);
        m_oldRefresh = job->secrets().value(SecretKind::RefreshToken);
    } else {
        m_loadProblem = job->errorString();
    }
    ProfileSecretsJob *save = m_secrets->save(m_profileId, m_new);
    connect(save, &ProfileSecretsJob::finished, this, &TokenReplacement::onSaved);
}

void TokenReplacement::onSaved(ProfileSecretsJob *job) {
    if (!job->succeeded()) {
        Result failed{false, job->errorString(), job->storeUnavailable(), {}, {}};
        for (const SecretFailure &failure : job->failures())
            if (failure.status == SecretStore::Status::Unavailable && failed.storeReason.isEmpty())
                failed.storeReason = failure.errorString;
        done(failed);
        return;
    }
    if (!m_loadProblem.isEmpty()) {
        done({true,
              {},
              false,
              {},
              tr("The tokens of the earlier sign-in were not revoked, because they could not be read: %1")
                  .arg(m_loadProblem)});
        return;
    }
    // A refresh token that did not rotate (Okta's persistent ones) is the new one too.
    if (m_oldRefresh == m_new.value(SecretKind::RefreshToken))
        m_oldRefresh.clear();
    if (m_oldAccess == m_new.value(SecretKind::AccessToken))
        m_oldAccess.clear();
    m_revoker = new TokenRevoker(m_client, m_credentials, this);
    connect(m_revoker, &TokenRevoker::finished, this, [this](bool ok, const QString &message) {
        done({true,
              {},
              false,
              {},
              ok ? QString()
                 : tr("The tokens of the earlier sign-in could not be revoked at Okta, so they stay valid "
                      "until they expire or are revoked in the Admin Console. %1")
                       .arg(message)});
    });
    m_revoker->revoke(m_oldAccess, m_oldRefresh);
}

void TokenReplacement::done(const Result &result) {
    m_running = false;
    m_new.clear();
    m_oldAccess.clear();
    m_oldRefresh.clear();
    Q_EMIT finished(result);
}

} // namespace okta

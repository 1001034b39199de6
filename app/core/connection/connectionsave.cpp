// Step (e): the profile and its secrets. See the class comment for what happens when the
// keychain is unavailable.
#include "connectionsetup.h"

#include "core/profiles/profilesecrets.h"
#include "core/secrets/memorysecretstore.h"

#include <memory>

namespace okta {

QString ConnectionSetup::defaultProfileName() const {
    if (m_mode == Mode::Reauthorize && !m_profileName.isEmpty())
        return m_profileName;
    const QString base = m_domain.ok() ? m_domain.host : tr("New org");
    if (!m_profiles || !m_profiles->byName(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(base).arg(n);
        if (!m_profiles->byName(candidate))
            return candidate;
    }
}

void ConnectionSetup::setProfileName(const QString &name) {
    const QString trimmed = name.trimmed();
    m_profileNameEdited = true;
    if (trimmed == m_profileName)
        return;
    m_profileName = trimmed;
    Q_EMIT saveChanged();
}

QString ConnectionSetup::profileNameProblem() const {
    const QString name = m_profileNameEdited ? m_profileName : defaultProfileName();
    if (name.isEmpty())
        return tr("Enter a name for the profile.");
    if (m_profiles) {
        const auto existing = m_profiles->byName(name);
        if (existing && existing->id != m_profileId)
            return tr("A profile named “%1” already exists. Choose another name.").arg(name);
    }
    return {};
}

Profile ConnectionSetup::profileToStore() const {
    Profile profile;
    if (m_mode == Mode::Reauthorize && m_profiles)
        profile = m_profiles->profile(m_profileId).value_or(Profile());
    profile.name = m_profileNameEdited ? m_profileName : defaultProfileName();
    profile.domain = m_domain.host;
    profile.authMethod = m_method;
    profile.clientId = m_method == AuthMethod::BrowserPkce ? m_clientId : QString();
    profile.redirectPort = m_method == AuthMethod::BrowserPkce ? m_port : quint16(0);
    profile.scopes = m_method == AuthMethod::BrowserPkce
                         ? (m_tokens.scopes.isEmpty() ? requestedScopes() : m_tokens.scopes)
                         : QStringList();
    return profile;
}

ProfileSecretMap ConnectionSetup::secretsToStore() const {
    ProfileSecretMap secrets;
    if (m_method == AuthMethod::ApiToken) {
        secrets.insert(SecretKind::ApiToken, m_apiToken);
        return secrets;
    }
    if (!m_clientSecret.isEmpty())
        secrets.insert(SecretKind::ClientSecret, m_clientSecret.toUtf8());
    secrets.insert(SecretKind::AccessToken, m_tokens.accessToken);
    if (m_tokens.hasRefreshToken())
        secrets.insert(SecretKind::RefreshToken, m_tokens.refreshToken);
    return secrets;
}

void ConnectionSetup::save() {
    if (m_saveState == SaveState::Saving || m_saveState == SaveState::Saved)
        return;
    if (!m_profiles || !m_secrets) {
        setSave(SaveState::Failed, tr("There is no profile storage."));
        return;
    }
    if (!isSignedIn() || (m_method == AuthMethod::BrowserPkce && !m_tokens.isValid())) {
        setSave(SaveState::Failed, tr("Sign in first."));
        return;
    }
    if (const QString problem = profileNameProblem(); !problem.isEmpty()) {
        setSave(SaveState::Failed, problem);
        return;
    }
    m_keychainReason.clear();
    bool added = false;
    if (m_mode == Mode::NewProfile) {
        const ProfileStore::Result result = m_profiles->add(profileToStore());
        if (!result.ok()) {
            setSave(SaveState::Failed, result.errorString);
            return;
        }
        m_profileId = result.profile.id;
        added = true;
    }
    setSave(SaveState::Saving, tr("Saving the secrets to %1…").arg(m_secrets->store()->backendName()));
    ProfileSecretMap secrets = secretsToStore();
    ProfileSecretsJob *job = m_secrets->save(m_profileId, secrets);
    for (QByteArray &secret : secrets)
        wipeSecret(secret);
    connect(job, &ProfileSecretsJob::finished, this,
            [this, added](ProfileSecretsJob *done) { onSaved(done, added); });
}

void ConnectionSetup::onSaved(ProfileSecretsJob *job, bool addedProfile) {
    if (job->succeeded()) {
        if (m_mode == Mode::Reauthorize)
            m_profiles->update(profileToStore());
        finishSaved(m_profileId, false);
        return;
    }
    // The job has already removed what it wrote and forgotten those key names; the profile
    // this save added goes too, so nothing refers to entries that do not exist.
    if (addedProfile) {
        m_profiles->remove(m_profileId);
        m_profileId.clear();
    }
    if (job->storeUnavailable()) {
        for (const SecretFailure &failure : job->failures())
            if (failure.status == SecretStore::Status::Unavailable && m_keychainReason.isEmpty())
                m_keychainReason = failure.errorString;
        if (m_keychainReason.isEmpty())
            m_keychainReason = tr("no reason given");
        setSave(SaveState::KeychainUnavailable,
                tr("The system keychain cannot be used, so nothing was saved. The keychain says: %1")
                    .arg(m_keychainReason));
        return;
    }
    setSave(SaveState::Failed, job->errorString());
}

void ConnectionSetup::connectForThisRunOnly() {
    if (m_saveState != SaveState::KeychainUnavailable)
        return;
    QString id = m_profileId;
    if (m_mode == Mode::NewProfile) {
        // The settings only; secretKeys stays empty, so no key name points at nothing.
        const ProfileStore::Result result = m_profiles->add(profileToStore());
        if (!result.ok()) {
            setSave(SaveState::Failed, result.errorString);
            return;
        }
        id = m_profileId = result.profile.id;
    }
    setSave(SaveState::Saving, tr("Keeping the secrets in memory for this run…"));
    MemorySecretStore *store = sessionStore();
    const ProfileSecretMap secrets = secretsToStore();
    auto pending = std::make_shared<int>(int(secrets.size()));
    auto failed = std::make_shared<QString>();
    auto done = [this, id, pending, failed] {
        if (--*pending > 0)
            return;
        if (!failed->isEmpty()) {
            setSave(SaveState::Failed, *failed);
            return;
        }
        if (m_mode == Mode::Reauthorize)
            m_profiles->update(profileToStore());
        finishSaved(id, true);
    };
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        SecretJob *job = store->write(ProfileStore::secretKey(id, it.key()), it.value());
        connect(job, &SecretJob::finished, this,
                [failed, done](SecretStore::Status status, const QByteArray &, const QString &error) {
                    if (status != SecretStore::Status::Ok && failed->isEmpty())
                        *failed = error;
                    done();
                });
    }
}

MemorySecretStore *ConnectionSetup::sessionStore() {
    if (!m_sessionStore)
        m_sessionStore = new MemorySecretStore(this);
    return m_sessionStore;
}

void ConnectionSetup::setSessionStore(MemorySecretStore *store) {
    m_sessionStore = store;
}

void ConnectionSetup::finishSaved(const QString &profileId, bool sessionOnly) {
    m_savedProfileId = profileId;
    m_sessionOnly = sessionOnly;
    m_profiles->setCurrentProfileId(profileId);
    setSave(SaveState::Saved,
            sessionOnly ? tr("Connected for this run only. The secrets are kept in "
                             "memory and are gone when OktaDesk quits.")
                        : tr("Saved. The secrets are in %1.").arg(m_secrets->store()->backendName()));
    Q_EMIT profileSaved(profileId);
}

void ConnectionSetup::setSave(SaveState state, const QString &message) {
    m_saveState = state;
    m_saveMessage = message;
    Q_EMIT saveChanged();
}

QString ConnectionSetup::summary() const {
    const QString name = m_profileNameEdited ? m_profileName : defaultProfileName();
    QStringList lines;
    lines << tr("Profile: %1").arg(name) << tr("Org: %1").arg(m_domain.host);
    if (m_method == AuthMethod::ApiToken)
        lines << tr("Sign-in: API token (SSWS)");
    else
        lines << tr("Sign-in: browser, client ID %1, redirect port %2")
                     .arg(m_clientId, m_port ? QString::number(m_port) : tr("any free port"));
    if (!m_adminLogin.isEmpty())
        lines << tr("Account: %1").arg(m_adminLogin);
    lines << tr("Super admin: %1")
                 .arg(m_superAdmin == SuperAdmin::Yes  ? tr("yes")
                      : m_superAdmin == SuperAdmin::No ? tr("no")
                                                       : tr("unknown"));
    // Kind names only: the summary never copies a secret.
    QList<SecretKind> kinds;
    if (m_method == AuthMethod::ApiToken) {
        kinds << SecretKind::ApiToken;
    } else {
        if (!m_clientSecret.isEmpty())
            kinds << SecretKind::ClientSecret;
        kinds << SecretKind::AccessToken;
        if (m_tokens.hasRefreshToken())
            kinds << SecretKind::RefreshToken;
    }
    QStringList stored;
    for (SecretKind kind : kinds)
        stored << ProfileSecretsJob::kindName(kind);
    const QString where = m_sessionOnly ? tr("memory, for this run only")
                                        : (m_secrets ? m_secrets->store()->backendName() : QString());
    lines << tr("Secrets: %1, kept in %2").arg(stored.join(QLatin1String(", ")), where);
    return lines.join(QLatin1Char('\n'));
}

} // namespace okta

#include "profilesave.h"

#include "core/profiles/orgbinding.h"
#include "core/scopes/scopecatalog.h"
#include "core/secrets/memorysecretstore.h"
#include "orgcheck.h"
#include "signin.h"
#include "signinmethod.h"
#include "verification.h"

#include <memory>

namespace okta {

ProfileSave::ProfileSave(ProfileStore *profiles, ProfileSecrets *secrets, const Steps &steps, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_steps(steps) {
    // The summary names the account once it is known.
    connect(steps.verification, &Verification::changed, this, &ProfileSave::changed);
}

void ProfileSave::setExistingProfile(const Profile &profile) {
    m_existingId = m_profileId = profile.id;
    m_name = profile.name;
    m_nameEdited = true;
    Q_EMIT changed();
}

QString ProfileSave::defaultProfileName() const {
    if (isReauthorizing() && !m_name.isEmpty())
        return m_name;
    const OrgDomainResult domain = m_steps.org->domain();
    const QString base = domain.ok() ? domain.host : tr("New org");
    if (!m_profiles || !m_profiles->byName(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(base).arg(n);
        if (!m_profiles->byName(candidate))
            return candidate;
    }
}

void ProfileSave::setProfileName(const QString &name) {
    const QString trimmed = name.trimmed();
    m_nameEdited = true;
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    Q_EMIT changed();
}

QString ProfileSave::effectiveName() const {
    return m_nameEdited ? m_name : defaultProfileName();
}

QString ProfileSave::profileNameProblem() const {
    const QString name = effectiveName();
    if (name.isEmpty())
        return tr("Enter a name for the profile.");
    if (m_profiles) {
        const auto existing = m_profiles->byName(name);
        if (existing && existing->id != m_profileId)
            return tr("A profile named “%1” already exists. Choose another name.").arg(name);
    }
    return {};
}

Profile ProfileSave::profileToStore() const {
    Profile profile;
    if (isReauthorizing() && m_profiles)
        profile = m_profiles->profile(m_existingId).value_or(Profile());
    const SignInMethod *method = m_steps.method;
    const bool browser = method->isBrowser();
    const QStringList granted = m_steps.signIn->tokens().scopes;
    profile.name = effectiveName();
    profile.domain = m_steps.org->domain().host;
    profile.authMethod = method->authMethod();
    profile.clientId = browser ? method->clientId() : QString();
    profile.redirectPort = browser ? method->redirectPort() : quint16(0);
    profile.scopes = browser ? (granted.isEmpty() ? method->requestedScopes() : granted) : QStringList();
    return profile;
}

QList<SecretKind> ProfileSave::secretKinds() const {
    if (!m_steps.method->isBrowser())
        return {SecretKind::ApiToken};
    QList<SecretKind> kinds;
    if (m_steps.method->hasClientSecret())
        kinds << SecretKind::ClientSecret;
    kinds << SecretKind::AccessToken;
    if (m_steps.signIn->tokens().hasRefreshToken())
        kinds << SecretKind::RefreshToken;
    return kinds;
}

ProfileSecretMap ProfileSave::secretsToStore() const {
    const TokenSet &tokens = m_steps.signIn->tokens();
    ProfileSecretMap secrets;
    for (const SecretKind kind : secretKinds()) {
        switch (kind) {
        case SecretKind::ApiToken:
            secrets.insert(kind, m_steps.method->apiToken());
            break;
        case SecretKind::ClientSecret:
            secrets.insert(kind, m_steps.method->credentials().clientSecret);
            break;
        case SecretKind::AccessToken:
            secrets.insert(kind, tokens.accessToken);
            break;
        case SecretKind::RefreshToken:
            secrets.insert(kind, tokens.refreshToken);
            break;
        }
    }
    return secrets;
}

void ProfileSave::save() {
    if (m_state == State::Saving || m_state == State::Saved)
        return;
    if (!m_profiles || !m_secrets) {
        setState(State::Failed, tr("There is no profile storage."));
        return;
    }
    if (!m_steps.signIn->isSignedIn() ||
        (m_steps.method->isBrowser() && !m_steps.signIn->tokens().isValid())) {
        setState(State::Failed, tr("Sign in first."));
        return;
    }
    if (const QString problem = profileNameProblem(); !problem.isEmpty()) {
        setState(State::Failed, problem);
        return;
    }
    m_keychainReason.clear();
    const bool added = !isReauthorizing();
    if (added && !addProfile())
        return;
    setState(State::Saving, tr("Saving the secrets to %1…").arg(m_secrets->store()->backendName()));
    auto *replacement = new TokenReplacement(m_secrets, m_steps.org->client(), this);
    connect(replacement, &TokenReplacement::finished, this,
            [this, added, replacement](const TokenReplacement::Result &result) {
                replacement->deleteLater();
                onStored(result, added);
            });
    replacement->replace(m_profileId, secretsToStore(), m_steps.method->credentials());
}

bool ProfileSave::addProfile() {
    const ProfileStore::Result result = m_profiles->add(profileToStore());
    if (!result.ok()) {
        setState(State::Failed, result.errorString);
        return false;
    }
    m_profileId = result.profile.id;
    return true;
}

void ProfileSave::onStored(const TokenReplacement::Result &result, bool addedProfile) {
    if (result.saved) {
        if (isReauthorizing())
            m_profiles->update(profileToStore());
        m_revokeProblem = result.revokeProblem;
        finishSaved(m_profileId, false);
        return;
    }
    // The job has already removed what it wrote and forgotten those key names; the profile
    // this save added goes too, so nothing refers to entries that do not exist.
    if (addedProfile) {
        m_profiles->remove(m_profileId);
        m_profileId.clear();
    }
    if (!result.storeUnavailable) {
        setState(State::Failed, result.error);
        return;
    }
    m_keychainReason = result.storeReason;
    if (m_keychainReason.isEmpty())
        m_keychainReason = tr("no reason given");
    setState(State::KeychainUnavailable,
             tr("The system keychain cannot be used, so nothing was saved. The keychain says: %1")
                 .arg(m_keychainReason));
}

void ProfileSave::connectForThisRunOnly() {
    if (m_state != State::KeychainUnavailable)
        return;
    // The settings only; secretKeys stays empty, so no key name points at nothing.
    if (!isReauthorizing() && !addProfile())
        return;
    const QString id = m_profileId;
    setState(State::Saving, tr("Keeping the secrets in memory for this run…"));
    MemorySecretStore *store = sessionStore();
    const QString domain = m_steps.org->domain().host;
    ProfileSecretMap secrets = secretsToStore();
    auto pending = std::make_shared<int>(int(secrets.size()));
    auto failed = std::make_shared<QString>();
    auto done = [this, id, pending, failed] {
        if (--*pending > 0)
            return;
        if (!failed->isEmpty()) {
            setState(State::Failed, *failed);
            return;
        }
        if (isReauthorizing())
            m_profiles->update(profileToStore());
        finishSaved(id, true);
    };
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        // Sealed like a keychain entry: a session-only secret, too, goes to its org only.
        SecretJob *job =
            store->write(ProfileStore::secretKey(id, it.key()), OrgBinding::seal(domain, it.value()));
        connect(job, &SecretJob::finished, this,
                [failed, done](SecretStore::Status status, const Secret &, const QString &error) {
                    if (status != SecretStore::Status::Ok && failed->isEmpty())
                        *failed = error;
                    done();
                });
    }
}

MemorySecretStore *ProfileSave::sessionStore() {
    if (!m_sessionStore)
        m_sessionStore = new MemorySecretStore(this);
    return m_sessionStore;
}

void ProfileSave::setSessionStore(MemorySecretStore *store) {
    m_sessionStore = store;
}

void ProfileSave::finishSaved(const QString &profileId, bool sessionOnly) {
    m_savedId = profileId;
    m_sessionOnly = sessionOnly;
    m_profiles->setCurrentProfileId(profileId);
    QString message = sessionOnly
                          ? tr("Connected for this run only. The secrets are kept in "
                               "memory and are gone when OktaDesk quits.")
                          : tr("Saved. The secrets are in %1.").arg(m_secrets->store()->backendName());
    if (!m_revokeProblem.isEmpty())
        message += QLatin1Char('\n') + m_revokeProblem;
    setState(State::Saved, message);
    Q_EMIT profileSaved(profileId);
}

void ProfileSave::setState(State state, const QString &message) {
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

QString ProfileSave::summary() const {
    const SignInMethod *method = m_steps.method;
    QStringList lines;
    lines << tr("Profile: %1").arg(effectiveName()) << tr("Org: %1").arg(m_steps.org->domain().host);
    if (!method->isBrowser())
        lines << tr("Sign-in: API token (SSWS)");
    else
        lines << tr("Sign-in: browser, client ID %1, redirect port %2")
                     .arg(method->clientId(), QString::number(method->redirectPort()));
    const WhoAmI &who = m_steps.verification->whoAmI();
    if (!who.login.isEmpty())
        lines << tr("Account: %1").arg(who.login);
    const WhoAmI::SuperAdmin superAdmin = who.superAdmin();
    lines << tr("Super admin: %1")
                 .arg(superAdmin == WhoAmI::SuperAdmin::Yes  ? tr("yes")
                      : superAdmin == WhoAmI::SuperAdmin::No ? tr("no")
                                                             : tr("unknown"));
    // Kind names only: the summary never copies a secret.
    QStringList stored;
    for (const SecretKind kind : secretKinds())
        stored << ProfileSecretsJob::kindName(kind);
    lines << tr("Secrets: %1").arg(stored.join(QLatin1String(", ")));
    if (m_sessionOnly)
        lines << tr("Kept in: memory, for this run only");
    else if (m_secrets)
        lines << tr("Kept in: %1").arg(m_secrets->store()->backendName());
    return lines.join(QLatin1Char('\n'));
}

} // namespace okta

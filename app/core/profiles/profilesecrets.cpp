#include "profilesecrets.h"

#include "orgbinding.h"

#include <QTimer>

#include <algorithm>

namespace okta {

ProfileSecretsJob::ProfileSecretsJob(Operation operation, const QString &profileId, SecretStore *store,
                                     ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_profileId(profileId)
    , m_store(store)
    , m_profiles(profiles) {}

ProfileSecretsJob::~ProfileSecretsJob() = default;

bool ProfileSecretsJob::storeUnavailable() const {
    return std::any_of(m_failures.cbegin(), m_failures.cend(),
                       [](const SecretFailure &f) { return f.status == SecretStore::Status::Unavailable; });
}

QString ProfileSecretsJob::kindName(SecretKind kind) {
    switch (kind) {
    case SecretKind::ClientSecret:
        return tr("client secret");
    case SecretKind::AccessToken:
        return tr("access token");
    case SecretKind::RefreshToken:
        return tr("refresh token");
    case SecretKind::ApiToken:
        return tr("API token");
    }
    return {};
}

void ProfileSecretsJob::start(const ProfileSecretMap &toSave) {
    const auto profile = m_profiles ? m_profiles->profile(m_profileId) : std::nullopt;
    if (!profile || !m_store) {
        fail(ProfileStore::errorMessage(ProfileStore::Error::NotFound));
        return;
    }
    m_domain = profile->domain;
    QList<SecretKind> recorded;
    for (const QString &key : profile->secretKeys) {
        if (const auto kind = ProfileStore::secretKind(m_profileId, key))
            recorded.append(*kind);
    }

    switch (m_operation) {
    case Operation::Save: {
        QStringList newKeys;
        for (auto it = toSave.cbegin(); it != toSave.cend(); ++it) {
            m_toWrite.insert(it.key(), OrgBinding::seal(m_domain, it.value()));
            m_steps.append({it.key(), SecretJob::Operation::Write});
            if (!recorded.contains(it.key())) {
                m_newKinds.append(it.key());
                newKeys.append(ProfileStore::secretKey(m_profileId, it.key()));
            }
        }
        // Record first: a crash between write and record would otherwise orphan an entry.
        const auto result = m_profiles->recordSecretKeys(m_profileId, newKeys);
        if (!result.ok()) {
            m_steps.clear();
            fail(result.errorString);
            return;
        }
        break;
    }
    case Operation::Load:
        for (const SecretKind kind : std::as_const(recorded))
            m_steps.append({kind, SecretJob::Operation::Read});
        break;
    case Operation::Remove:
        for (const SecretKind kind : std::as_const(recorded))
            m_steps.append({kind, SecretJob::Operation::Remove});
        break;
    }
    QTimer::singleShot(0, this, &ProfileSecretsJob::runNext);
}

void ProfileSecretsJob::runNext() {
    if (m_finished)
        return;
    if (m_steps.isEmpty()) {
        if (m_rollingBack) {
            // Forget only what is certainly gone; anything else may still exist.
            QStringList gone;
            for (const SecretKind kind : std::as_const(m_newKinds)) {
                if (!m_written.contains(kind) || m_removed.contains(kind))
                    gone.append(ProfileStore::secretKey(m_profileId, kind));
            }
            if (m_profiles)
                m_profiles->forgetSecretKeys(m_profileId, gone);
            finish();
        } else {
            allStepsDone();
        }
        return;
    }
    if (!m_store) {
        fail(tr("The keychain was closed before the profile's secrets were handled."));
        return;
    }
    const Step step = m_steps.takeFirst();
    const QString key = ProfileStore::secretKey(m_profileId, step.kind);
    SecretJob *job = nullptr;
    switch (step.operation) {
    case SecretJob::Operation::Read:
        job = m_store->read(key);
        break;
    case SecretJob::Operation::Write:
        job = m_store->write(key, m_toWrite.value(step.kind));
        break;
    case SecretJob::Operation::Remove:
        job = m_store->remove(key);
        break;
    }
    m_waiting = true;
    connect(job, &SecretJob::finished, this,
            [this, step](SecretStore::Status status, const Secret &secret, const QString &errorString) {
                onStepFinished(step, status, secret, errorString);
            });
    // If the store goes away with the job, finished() never comes: do not wait forever.
    m_jobGone = connect(job, &QObject::destroyed, this, [this, step] {
        if (m_waiting)
            onStepFinished(step, SecretStore::Status::Unavailable, {},
                           tr("The keychain was closed before it answered."));
    });
}

void ProfileSecretsJob::onStepFinished(Step step, SecretStore::Status status, const Secret &secret,
                                       const QString &errorString) {
    m_waiting = false;
    disconnect(m_jobGone);
    using Status = SecretStore::Status;
    switch (step.operation) {
    case SecretJob::Operation::Read:
        if (status == Status::Ok) {
            OrgBinding::Opened opened = OrgBinding::open(secret, m_domain);
            if (opened.ok)
                m_secrets.insert(step.kind, std::move(opened.secret));
            else if (m_bindingProblem.isEmpty())
                m_bindingProblem = opened.problem;
        } else if (status == Status::NotFound) {
            m_missing.append(step.kind);
        }
        break;
    case SecretJob::Operation::Write:
        if (status == Status::Ok)
            m_written.append(step.kind);
        break;
    case SecretJob::Operation::Remove:
        if (status == Status::Ok || status == Status::NotFound)
            m_removed.append(step.kind);
        break;
    }
    const bool failed = status != Status::Ok &&
                        !(status == Status::NotFound && step.operation != SecretJob::Operation::Write);
    if (failed)
        m_failures.append({step.kind, step.operation, status, errorString});
    // Hop through the event loop so a store that answers at once cannot recurse deeply.
    QTimer::singleShot(0, this, &ProfileSecretsJob::runNext);
}

void ProfileSecretsJob::allStepsDone() {
    if (!m_bindingProblem.isEmpty()) {
        // Not one secret leaves the job when any entry belongs to another org.
        m_secrets.clear();
        m_errorString = m_bindingProblem;
        finish();
        return;
    }
    if (m_failures.isEmpty()) {
        if (m_operation == Operation::Remove && m_profiles)
            m_profiles->remove(m_profileId);
        finish();
        return;
    }
    const SecretFailure &first = m_failures.constFirst();
    const QString reason = first.errorString.isEmpty() ? tr("no reason given") : first.errorString;
    switch (m_operation) {
    case Operation::Save:
        m_errorString = tr("The keychain did not store the %1 (%2). Nothing new was kept for this profile.")
                            .arg(kindName(first.kind), reason);
        beginRollback();
        return;
    case Operation::Load:
        m_errorString = tr("The keychain did not return the %1 (%2).").arg(kindName(first.kind), reason);
        break;
    case Operation::Remove: {
        // Keep the profile, recording only the entries that may still exist.
        QStringList gone;
        for (const SecretKind kind : std::as_const(m_removed))
            gone.append(ProfileStore::secretKey(m_profileId, kind));
        if (m_profiles)
            m_profiles->forgetSecretKeys(m_profileId, gone);
        m_errorString =
            tr("The keychain did not delete the %1 (%2). The profile was kept so you can try again.")
                .arg(kindName(first.kind), reason);
        break;
    }
    }
    finish();
}

void ProfileSecretsJob::beginRollback() {
    m_rollingBack = true;
    for (const SecretKind kind : std::as_const(m_written)) {
        if (m_newKinds.contains(kind))
            m_steps.append({kind, SecretJob::Operation::Remove});
    }
    runNext();
}

void ProfileSecretsJob::fail(const QString &message) {
    m_errorString = message;
    // Still asynchronous: the caller connects to finished() after save()/load()/remove().
    QTimer::singleShot(0, this, &ProfileSecretsJob::finish);
}

void ProfileSecretsJob::finish() {
    if (m_finished)
        return;
    m_finished = true;
    m_toWrite.clear();
    Q_EMIT finished(this);
    deleteLater();
}

ProfileSecrets::ProfileSecrets(SecretStore *store, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_profiles(profiles) {}

ProfileSecrets::~ProfileSecrets() = default;

ProfileSecretsJob *ProfileSecrets::save(const QString &profileId, const ProfileSecretMap &secrets) {
    auto *job =
        new ProfileSecretsJob(ProfileSecretsJob::Operation::Save, profileId, m_store, m_profiles, this);
    job->start(secrets);
    return job;
}

ProfileSecretsJob *ProfileSecrets::load(const QString &profileId) {
    auto *job =
        new ProfileSecretsJob(ProfileSecretsJob::Operation::Load, profileId, m_store, m_profiles, this);
    job->start({});
    return job;
}

ProfileSecretsJob *ProfileSecrets::removeProfile(const QString &profileId) {
    auto *job =
        new ProfileSecretsJob(ProfileSecretsJob::Operation::Remove, profileId, m_store, m_profiles, this);
    job->start({});
    return job;
}

} // namespace okta

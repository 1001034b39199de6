#pragma once

#include "core/secrets/secretstore.h"
#include "profilestore.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace okta {

using ProfileSecretMap = QMap<SecretKind, Secret>;

struct SecretFailure {
    SecretKind kind = SecretKind::ClientSecret;
    SecretJob::Operation operation = SecretJob::Operation::Write;
    SecretStore::Status status = SecretStore::Status::Error;
    QString errorString; // the store's reason (QtKeychain's wording); never a secret
};

// One save, load or delete of a profile's secrets. Emits finished() once, from the event
// loop, then deletes itself; its copies of the secrets are wiped on destruction. Every entry
// is sealed with the profile's domain when saved (OrgBinding); a load whose entries belong
// to another org than the profile's settings name fails and returns no secret.
class ProfileSecretsJob : public QObject {
    Q_OBJECT
public:
    enum class Operation { Save, Load, Remove };
    Q_ENUM(Operation)

    ~ProfileSecretsJob() override;

    Operation operation() const { return m_operation; }
    QString profileId() const { return m_profileId; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_errorString.isEmpty(); }
    // Translated, one sentence, with the keychain's reason; empty on success.
    QString errorString() const { return m_errorString; }
    // Per-entry failures, including a rollback's removals that failed.
    QList<SecretFailure> failures() const { return m_failures; }
    // Load: the secrets found. Recorded entries that no longer exist are in missing().
    const ProfileSecretMap &secrets() const { return m_secrets; }
    QList<SecretKind> missing() const { return m_missing; }
    // Save: set when a store was unavailable, so the UI can offer "this run only".
    bool storeUnavailable() const;

    static QString kindName(SecretKind kind);

Q_SIGNALS:
    void finished(okta::ProfileSecretsJob *job);

private:
    friend class ProfileSecrets;
    struct Step {
        SecretKind kind;
        SecretJob::Operation operation;
    };

    ProfileSecretsJob(Operation operation, const QString &profileId, SecretStore *store,
                      ProfileStore *profiles, QObject *parent);
    void start(const ProfileSecretMap &toSave);
    void runNext();
    void onStepFinished(Step step, SecretStore::Status status, const Secret &secret,
                        const QString &errorString);
    void allStepsDone();
    void beginRollback();
    void fail(const QString &message);
    void finish();

    Operation m_operation;
    QString m_profileId;
    QString m_domain; // the profile's, when the job started: what every entry is sealed with
    QPointer<SecretStore> m_store;
    QPointer<ProfileStore> m_profiles;
    ProfileSecretMap m_toWrite;
    QList<Step> m_steps;
    QList<SecretKind> m_newKinds; // save: kinds not recorded before this save
    QList<SecretKind> m_written;  // save: kinds written successfully
    QList<SecretKind> m_removed;  // remove and rollback: entries gone from the store
    ProfileSecretMap m_secrets;
    QList<SecretKind> m_missing;
    QList<SecretFailure> m_failures;
    QString m_errorString;
    QString m_bindingProblem; // load: an entry belongs to another org (OrgBinding)
    QMetaObject::Connection m_jobGone;
    bool m_rollingBack = false;
    bool m_waiting = false;
    bool m_finished = false;
};

// Keeps a profile's keychain entries and its record of them in step:
// - save() records the new key names first (so no entry is ever orphaned), writes every
//   secret, and if any write fails removes what this save added and forgets those names;
// - load() reads every recorded entry;
// - removeProfile() removes every recorded entry and only then the settings group; if
//   an entry cannot be removed the profile stays, recording just what is left.
class ProfileSecrets : public QObject {
    Q_OBJECT
public:
    ProfileSecrets(SecretStore *store, ProfileStore *profiles, QObject *parent = nullptr);
    ~ProfileSecrets() override;

    SecretStore *store() const { return m_store; }
    ProfileStore *profiles() const { return m_profiles; }

    ProfileSecretsJob *save(const QString &profileId, const ProfileSecretMap &secrets);
    ProfileSecretsJob *load(const QString &profileId);
    ProfileSecretsJob *removeProfile(const QString &profileId);

private:
    SecretStore *m_store;
    ProfileStore *m_profiles;
};

} // namespace okta

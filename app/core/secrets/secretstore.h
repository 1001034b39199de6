#pragma once

#include "secret.h"

#include <QObject>
#include <QString>

namespace okta {

class SecretJob;

// Where secrets (client secret, access and refresh tokens, API tokens) live. Every call is
// asynchronous: it returns a SecretJob whose finished() is always emitted later, from the
// event loop, never from inside the call; connect to it right away. The job deletes itself
// after finished(). Implementations never log a secret nor put one in an error string.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    // no entry under that key (read, remove)
        Unavailable, // no usable keychain: no Secret Service, locked, no D-Bus, ...
        Error,       // the request itself was invalid (e.g. an empty key)
    };
    Q_ENUM(Status)

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const Secret &secret) = 0;
    virtual SecretJob *remove(const QString &key) = 0;

    // For the UI ("GNOME Keyring / Secret Service", "Memory (this run only)").
    virtual QString backendName() const = 0;
    // False when secrets are lost at exit (the session-only store).
    virtual bool isPersistent() const = 0;
};

// One read, write or remove. Emits finished() exactly once and then deletes itself.
class SecretJob : public QObject {
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    SecretJob(Operation operation, const QString &key, QObject *parent = nullptr);
    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }
    SecretStore::Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }

    // Called by the store. Emits finished() (secret only for a successful read), wipes the
    // job's copy of the secret and schedules the job's deletion. Later calls are ignored.
    void complete(SecretStore::Status status, const Secret &secret = {}, const QString &errorString = {});
    // Same, but from the event loop: for stores that know the answer synchronously.
    void completeLater(SecretStore::Status status, const Secret &secret = {},
                       const QString &errorString = {});

Q_SIGNALS:
    void finished(okta::SecretStore::Status status, const okta::Secret &secret, const QString &errorString);

private:
    Operation m_operation;
    QString m_key;
    SecretStore::Status m_status = SecretStore::Status::Error;
    QString m_errorString;
    bool m_finished = false;
    bool m_scheduled = false;
};

} // namespace okta

#include "memorysecretstore.h"

namespace okta {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() {
    clear();
}

void MemorySecretStore::clear() {
    m_secrets.clear();
}

SecretJob *MemorySecretStore::read(const QString &key) {
    auto *job = new SecretJob(SecretJob::Operation::Read, key, this);
    if (key.isEmpty()) {
        job->completeLater(Status::Error, {}, tr("A keychain entry needs a name."));
        return job;
    }
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        job->completeLater(Status::NotFound);
    else
        job->completeLater(Status::Ok, it.value());
    return job;
}

SecretJob *MemorySecretStore::write(const QString &key, const Secret &secret) {
    auto *job = new SecretJob(SecretJob::Operation::Write, key, this);
    if (key.isEmpty()) {
        job->completeLater(Status::Error, {}, tr("A keychain entry needs a name."));
        return job;
    }
    m_secrets.insert(key, secret);
    job->completeLater(Status::Ok);
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &key) {
    auto *job = new SecretJob(SecretJob::Operation::Remove, key, this);
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend()) {
        job->completeLater(Status::NotFound);
        return job;
    }
    m_secrets.erase(it);
    job->completeLater(Status::Ok);
    return job;
}

QString MemorySecretStore::backendName() const {
    return tr("Memory (this run only)");
}

} // namespace okta

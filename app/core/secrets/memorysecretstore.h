#pragma once

#include "secretstore.h"

#include <QHash>

namespace okta {

// Secrets held in this process only, lost at exit: "connect for this run only" when the
// keychain is unavailable, and tests. Each entry is a Secret, wiped when it is replaced,
// removed or the store is destroyed.
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const Secret &secret) override;
    SecretJob *remove(const QString &key) override;
    QString backendName() const override;
    bool isPersistent() const override { return false; }

    // Synchronous inspection, for tests and the "session only" banner.
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    qsizetype count() const { return m_secrets.size(); }
    // Wipes and drops every entry.
    void clear();

private:
    QHash<QString, Secret> m_secrets;
};

} // namespace okta

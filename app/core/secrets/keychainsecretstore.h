#pragma once

#include "secretstore.h"

#include <QCoreApplication>

namespace okta {

// The OS keychain through QtKeychain (Secret Service / libsecret on Linux, Keychain on
// macOS, Credential Manager on Windows). QtKeychain's insecure fallback stays off: it
// would write secrets in plain text to a settings file.
//
// Status mapping: NoError -> Ok, EntryNotFound -> NotFound, every other QtKeychain error
// (no D-Bus, no Secret Service, locked or missing collection, access denied, ...) ->
// Unavailable, with QtKeychain's own errorString() as the human reason.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    static constexpr const char *DefaultService = "OktaDesk";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Tests may use their own service name so they never touch the app's entries.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString service() const { return m_service; }

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const Secret &secret) override;
    SecretJob *remove(const QString &key) override;
    QString backendName() const override;
    bool isPersistent() const override { return true; }

private:
    SecretJob *rejectEmptyKey(SecretJob *job);

    QString m_service;
};

} // namespace okta

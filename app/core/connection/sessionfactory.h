#pragma once

#include "core/scopes/scopecatalog.h"
#include "core/secrets/secret.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace okta {

class ConnectionSetup;
class MemorySecretStore;
class ProfileRemover;
class ProfileSecrets;
class ProfileSession;
class ProfileStore;

// Where the GUI gets every connection from: it opens an org into its one ProfileSession (a
// saved profile from the keychain, a profile connected for this run only from memory, or
// the embedded demo org), builds the connection wizard's steps for a new or reauthorized
// profile, and the remover that deletes one. It alone knows which profiles live in memory
// only, and holds their secrets until the process ends.
class SessionFactory : public QObject {
    Q_OBJECT
public:
    struct Services {
        QNetworkAccessManager *nam = nullptr;
        ProfileStore *profiles = nullptr;
        ProfileSecrets *secrets = nullptr;
    };
    // None of the services is owned; all must outlive the factory.
    explicit SessionFactory(const Services &services, QObject *parent = nullptr);
    ~SessionFactory() override;

    ProfileSession *session() const { return m_session; }

    // Opens a saved profile into session(): ends with its opened() or failed().
    void open(const QString &profileId);
    // Opens the demo org at `baseUrl` with its API token; nothing is saved.
    void openDemo(const QUrl &baseUrl, const Secret &apiToken);
    // Connected for this run only (the keychain was unavailable when it was saved): the
    // profile records no keychain entry, and its secrets are in this factory's memory.
    bool isSessionOnly(const QString &profileId) const;

    // The wizard's steps for a new profile, or to reauthorize `profileId` (nullptr when
    // there is no such profile), asking for `turnOn`'s manage scopes too when given. What
    // they save is opened by open() afterwards.
    ConnectionSetup *newConnection(QObject *parent);
    ConnectionSetup *reauthorize(const QString &profileId, QObject *parent,
                                 std::optional<WriteFeature> turnOn = std::nullopt);

    // Starts deleting a profile (its tokens revoked, its secrets and settings removed),
    // closing the session first when it shows that profile. `revoke` false removes it
    // without revoking (the admin's choice after a revocation failed). The remover deletes
    // itself after its finished().
    ProfileRemover *removeProfile(const QString &profileId, bool revoke = true);

private:
    ConnectionSetup *prepare(ConnectionSetup *setup);
    void openFromMemory(const QString &profileId);
    void forgetFromMemory(const QString &profileId);

    Services m_services;
    ProfileSession *m_session;
    MemorySecretStore *m_memory; // secrets of the session-only profiles
};

} // namespace okta

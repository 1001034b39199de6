#include "sessionfactory.h"

#include "connectionsetup.h"
#include "core/auth/orgdomain.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaclient.h"
#include "core/profiles/profileremover.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilesession.h"
#include "core/secrets/memorysecretstore.h"
#include "profilesave.h"

#include <memory>

namespace okta {

namespace {
constexpr SecretKind kAllKinds[] = {SecretKind::ClientSecret, SecretKind::AccessToken,
                                    SecretKind::RefreshToken, SecretKind::ApiToken};
} // namespace

SessionFactory::SessionFactory(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_session(new ProfileSession(services.profiles, services.secrets, services.nam, this))
    , m_memory(new MemorySecretStore(this)) {}

SessionFactory::~SessionFactory() = default;

bool SessionFactory::isSessionOnly(const QString &profileId) const {
    const auto profile = m_services.profiles ? m_services.profiles->profile(profileId) : std::nullopt;
    if (!profile || !profile->secretKeys.isEmpty())
        return false;
    for (const SecretKind kind : kAllKinds)
        if (m_memory->contains(ProfileStore::secretKey(profileId, kind)))
            return true;
    return false;
}

void SessionFactory::forgetFromMemory(const QString &profileId) {
    for (const SecretKind kind : kAllKinds)
        if (m_memory->contains(ProfileStore::secretKey(profileId, kind)))
            m_memory->remove(ProfileStore::secretKey(profileId, kind));
}

void SessionFactory::open(const QString &profileId) {
    if (isSessionOnly(profileId))
        openFromMemory(profileId);
    else
        m_session->open(profileId);
}

void SessionFactory::openFromMemory(const QString &profileId) {
    // A session-only profile records no keychain keys, so each kind is asked for by name.
    auto secrets = std::make_shared<ProfileSecretMap>();
    auto pending = std::make_shared<int>(int(std::size(kAllKinds)));
    for (const SecretKind kind : kAllKinds) {
        SecretJob *job = m_memory->read(ProfileStore::secretKey(profileId, kind));
        connect(job, &SecretJob::finished, this,
                [this, profileId, kind, secrets, pending](SecretStore::Status status, const Secret &value,
                                                          const QString &) {
                    if (status == SecretStore::Status::Ok)
                        secrets->insert(kind, value);
                    if (--*pending > 0)
                        return;
                    m_session->openWithSecrets(profileId, *secrets);
                });
    }
}

void SessionFactory::openDemo(const QUrl &baseUrl, const Secret &apiToken) {
    Profile demo;
    demo.name = tr("Demo org");
    demo.domain = baseUrl.authority();
    demo.authMethod = AuthMethod::ApiToken;
    m_session->openUnsaved(demo, {{SecretKind::ApiToken, apiToken}});
}

ConnectionSetup *SessionFactory::prepare(ConnectionSetup *setup) {
    ProfileSave *save = setup->profileSave();
    save->setSessionStore(m_memory);
    // Saved to the keychain after all (a reauthorization): what memory held is stale.
    connect(save, &ProfileSave::profileSaved, this, [this, save](const QString &profileId) {
        if (!save->isSessionOnly())
            forgetFromMemory(profileId);
    });
    return setup;
}

ConnectionSetup *SessionFactory::newConnection(QObject *parent) {
    return prepare(new ConnectionSetup(m_services.nam, m_services.profiles, m_services.secrets, parent));
}

ConnectionSetup *SessionFactory::reauthorize(const QString &profileId, QObject *parent,
                                             std::optional<WriteFeature> turnOn) {
    auto setup = std::make_unique<ConnectionSetup>(m_services.nam, m_services.profiles, m_services.secrets);
    if (!setup->reauthorize(profileId, turnOn))
        return nullptr;
    setup->setParent(parent);
    return prepare(setup.release());
}

ProfileRemover *SessionFactory::removeProfile(const QString &profileId, bool revoke) {
    if (m_session->profile().id == profileId)
        m_session->close();
    forgetFromMemory(profileId);
    auto *remover = new ProfileRemover(m_services.profiles, m_services.secrets, m_services.nam, this);
    connect(remover, &ProfileRemover::finished, remover, &QObject::deleteLater);
    remover->remove(profileId,
                    revoke ? ProfileRemover::Mode::RevokeFirst : ProfileRemover::Mode::WithoutRevoking);
    return remover;
}

} // namespace okta

#include "connectionsetup.h"

#include "core/profiles/profilesecrets.h"
#include "core/profiles/scopeaccess.h"
#include "orgcheck.h"
#include "profilesave.h"
#include "signin.h"
#include "signinmethod.h"
#include "verification.h"

namespace okta {

ConnectionSetup::ConnectionSetup(QNetworkAccessManager *nam, ProfileStore *profiles, ProfileSecrets *secrets,
                                 QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_org(new OrgCheck(nam, this))
    , m_method(new SignInMethod(this))
    , m_signIn(new SignIn(m_org, m_method, this))
    , m_verification(new Verification(m_org, m_method, m_signIn, this))
    , m_save(new ProfileSave(profiles, secrets, {m_org, m_method, m_signIn, m_verification}, this)) {
    connect(m_save, &ProfileSave::profileSaved, this, &ConnectionSetup::profileSaved);
}

ConnectionSetup::~ConnectionSetup() {
    // QObject would delete the children in creation order, but the later steps refer to the
    // earlier ones.
    delete m_save;
    delete m_verification;
    delete m_signIn;
    delete m_method;
    delete m_org;
}

QString ConnectionSetup::profileName() const {
    return m_save->profileName();
}

bool ConnectionSetup::reauthorize(const QString &profileId, std::optional<WriteFeature> turnOn) {
    const auto profile = m_profiles ? m_profiles->profile(profileId) : std::nullopt;
    if (!profile)
        return false;
    m_mode = Mode::Reauthorize;
    m_save->setExistingProfile(*profile);
    m_method->setAuthMethod(profile->authMethod);
    m_method->setClientId(profile->clientId);
    m_method->setRedirectPort(profile->redirectPort);
    m_method->setWriteFeatures(ScopeAccess::forProfile(*profile).turnedOn(), turnOn);
    m_org->setDomain(profile->domain);
    m_org->checkNow();
    if (profile->authMethod == AuthMethod::BrowserPkce && m_secrets) {
        ProfileSecretsJob *job = m_secrets->load(profile->id);
        connect(job, &ProfileSecretsJob::finished, m_method, [method = m_method](ProfileSecretsJob *done) {
            method->offerStoredClientSecret(done->secrets().value(SecretKind::ClientSecret));
        });
    }
    return true;
}

} // namespace okta

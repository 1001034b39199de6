#pragma once

#include "core/scopes/scopecatalog.h"

#include <QObject>
#include <QString>

#include <optional>

class QNetworkAccessManager;

namespace okta {

class OrgCheck;
class ProfileSave;
class ProfileSecrets;
class ProfileStore;
class SignIn;
class SignInMethod;
class Verification;

// The connection wizard's steps, without a single widget, each a small object with its own
// state that the matching page binds to: the org check, the sign-in method, the sign-in,
// the verification of who signed in, and saving the profile. This object only creates and
// links them (a new org voids the sign-in, a new sign-in voids the verification) and
// prepares them to reauthorize a saved profile.
class ConnectionSetup : public QObject {
    Q_OBJECT
public:
    enum class Mode { NewProfile, Reauthorize };
    Q_ENUM(Mode)

    // Nothing is owned; everything must outlive the setup.
    ConnectionSetup(QNetworkAccessManager *nam, ProfileStore *profiles, ProfileSecrets *secrets,
                    QObject *parent = nullptr);
    ~ConnectionSetup() override;

    // Re-runs sign-in, verify and save of new tokens for an existing profile: domain,
    // method, client ID and port are taken from it (the client secret from the keychain,
    // asynchronously). Only a super admin can reauthorize. False if there is no such profile.
    // The sign-in asks for the write features the profile has on, and `turnOn` as well.
    bool reauthorize(const QString &profileId, std::optional<WriteFeature> turnOn = std::nullopt);
    Mode mode() const { return m_mode; }
    bool isReauthorizing() const { return m_mode == Mode::Reauthorize; }
    QString profileName() const;

    OrgCheck *orgCheck() const { return m_org; }
    SignInMethod *method() const { return m_method; }
    SignIn *signIn() const { return m_signIn; }
    Verification *verification() const { return m_verification; }
    ProfileSave *profileSave() const { return m_save; }

Q_SIGNALS:
    void profileSaved(const QString &profileId);

private:
    ProfileStore *m_profiles;
    ProfileSecrets *m_secrets;
    Mode m_mode = Mode::NewProfile;
    // Children, created in step order; the destructor deletes them in reverse, so no step
    // outlives one it refers to.
    OrgCheck *m_org;
    SignInMethod *m_method;
    SignIn *m_signIn;
    Verification *m_verification;
    ProfileSave *m_save;
};

} // namespace okta

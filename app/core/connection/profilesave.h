#pragma once

#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/tokenreplacement.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace okta {

class MemorySecretStore;
class OrgCheck;
class SignIn;
class SignInMethod;
class Verification;

// The wizard's save step: the profile's name, then its settings to the ProfileStore and its
// secrets to ProfileSecrets (the keychain). Secrets never go to QSettings, a log or a
// message. A reauthorization's save ends only once the tokens it replaced are revoked at
// the org (TokenReplacement); when that fails, the profile is saved and the message says
// what stays valid.
//
// Keychain unavailable: save() stops in State::KeychainUnavailable with QtKeychain's reason
// and nothing persisted (the profile it had added is removed again, so no profile records
// keychain entries that do not exist). connectForThisRunOnly() then:
//  - writes the secrets to a MemorySecretStore (sessionStore()), under the profile's usual
//    key names, so they are gone when the process exits;
//  - stores the profile's non-secret settings (name, domain, client ID, method, port,
//    scopes) with an EMPTY record of keychain keys, so the next run knows the org and
//    offers "Reauthorize" instead of finding keys that point nowhere.
// Nothing is ever written in plain text to disk.
class ProfileSave : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Saving, Saved, KeychainUnavailable, Failed };
    Q_ENUM(State)

    struct Steps {
        OrgCheck *org = nullptr;
        SignInMethod *method = nullptr;
        SignIn *signIn = nullptr;
        Verification *verification = nullptr;
    };
    // Nothing is owned; everything must outlive this step.
    ProfileSave(ProfileStore *profiles, ProfileSecrets *secrets, const Steps &steps,
                QObject *parent = nullptr);

    // Reauthorizing: save() renews this profile's secrets instead of adding one, and the
    // name stays.
    void setExistingProfile(const Profile &profile);
    bool isReauthorizing() const { return !m_existingId.isEmpty(); }

    QString defaultProfileName() const;
    void setProfileName(const QString &name);
    QString profileName() const { return m_name; }
    // Translated reason the name cannot be used, empty when it can.
    QString profileNameProblem() const;

    void save();
    void connectForThisRunOnly();
    State state() const { return m_state; }
    QString message() const { return m_message; }
    // QtKeychain's own words for why the keychain could not be used.
    QString keychainReason() const { return m_keychainReason; }
    QString savedProfileId() const { return m_savedId; }
    bool isSessionOnly() const { return m_sessionOnly; }
    // Where the secrets of a session-only connection live; created on first use. It is a
    // child of this object unless the caller set one to keep it longer.
    MemorySecretStore *sessionStore();
    void setSessionStore(MemorySecretStore *store);
    // What will be (or was) saved, secret kinds by name only.
    QString summary() const;

Q_SIGNALS:
    void changed();
    void profileSaved(const QString &profileId);

private:
    QString effectiveName() const;
    Profile profileToStore() const;
    // Adds the profile's settings and remembers its id; false (and Failed) when refused.
    bool addProfile();
    ProfileSecretMap secretsToStore() const;
    QList<SecretKind> secretKinds() const;
    void onStored(const TokenReplacement::Result &result, bool addedProfile);
    void finishSaved(const QString &profileId, bool sessionOnly);
    void setState(State state, const QString &message);

    QPointer<ProfileStore> m_profiles;
    QPointer<ProfileSecrets> m_secrets;
    Steps m_steps;
    QPointer<MemorySecretStore> m_sessionStore;
    QString m_existingId; // reauthorizing this profile
    QString m_profileId;  // the profile being saved (the existing one, or the one save() added)
    QString m_name;
    bool m_nameEdited = false;
    State m_state = State::Idle;
    QString m_message;
    QString m_keychainReason;
    QString m_revokeProblem; // tokens a reauthorization replaced that stay valid at Okta
    QString m_savedId;
    bool m_sessionOnly = false;
};

} // namespace okta

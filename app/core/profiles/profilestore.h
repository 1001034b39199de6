#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

class QSettings;

namespace okta {

enum class AuthMethod { BrowserPkce, ApiToken };

// The secrets a profile can own. Each lives in the SecretStore under secretKey(id, kind).
enum class SecretKind { ClientSecret, AccessToken, RefreshToken, ApiToken };

// An org connection as stored in QSettings. Never holds a secret: secretKeys only names the
// keychain entries that were written for it, so deleting the profile can remove them all.
struct Profile {
    QString id;     // QUuid without braces, assigned by ProfileStore::add()
    QString name;   // unique, case-insensitive
    QString domain; // OrgDomain::normalise()d host: "acme.okta.com", or "127.0.0.1:port" (demo)
    QString clientId;
    AuthMethod authMethod = AuthMethod::BrowserPkce;
    quint16 redirectPort = 0;
    QStringList scopes;
    QDateTime created;      // UTC, set by add()
    QStringList secretKeys; // keychain key names recorded for this profile

    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const Profile &, const Profile &) = default;
};

// Org profiles in QSettings, group "profiles/<id>". The QSettings object is injected (tests
// pass an ini file in a temporary directory) and must outlive the store.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    enum class Error {
        None,
        EmptyName,
        DuplicateName,
        InvalidDomain,
        EmptyClientId,
        NotFound,
        StorageFailed
    };
    Q_ENUM(Error)

    struct Result {
        Error error = Error::None;
        QString errorString; // translated, names no secret
        Profile profile;     // the stored profile on success
        bool ok() const { return error == Error::None; }
    };

    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);
    ~ProfileStore() override;

    static QString secretKey(const QString &profileId, SecretKind kind);
    // The kind a key name belongs to, if it is one of profileId's derived names.
    static std::optional<SecretKind> secretKind(const QString &profileId, const QString &key);
    static QString authMethodName(AuthMethod method);
    static std::optional<AuthMethod> authMethodFromName(const QString &name);

    QList<Profile> list() const; // sorted by name, case-insensitively
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> byName(const QString &name) const;

    // Assigns id and created time; secretKeys given here are ignored (see recordSecretKeys).
    Result add(const Profile &profile);
    // Replaces name, domain, client ID, method, port and scopes of profile.id; id, created
    // and the recorded secret keys stay as stored.
    Result update(const Profile &profile);
    Result rename(const QString &id, const QString &newName);
    // Removes the settings group and returns the recorded keychain key names, which the
    // caller must delete (ProfileSecrets does both in the right order). Clears the current
    // profile if it was this one. Empty list if there was no such profile.
    QStringList remove(const QString &id);

    // Adds key names to (or drops them from) the profile's record. Only names derived from
    // the profile id are accepted, so a profile can never claim another one's entries.
    Result recordSecretKeys(const QString &id, const QStringList &keys);
    Result forgetSecretKeys(const QString &id, const QStringList &keys);

    // A choice the UI remembers for a profile (the app the Scopes page showed last, …); gone
    // with the profile. Never a secret. An unknown profile has none and keeps none.
    QVariant preference(const QString &id, const QString &key) const;
    void setPreference(const QString &id, const QString &key, const QVariant &value);

    QString currentProfileId() const;
    // An unknown id clears the current profile.
    void setCurrentProfileId(const QString &id);

    static QString errorMessage(Error error);

    // What a feature keeps with one profile (its saved searches, …), removed with it.
    // Never a secret. Empty when there is none.
    QByteArray data(const QString &id, const QString &key) const;
    Result setData(const QString &id, const QString &key, const QByteArray &value);

Q_SIGNALS:
    void changed();

private:
    Result validate(const Profile &profile, const QString &ignoreId) const;
    Result failure(Error error) const;
    void store(const Profile &profile);
    bool sync();

    QSettings *m_settings;
};

} // namespace okta

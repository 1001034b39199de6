#include "profilestore.h"

#include "core/auth/orgdomain.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace okta {

namespace {

constexpr QLatin1StringView GroupPrefix("profiles/");
constexpr QLatin1StringView ProfilesGroup("profiles");
constexpr QLatin1StringView CurrentKey("currentProfile");
constexpr QLatin1StringView DataGroup("/data/");

namespace Field {
constexpr QLatin1StringView Name("name");
constexpr QLatin1StringView Domain("domain");
constexpr QLatin1StringView ClientId("clientId");
constexpr QLatin1StringView AuthMethod("authMethod");
constexpr QLatin1StringView RedirectPort("redirectPort");
constexpr QLatin1StringView Scopes("scopes");
constexpr QLatin1StringView Created("created");
constexpr QLatin1StringView SecretKeys("secretKeys");
} // namespace Field

QString suffixFor(SecretKind kind) {
    switch (kind) {
    case SecretKind::ClientSecret:
        return QStringLiteral("client_secret");
    case SecretKind::AccessToken:
        return QStringLiteral("access_token");
    case SecretKind::RefreshToken:
        return QStringLiteral("refresh_token");
    case SecretKind::ApiToken:
        return QStringLiteral("api_token");
    }
    return {};
}

bool isProfileId(const QString &id) {
    return !id.isEmpty() && !QUuid::fromString(id).isNull() && !id.startsWith(QLatin1Char('{'));
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {
    Q_ASSERT(m_settings);
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::secretKey(const QString &profileId, SecretKind kind) {
    return profileId % QLatin1Char('/') % suffixFor(kind);
}

std::optional<SecretKind> ProfileStore::secretKind(const QString &profileId, const QString &key) {
    for (const SecretKind kind : {SecretKind::ClientSecret, SecretKind::AccessToken, SecretKind::RefreshToken,
                                  SecretKind::ApiToken}) {
        if (key == secretKey(profileId, kind))
            return kind;
    }
    return std::nullopt;
}

QString ProfileStore::authMethodName(AuthMethod method) {
    return method == AuthMethod::ApiToken ? QStringLiteral("api-token") : QStringLiteral("browser-pkce");
}

std::optional<AuthMethod> ProfileStore::authMethodFromName(const QString &name) {
    if (name == QLatin1String("browser-pkce"))
        return AuthMethod::BrowserPkce;
    if (name == QLatin1String("api-token"))
        return AuthMethod::ApiToken;
    return std::nullopt;
}

QList<Profile> ProfileStore::list() const {
    m_settings->beginGroup(ProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> result;
    for (const QString &id : ids) {
        if (auto p = profile(id))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const {
    if (!isProfileId(id))
        return std::nullopt;
    m_settings->beginGroup(GroupPrefix + id);
    const bool exists = m_settings->contains(Field::Name);
    Profile p;
    if (exists) {
        p.id = id;
        p.name = m_settings->value(Field::Name).toString();
        p.domain = m_settings->value(Field::Domain).toString();
        p.clientId = m_settings->value(Field::ClientId).toString();
        p.authMethod = authMethodFromName(m_settings->value(Field::AuthMethod).toString())
                           .value_or(AuthMethod::BrowserPkce);
        p.redirectPort = static_cast<quint16>(m_settings->value(Field::RedirectPort).toUInt());
        p.scopes = m_settings->value(Field::Scopes).toStringList();
        p.created = QDateTime::fromString(m_settings->value(Field::Created).toString(), Qt::ISODate);
        p.secretKeys = m_settings->value(Field::SecretKeys).toStringList();
    }
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

std::optional<Profile> ProfileStore::byName(const QString &name) const {
    const QString wanted = name.trimmed();
    const QList<Profile> all = list();
    const auto it = std::find_if(all.cbegin(), all.cend(), [&wanted](const Profile &p) {
        return p.name.compare(wanted, Qt::CaseInsensitive) == 0;
    });
    if (it == all.cend())
        return std::nullopt;
    return *it;
}

ProfileStore::Result ProfileStore::failure(Error error) const {
    return Result{error, errorMessage(error), {}};
}

ProfileStore::Result ProfileStore::validate(const Profile &candidate, const QString &ignoreId) const {
    Result result;
    result.profile = candidate;
    Profile &p = result.profile;
    p.name = p.name.trimmed();
    p.clientId = p.clientId.trimmed();
    if (p.name.isEmpty())
        return failure(Error::EmptyName);
    // The same rules as the wizard and --org, so a stored domain is always a bare host.
    const OrgDomainResult domain = OrgDomain::normalise(p.domain);
    if (!domain.ok()) {
        Result invalid = failure(Error::InvalidDomain);
        if (!domain.message.isEmpty())
            invalid.errorString = domain.message;
        return invalid;
    }
    p.domain = domain.host;
    if (p.authMethod == AuthMethod::BrowserPkce && p.clientId.isEmpty())
        return failure(Error::EmptyClientId);
    if (const auto other = byName(p.name); other && other->id != ignoreId)
        return failure(Error::DuplicateName);
    return result;
}

void ProfileStore::store(const Profile &p) {
    m_settings->beginGroup(GroupPrefix + p.id);
    m_settings->setValue(Field::Name, p.name);
    m_settings->setValue(Field::Domain, p.domain);
    m_settings->setValue(Field::ClientId, p.clientId);
    m_settings->setValue(Field::AuthMethod, authMethodName(p.authMethod));
    m_settings->setValue(Field::RedirectPort, uint(p.redirectPort));
    m_settings->setValue(Field::Scopes, p.scopes);
    m_settings->setValue(Field::Created, p.created.toUTC().toString(Qt::ISODateWithMs));
    m_settings->setValue(Field::SecretKeys, p.secretKeys);
    m_settings->endGroup();
}

bool ProfileStore::sync() {
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

ProfileStore::Result ProfileStore::add(const Profile &profile) {
    Result result = validate(profile, {});
    if (!result.ok())
        return result;
    Profile &p = result.profile;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.created = QDateTime::currentDateTimeUtc();
    p.secretKeys.clear();
    store(p);
    if (!sync())
        return failure(Error::StorageFailed);
    Q_EMIT changed();
    return result;
}

ProfileStore::Result ProfileStore::update(const Profile &profile) {
    const auto stored = this->profile(profile.id);
    if (!stored)
        return failure(Error::NotFound);
    Result result = validate(profile, profile.id);
    if (!result.ok())
        return result;
    result.profile.created = stored->created;
    result.profile.secretKeys = stored->secretKeys;
    if (result.profile == *stored)
        return result;
    store(result.profile);
    if (!sync())
        return failure(Error::StorageFailed);
    Q_EMIT changed();
    return result;
}

ProfileStore::Result ProfileStore::rename(const QString &id, const QString &newName) {
    auto stored = profile(id);
    if (!stored)
        return failure(Error::NotFound);
    stored->name = newName;
    return update(*stored);
}

QStringList ProfileStore::remove(const QString &id) {
    const auto stored = profile(id);
    if (!stored)
        return {};
    m_settings->remove(GroupPrefix + id);
    if (currentProfileId() == id)
        m_settings->remove(CurrentKey);
    sync();
    Q_EMIT changed();
    return stored->secretKeys;
}

ProfileStore::Result ProfileStore::recordSecretKeys(const QString &id, const QStringList &keys) {
    auto stored = profile(id);
    if (!stored)
        return failure(Error::NotFound);
    bool added = false;
    for (const QString &key : keys) {
        if (!secretKind(id, key)) {
            qWarning("ProfileStore: refusing a keychain key name that does not belong to the profile");
            continue;
        }
        if (!stored->secretKeys.contains(key)) {
            stored->secretKeys.append(key);
            added = true;
        }
    }
    if (added) {
        store(*stored);
        if (!sync())
            return failure(Error::StorageFailed);
        Q_EMIT changed();
    }
    return Result{Error::None, {}, *stored};
}

ProfileStore::Result ProfileStore::forgetSecretKeys(const QString &id, const QStringList &keys) {
    auto stored = profile(id);
    if (!stored)
        return failure(Error::NotFound);
    const qsizetype before = stored->secretKeys.size();
    stored->secretKeys.removeIf([&keys](const QString &key) { return keys.contains(key); });
    if (stored->secretKeys.size() != before) {
        store(*stored);
        if (!sync())
            return failure(Error::StorageFailed);
        Q_EMIT changed();
    }
    return Result{Error::None, {}, *stored};
}

QVariant ProfileStore::preference(const QString &id, const QString &key) const {
    if (id.isEmpty() || key.isEmpty())
        return {};
    return m_settings->value(GroupPrefix + id + QStringLiteral("/preferences/") + key);
}

void ProfileStore::setPreference(const QString &id, const QString &key, const QVariant &value) {
    if (key.isEmpty() || !profile(id))
        return;
    m_settings->setValue(GroupPrefix + id + QStringLiteral("/preferences/") + key, value);
    sync();
}

QString ProfileStore::currentProfileId() const {
    return m_settings->value(CurrentKey).toString();
}

void ProfileStore::setCurrentProfileId(const QString &id) {
    const QString wanted = profile(id) ? id : QString();
    if (wanted == currentProfileId())
        return;
    if (wanted.isEmpty())
        m_settings->remove(CurrentKey);
    else
        m_settings->setValue(CurrentKey, wanted);
    sync();
    Q_EMIT changed();
}

QByteArray ProfileStore::data(const QString &id, const QString &key) const {
    if (!isProfileId(id))
        return {};
    return m_settings->value(GroupPrefix + id + DataGroup + key).toByteArray();
}

ProfileStore::Result ProfileStore::setData(const QString &id, const QString &key, const QByteArray &value) {
    const auto stored = profile(id);
    if (!stored)
        return failure(Error::NotFound);
    m_settings->setValue(GroupPrefix + id + DataGroup + key, value);
    if (!sync())
        return failure(Error::StorageFailed);
    return Result{Error::None, {}, *stored};
}

QString ProfileStore::errorMessage(Error error) {
    switch (error) {
    case Error::None:
        return {};
    case Error::EmptyName:
        return tr("Enter a name for the profile.");
    case Error::DuplicateName:
        return tr("A profile with this name already exists. Choose another name.");
    case Error::InvalidDomain:
        return tr("Enter the org domain, for example acme.okta.com.");
    case Error::EmptyClientId:
        return tr("Enter the client ID of the OAuth app.");
    case Error::NotFound:
        return tr("This profile no longer exists.");
    case Error::StorageFailed:
        return tr("The profile could not be saved to the settings file.");
    }
    return {};
}

} // namespace okta

#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "support/secretwait.h"
#include "support/testmain.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace okta;

class TstProfileStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addAssignsIdAndCreated();
    void validation();
    void uniqueNamesCaseInsensitive();
    void listSortedAndByName();
    void updateKeepsIdCreatedAndKeys();
    void rename();
    void removeReturnsKeyNames();
    void currentProfile();
    void secretKeyNames();
    void recordRefusesForeignKeys();
    void persistsAcrossInstances();
    void settingsFileHasNoSecret();

private:
    Profile sample(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
};

Profile TstProfileStore::sample(const QString &name) const {
    Profile p;
    p.name = name;
    p.domain = QStringLiteral("acme.okta.com");
    p.clientId = QStringLiteral("0oa1client");
    p.redirectPort = 53682;
    p.scopes = {QStringLiteral("openid"), QStringLiteral("offline_access"), QStringLiteral("okta.logs.read")};
    return p;
}

void TstProfileStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("oktadesk.ini")), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
}

void TstProfileStore::cleanup() {
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TstProfileStore::addAssignsIdAndCreated() {
    QSignalSpy changed(m_store.get(), &ProfileStore::changed);
    const auto before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const auto r = m_store->add(sample(QStringLiteral("  Acme prod  ")));
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!QUuid::fromString(r.profile.id).isNull());
    QVERIFY(!r.profile.id.startsWith(QLatin1Char('{')));
    QCOMPARE(r.profile.name, QStringLiteral("Acme prod"));
    QVERIFY(r.profile.created >= before);
    QVERIFY(r.profile.secretKeys.isEmpty());
    const auto stored = m_store->profile(r.profile.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Acme prod"));
    QCOMPARE(stored->domain, QStringLiteral("acme.okta.com"));
    QCOMPARE(stored->clientId, QStringLiteral("0oa1client"));
    QCOMPARE(stored->authMethod, AuthMethod::BrowserPkce);
    QCOMPARE(stored->redirectPort, quint16(53682));
    QCOMPARE(stored->scopes, sample({}).scopes);
    QCOMPARE(stored->created.toMSecsSinceEpoch(), r.profile.created.toMSecsSinceEpoch());
}

void TstProfileStore::validation() {
    Profile p = sample(QStringLiteral("   "));
    QCOMPARE(m_store->add(p).error, ProfileStore::Error::EmptyName);
    p.name = QStringLiteral("x");
    p.domain = QStringLiteral(" ");
    QCOMPARE(m_store->add(p).error, ProfileStore::Error::InvalidDomain);
    p.domain = QStringLiteral("user@acme.okta.com:8443");
    const auto invalid = m_store->add(p);
    QCOMPARE(invalid.error, ProfileStore::Error::InvalidDomain);
    QVERIFY(!invalid.errorString.isEmpty());
    p.domain = QStringLiteral(" https://ACME-admin.okta.com/admin/dashboard ");
    p.clientId.clear();
    const auto noClient = m_store->add(p);
    QCOMPARE(noClient.error, ProfileStore::Error::EmptyClientId);
    QVERIFY(!noClient.errorString.isEmpty());
    p.authMethod = AuthMethod::ApiToken; // an SSWS profile needs no client ID
    const auto ok = m_store->add(p);
    QVERIFY2(ok.ok(), qPrintable(ok.errorString));
    QCOMPARE(ok.profile.domain, QStringLiteral("acme.okta.com"));
    QCOMPARE(m_store->profile(ok.profile.id)->authMethod, AuthMethod::ApiToken);
    QCOMPARE(m_store->list().size(), 1);
}

void TstProfileStore::uniqueNamesCaseInsensitive() {
    QVERIFY(m_store->add(sample(QStringLiteral("Acme"))).ok());
    const auto dup = m_store->add(sample(QStringLiteral("aCME ")));
    QCOMPARE(dup.error, ProfileStore::Error::DuplicateName);
    QVERIFY(!dup.errorString.isEmpty());
    QCOMPARE(m_store->list().size(), 1);
}

void TstProfileStore::listSortedAndByName() {
    QVERIFY(m_store->add(sample(QStringLiteral("beta"))).ok());
    QVERIFY(m_store->add(sample(QStringLiteral("Alpha"))).ok());
    QVERIFY(m_store->add(sample(QStringLiteral("gamma"))).ok());
    QStringList names;
    for (const Profile &p : m_store->list())
        names << p.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
    QCOMPARE(m_store->byName(QStringLiteral("ALPHA"))->name, QStringLiteral("Alpha"));
    QVERIFY(!m_store->byName(QStringLiteral("delta")));
    QVERIFY(!m_store->profile(QStringLiteral("not-a-uuid")));
}

void TstProfileStore::updateKeepsIdCreatedAndKeys() {
    const auto added = m_store->add(sample(QStringLiteral("Acme")));
    const QString id = added.profile.id;
    const QString key = ProfileStore::secretKey(id, SecretKind::AccessToken);
    QVERIFY(m_store->recordSecretKeys(id, {key}).ok());
    Profile changed = *m_store->profile(id);
    changed.domain = QStringLiteral("acme.oktapreview.com");
    changed.redirectPort = 8765;
    changed.created = QDateTime::fromSecsSinceEpoch(0);
    changed.secretKeys.clear();
    const auto r = m_store->update(changed);
    QVERIFY2(r.ok(), qPrintable(r.errorString));
    const auto stored = *m_store->profile(id);
    QCOMPARE(stored.domain, QStringLiteral("acme.oktapreview.com"));
    QCOMPARE(stored.redirectPort, quint16(8765));
    QCOMPARE(stored.created.toMSecsSinceEpoch(), added.profile.created.toMSecsSinceEpoch());
    QCOMPARE(stored.secretKeys, QStringList{key});
    Profile ghost = changed;
    ghost.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(m_store->update(ghost).error, ProfileStore::Error::NotFound);
}

void TstProfileStore::rename() {
    const QString a = m_store->add(sample(QStringLiteral("A"))).profile.id;
    QVERIFY(m_store->add(sample(QStringLiteral("B"))).ok());
    QCOMPARE(m_store->rename(a, QStringLiteral("b")).error, ProfileStore::Error::DuplicateName);
    QCOMPARE(m_store->rename(a, QString()).error, ProfileStore::Error::EmptyName);
    QVERIFY(m_store->rename(a, QStringLiteral("a")).ok()); // its own name in another case
    QVERIFY(m_store->rename(a, QStringLiteral("Production")).ok());
    QCOMPARE(m_store->profile(a)->name, QStringLiteral("Production"));
    QCOMPARE(m_store->byName(QStringLiteral("production"))->id, a);
    QCOMPARE(m_store->rename(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("x")).error,
             ProfileStore::Error::NotFound);
}

void TstProfileStore::removeReturnsKeyNames() {
    const QString id = m_store->add(sample(QStringLiteral("Acme"))).profile.id;
    const QStringList keys{ProfileStore::secretKey(id, SecretKind::ClientSecret),
                           ProfileStore::secretKey(id, SecretKind::RefreshToken)};
    QVERIFY(m_store->recordSecretKeys(id, keys).ok());
    QVERIFY(m_store->recordSecretKeys(id, keys).ok()); // no duplicates
    m_store->setCurrentProfileId(id);
    QSignalSpy changed(m_store.get(), &ProfileStore::changed);
    QCOMPARE(m_store->remove(id), keys);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!m_store->profile(id));
    QVERIFY(m_store->currentProfileId().isEmpty());
    QVERIFY(m_store->remove(id).isEmpty());
    QVERIFY(m_store->list().isEmpty());
}

void TstProfileStore::currentProfile() {
    const QString id = m_store->add(sample(QStringLiteral("Acme"))).profile.id;
    QVERIFY(m_store->currentProfileId().isEmpty());
    m_store->setCurrentProfileId(id);
    QCOMPARE(m_store->currentProfileId(), id);
    m_store->setCurrentProfileId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(m_store->currentProfileId().isEmpty());
}

void TstProfileStore::secretKeyNames() {
    const QString id = QStringLiteral("5b0e6f7c-1d2e-4f3a-9b8c-7d6e5f4a3b2c");
    QCOMPARE(ProfileStore::secretKey(id, SecretKind::ClientSecret), id + QLatin1String("/client_secret"));
    QCOMPARE(ProfileStore::secretKey(id, SecretKind::AccessToken), id + QLatin1String("/access_token"));
    QCOMPARE(ProfileStore::secretKey(id, SecretKind::RefreshToken), id + QLatin1String("/refresh_token"));
    QCOMPARE(ProfileStore::secretKey(id, SecretKind::ApiToken), id + QLatin1String("/api_token"));
    QCOMPARE(ProfileStore::secretKind(id, id + QLatin1String("/api_token")), SecretKind::ApiToken);
    QVERIFY(!ProfileStore::secretKind(id, QStringLiteral("other/api_token")));
}

void TstProfileStore::recordRefusesForeignKeys() {
    const QString a = m_store->add(sample(QStringLiteral("A"))).profile.id;
    const QString b = m_store->add(sample(QStringLiteral("B"))).profile.id;
    QTest::ignoreMessage(QtWarningMsg,
                         "ProfileStore: refusing a keychain key name that does not belong to the profile");
    QVERIFY(m_store->recordSecretKeys(a, {ProfileStore::secretKey(b, SecretKind::ApiToken)}).ok());
    QVERIFY(m_store->profile(a)->secretKeys.isEmpty());
    const QString own = ProfileStore::secretKey(a, SecretKind::ApiToken);
    QVERIFY(m_store->recordSecretKeys(a, {own}).ok());
    QVERIFY(m_store->forgetSecretKeys(a, {own}).ok());
    QVERIFY(m_store->profile(a)->secretKeys.isEmpty());
}

void TstProfileStore::persistsAcrossInstances() {
    const QString id = m_store->add(sample(QStringLiteral("Acme"))).profile.id;
    m_store->setCurrentProfileId(id);
    m_store.reset();
    m_settings.reset();
    QSettings again(m_dir->filePath(QStringLiteral("oktadesk.ini")), QSettings::IniFormat);
    ProfileStore reopened(&again);
    QCOMPARE(reopened.list().size(), 1);
    QCOMPARE(reopened.profile(id)->name, QStringLiteral("Acme"));
    QCOMPARE(reopened.currentProfileId(), id);
}

void TstProfileStore::settingsFileHasNoSecret() {
    MemorySecretStore secrets;
    ProfileSecrets coordinator(&secrets, m_store.get());
    const QByteArray clientSecret = "cs-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray accessToken = "at-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray refreshToken = "rt-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray apiToken = "00" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QString browser = m_store->add(sample(QStringLiteral("Browser"))).profile.id;
    Profile ssws = sample(QStringLiteral("Token"));
    ssws.authMethod = AuthMethod::ApiToken;
    const QString token = m_store->add(ssws).profile.id;
    QVERIFY(okta::test::waitFor(coordinator.save(browser, {{SecretKind::ClientSecret, clientSecret},
                                                           {SecretKind::AccessToken, accessToken},
                                                           {SecretKind::RefreshToken, refreshToken}}))
                .succeeded);
    QVERIFY(okta::test::waitFor(coordinator.save(token, {{SecretKind::ApiToken, apiToken}})).succeeded);
    m_settings->sync();

    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains("acme.okta.com"));
    QVERIFY(bytes.contains("refresh_token")); // the key name is recorded ...
    for (const QByteArray &secret : {clientSecret, accessToken, refreshToken, apiToken}) {
        QVERIFY(!bytes.contains(secret)); // ... never the value
        QVERIFY(!bytes.contains(secret.toBase64()));
        QVERIFY(!bytes.contains(secret.toHex()));
    }
}

OKTADESK_TEST_GUILESS_MAIN(TstProfileStore)
#include "tst_profilestore.moc"

// ProfileSecrets on an in-memory store, and on one that fails chosen keys, to show that a
// failed save leaves nothing half-recorded and a failed delete keeps what still exists.

#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "support/secretwait.h"
#include "support/testmain.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace okta;
using okta::test::waitFor;
using Status = SecretStore::Status;

namespace {

// Fails writes and removals of the keys whose names end in the given suffixes.
class FlakyStore : public MemorySecretStore {
    Q_OBJECT
public:
    QStringList failWrites;
    QStringList failRemoves;

    SecretJob *write(const QString &key, const Secret &secret) override {
        if (matches(failWrites, key))
            return failed(SecretJob::Operation::Write, key);
        return MemorySecretStore::write(key, secret);
    }
    SecretJob *remove(const QString &key) override {
        if (matches(failRemoves, key))
            return failed(SecretJob::Operation::Remove, key);
        return MemorySecretStore::remove(key);
    }

private:
    static bool matches(const QStringList &suffixes, const QString &key) {
        return std::any_of(suffixes.cbegin(), suffixes.cend(),
                           [&key](const QString &s) { return key.endsWith(s); });
    }
    SecretJob *failed(SecretJob::Operation op, const QString &key) {
        auto *job = new SecretJob(op, key, this);
        job->completeLater(Status::Unavailable, {}, QStringLiteral("The collection is locked."));
        return job;
    }
};

constexpr QLatin1StringView ClientSecretKey("/client_secret");
constexpr QLatin1StringView RefreshTokenKey("/refresh_token");

} // namespace

class TstProfileSecrets : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saveLoadRemove();
    void finishesAsynchronously();
    void loadReportsMissing();
    void failedSaveRollsBack();
    void failedOverwriteKeepsRecord();
    void failedRemoveKeepsProfile();
    void unknownProfile();
    void memoryStoreWipesAndForgets();

private:
    QString addProfile(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<FlakyStore> m_store;
    std::unique_ptr<ProfileSecrets> m_secrets;
};

void TstProfileSecrets::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_store = std::make_unique<FlakyStore>();
    m_secrets = std::make_unique<ProfileSecrets>(m_store.get(), m_profiles.get());
}

void TstProfileSecrets::cleanup() {
    m_secrets.reset();
    m_store.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

QString TstProfileSecrets::addProfile(const QString &name) {
    Profile p;
    p.name = name;
    p.domain = QStringLiteral("acme.okta.com");
    p.clientId = QStringLiteral("0oa1");
    return m_profiles->add(p).profile.id;
}

void TstProfileSecrets::saveLoadRemove() {
    const QString id = addProfile(QStringLiteral("Acme"));
    const ProfileSecretMap secrets{
        {SecretKind::ClientSecret, "cs"}, {SecretKind::AccessToken, "at"}, {SecretKind::RefreshToken, "rt"}};
    const auto saved = waitFor(m_secrets->save(id, secrets));
    QVERIFY2(saved.succeeded, qPrintable(saved.errorString));
    QCOMPARE(m_profiles->profile(id)->secretKeys.size(), 3);
    QCOMPARE(m_store->count(), 3);
    const auto loaded = waitFor(m_secrets->load(id));
    QVERIFY(loaded.succeeded);
    QCOMPARE(loaded.secrets, secrets);
    const auto removed = waitFor(m_secrets->removeProfile(id));
    QVERIFY(removed.succeeded);
    QCOMPARE(m_store->count(), 0);
    QVERIFY(!m_profiles->profile(id));
}

void TstProfileSecrets::finishesAsynchronously() {
    const QString id = addProfile(QStringLiteral("Acme"));
    const std::function<ProfileSecretsJob *()> starts[] = {
        [&] {
            return m_secrets->save(id, {{SecretKind::AccessToken, "at"}});
        },
        [&] { return m_secrets->save(id, {}); },
        [&] { return m_secrets->load(id); },
        [&] { return m_secrets->load(QString()); },
        [&] { return m_secrets->removeProfile(id); },
    };
    for (const auto &start : starts) {
        ProfileSecretsJob *job = start();
        QSignalSpy spy(job, &ProfileSecretsJob::finished);
        QVERIFY(!job->isFinished());
        QVERIFY(spy.wait(5000));
    }
}

void TstProfileSecrets::loadReportsMissing() {
    const QString id = addProfile(QStringLiteral("Acme"));
    QVERIFY(waitFor(m_secrets->save(id, {{SecretKind::AccessToken, "at"}, {SecretKind::RefreshToken, "rt"}}))
                .succeeded);
    QVERIFY(waitFor(m_store->remove(ProfileStore::secretKey(id, SecretKind::AccessToken))).status ==
            Status::Ok);
    const auto loaded = waitFor(m_secrets->load(id));
    QVERIFY(loaded.succeeded);
    QCOMPARE(loaded.missing, QList<SecretKind>{SecretKind::AccessToken});
    QCOMPARE(loaded.secrets.value(SecretKind::RefreshToken), QByteArrayLiteral("rt"));
}

void TstProfileSecrets::failedSaveRollsBack() {
    const QString id = addProfile(QStringLiteral("Acme"));
    m_store->failWrites = {RefreshTokenKey};
    const auto saved = waitFor(m_secrets->save(id, {{SecretKind::ClientSecret, "cs"},
                                                    {SecretKind::AccessToken, "at"},
                                                    {SecretKind::RefreshToken, "rt"}}));
    QVERIFY(saved.finished);
    QVERIFY(!saved.succeeded);
    QVERIFY(saved.storeUnavailable);
    QCOMPARE(saved.failures.size(), 1);
    QCOMPARE(saved.failures.first().kind, SecretKind::RefreshToken);
    QCOMPARE(saved.failures.first().errorString, QStringLiteral("The collection is locked."));
    QVERIFY(saved.errorString.contains(QLatin1String("refresh token")));
    QVERIFY(saved.errorString.contains(QLatin1String("The collection is locked.")));
    // The two entries that were written are gone again, and nothing stays recorded.
    QCOMPARE(m_store->count(), 0);
    QVERIFY(m_profiles->profile(id)->secretKeys.isEmpty());
}

void TstProfileSecrets::failedOverwriteKeepsRecord() {
    const QString id = addProfile(QStringLiteral("Acme"));
    QVERIFY(waitFor(m_secrets->save(id, {{SecretKind::RefreshToken, "rt-1"}})).succeeded);
    m_store->failWrites = {RefreshTokenKey};
    const auto saved =
        waitFor(m_secrets->save(id, {{SecretKind::AccessToken, "at-2"}, {SecretKind::RefreshToken, "rt-2"}}));
    QVERIFY(!saved.succeeded);
    // The new access token was rolled back; the old refresh token is still there and recorded.
    QCOMPARE(m_profiles->profile(id)->secretKeys,
             QStringList{ProfileStore::secretKey(id, SecretKind::RefreshToken)});
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(waitFor(m_secrets->load(id)).secrets.value(SecretKind::RefreshToken), QByteArrayLiteral("rt-1"));
}

void TstProfileSecrets::failedRemoveKeepsProfile() {
    const QString id = addProfile(QStringLiteral("Acme"));
    QVERIFY(waitFor(m_secrets->save(id, {{SecretKind::ClientSecret, "cs"}, {SecretKind::RefreshToken, "rt"}}))
                .succeeded);
    m_store->failRemoves = {ClientSecretKey};
    const auto removed = waitFor(m_secrets->removeProfile(id));
    QVERIFY(!removed.succeeded);
    QVERIFY(removed.errorString.contains(QLatin1String("client secret")));
    QVERIFY(m_profiles->profile(id));
    QCOMPARE(m_profiles->profile(id)->secretKeys,
             QStringList{ProfileStore::secretKey(id, SecretKind::ClientSecret)});
    m_store->failRemoves.clear();
    QVERIFY(waitFor(m_secrets->removeProfile(id)).succeeded);
    QVERIFY(!m_profiles->profile(id));
    QCOMPARE(m_store->count(), 0);
}

void TstProfileSecrets::unknownProfile() {
    const auto saved = waitFor(m_secrets->save(QStringLiteral("5b0e6f7c-1d2e-4f3a-9b8c-7d6e5f4a3b2c"),
                                               {{SecretKind::ApiToken, "x"}}));
    QVERIFY(saved.finished);
    QVERIFY(!saved.succeeded);
    QVERIFY(!saved.errorString.isEmpty());
    QCOMPARE(m_store->count(), 0);
}

void TstProfileSecrets::memoryStoreWipesAndForgets() {
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.backendName().isEmpty());
    QByteArray secret("wipe-me");
    QCOMPARE(waitFor(store.write(QStringLiteral("k"), secret)).status, Status::Ok);
    wipeSecret(secret); // the caller's copy; the store kept its own
    QVERIFY(secret.isEmpty());
    QCOMPARE(waitFor(store.read(QStringLiteral("k"))).secret, QByteArrayLiteral("wipe-me"));
    QCOMPARE(waitFor(store.remove(QStringLiteral("k"))).status, Status::Ok);
    QCOMPARE(waitFor(store.read(QStringLiteral("k"))).status, Status::NotFound);
    QCOMPARE(waitFor(store.remove(QStringLiteral("k"))).status, Status::NotFound);
    QCOMPARE(waitFor(store.write(QString(), "x")).status, Status::Error);

    // A buffer shared with a copy is detached before wiping, so the copy survives.
    QByteArray original("shared-secret");
    const QByteArray copy = original;
    wipeSecret(original);
    QCOMPARE(copy, QByteArrayLiteral("shared-secret"));
}

OKTADESK_TEST_GUILESS_MAIN(TstProfileSecrets)
#include "tst_profilesecrets.moc"

// Against the real Secret Service (scripts/run-keychain-tests starts a private D-Bus
// session with an unlocked gnome-keyring). Elsewhere the whole case skips with
// QtKeychain's reason, unless KEYCHAIN_REQUIRED=1, where it fails.

#include "core/profiles/orgbinding.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "support/secretwait.h"
#include "support/testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QUuid>

using namespace okta;
using okta::test::waitFor;
using Status = SecretStore::Status;

namespace {

struct Scan {
    int files = 0;
    bool sawKeyring = false;
    QStringList paths;
    QStringList offenders;
};

// Every regular file under root, hidden ones included, byte for byte.
Scan scanForNeedles(const QString &root, const QList<QByteArray> &needles) {
    Scan scan;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (!info.isFile() || info.isSymLink())
            continue; // sockets of the bus and the keyring daemon
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            scan.offenders.append(path + QLatin1String(" (unreadable)"));
            continue;
        }
        const QByteArray bytes = file.readAll();
        ++scan.files;
        scan.paths.append(path);
        scan.sawKeyring |= path.contains(QLatin1String("/keyrings/"));
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                scan.offenders.append(path);
                break;
            }
        }
    }
    return scan;
}

} // namespace

class TstSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadBack_data();
    void writeReadBack();
    void overwrite();
    void removeThenNotFound();
    void readMissing();
    void profileSecretsRoundTrip();
    void noPlaintextUnderHome();

private:
    QString key(const QString &name) const { return m_prefix % name; }

    KeychainSecretStore m_store; // service "OktaDesk", as the app uses
    QString m_prefix = QStringLiteral("oktadesk-test-") % QUuid::createUuid().toString(QUuid::WithoutBraces) %
                       QLatin1Char('/');
};

void TstSecretStore::initTestCase() {
    QCOMPARE(m_store.service(), QStringLiteral("OktaDesk"));
    QVERIFY(m_store.isPersistent());
    const auto probe = waitFor(m_store.write(key(QStringLiteral("probe")), QByteArrayLiteral("probe")));
    QVERIFY2(probe.finished, "the keychain did not answer within 15 s");
    if (probe.status != Status::Ok) {
        const QByteArray reason = "no usable Secret Service: " + probe.errorString.toUtf8();
        if (qEnvironmentVariableIntValue("KEYCHAIN_REQUIRED") == 1)
            QFAIL(reason.constData());
        QSKIP(reason.constData());
    }
    QCOMPARE(waitFor(m_store.remove(key(QStringLiteral("probe")))).status, Status::Ok);
}

void TstSecretStore::writeReadBack_data() {
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("ascii") << QByteArrayLiteral("0oa-client-secret_ABC.def~123");
    QTest::newRow("utf8") << QStringLiteral(u"pässwörd ✓ 🔑 секрет").toUtf8();
    QByteArray every;
    for (int i = 0; i < 256; ++i)
        every.append(char(i));
    QTest::newRow("every byte value") << every;
    QTest::newRow("long token") << QByteArray(4096, 'x').append("end");
}

void TstSecretStore::writeReadBack() {
    QFETCH(QByteArray, secret);
    const QString k = key(QString::fromLatin1(QTest::currentDataTag()));
    const auto written = waitFor(m_store.write(k, secret));
    QVERIFY(written.finished);
    QCOMPARE(written.status, Status::Ok);
    QVERIFY(written.secret.isEmpty());

    const auto read = waitFor(m_store.read(k));
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, secret);
    QCOMPARE(read.secret.size(), secret.size());
    QCOMPARE(waitFor(m_store.remove(k)).status, Status::Ok);
}

void TstSecretStore::overwrite() {
    const QString k = key(QStringLiteral("overwrite"));
    QCOMPARE(waitFor(m_store.write(k, QByteArrayLiteral("first value, longer"))).status, Status::Ok);
    QCOMPARE(waitFor(m_store.write(k, QByteArrayLiteral("second"))).status, Status::Ok);
    const auto read = waitFor(m_store.read(k));
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, QByteArrayLiteral("second"));
    QCOMPARE(waitFor(m_store.remove(k)).status, Status::Ok);
}

void TstSecretStore::removeThenNotFound() {
    const QString k = key(QStringLiteral("remove"));
    QCOMPARE(waitFor(m_store.write(k, QByteArrayLiteral("to be removed"))).status, Status::Ok);
    QCOMPARE(waitFor(m_store.remove(k)).status, Status::Ok);
    const auto read = waitFor(m_store.read(k));
    QCOMPARE(read.status, Status::NotFound);
    QVERIFY(read.secret.isEmpty());
    // Removing again is not a failure a caller must handle.
    const auto again = waitFor(m_store.remove(k));
    QVERIFY2(again.status == Status::NotFound || again.status == Status::Ok, qPrintable(again.errorString));
}

void TstSecretStore::readMissing() {
    const auto read = waitFor(m_store.read(key(QStringLiteral("never-written"))));
    QVERIFY(read.finished);
    QCOMPARE(read.status, Status::NotFound);
    const auto empty = waitFor(m_store.read(QString()));
    QCOMPARE(empty.status, Status::Error);
    QVERIFY(!empty.errorString.isEmpty());
}

void TstSecretStore::profileSecretsRoundTrip() {
    QSettings settings(QDir(QDir::homePath()).filePath(QStringLiteral("config/roundtrip.ini")),
                       QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ProfileSecrets coordinator(&m_store, &profiles);
    Profile p;
    p.name = QStringLiteral("Round trip");
    p.domain = QStringLiteral("acme.okta.com");
    p.clientId = QStringLiteral("0oaroundtrip");
    const auto added = profiles.add(p);
    QVERIFY(added.ok());
    const QString id = added.profile.id;

    const ProfileSecretMap secrets{{SecretKind::ClientSecret, QByteArrayLiteral("cs-round-trip")},
                                   {SecretKind::AccessToken, QByteArrayLiteral("at-round-trip")},
                                   {SecretKind::RefreshToken, QByteArrayLiteral("rt-round-trip")}};
    const auto saved = waitFor(coordinator.save(id, secrets));
    QVERIFY2(saved.succeeded, qPrintable(saved.errorString));
    const QStringList recorded = profiles.profile(id)->secretKeys;
    QCOMPARE(recorded.size(), 3);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        QVERIFY(recorded.contains(ProfileStore::secretKey(id, it.key())));

    const auto loaded = waitFor(coordinator.load(id));
    QVERIFY2(loaded.succeeded, qPrintable(loaded.errorString));
    QCOMPARE(loaded.secrets, secrets);
    QVERIFY(loaded.missing.isEmpty());

    const auto removed = waitFor(coordinator.removeProfile(id));
    QVERIFY2(removed.succeeded, qPrintable(removed.errorString));
    QVERIFY(!profiles.profile(id));
    for (const QString &k : recorded)
        QCOMPARE(waitFor(m_store.read(k)).status, Status::NotFound);
}

void TstSecretStore::noPlaintextUnderHome() {
    const QString home = QDir::homePath();
    // Only ever walk a throwaway HOME (ctest's run-isolated.sh or run-keychain-tests).
    if (!home.startsWith(QDir::tempPath()) && qEnvironmentVariableIsEmpty("OKTADESK_TEST_HOME_KEEP"))
        QSKIP("HOME is not a private test directory; run this test through ctest");

    const QString unique = QUuid::createUuid().toString(QUuid::Id128);
    const QMap<SecretKind, QByteArray> raw{
        {SecretKind::ClientSecret, QByteArray("client-secret-" + unique.toLatin1())},
        {SecretKind::AccessToken, QByteArray("eyJraWQiOiJ.access." + unique.toLatin1())},
        {SecretKind::RefreshToken, QByteArray("refresh-" + unique.toLatin1() + "-token")}};
    ProfileSecretMap secrets;
    for (auto it = raw.cbegin(); it != raw.cend(); ++it)
        secrets.insert(it.key(), it.value());
    QSettings settings(QDir(home).filePath(QStringLiteral("config/OktaDesk/OktaDesk.ini")),
                       QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ProfileSecrets coordinator(&m_store, &profiles);
    Profile p;
    p.name = QStringLiteral("Acme production");
    p.domain = QStringLiteral("acme.okta.com");
    p.clientId = QStringLiteral("0oaplaintextcheck");
    p.scopes = {QStringLiteral("openid"), QStringLiteral("offline_access"),
                QStringLiteral("okta.users.read")};
    const auto added = profiles.add(p);
    QVERIFY(added.ok());
    const auto saved = waitFor(coordinator.save(added.profile.id, secrets));
    QVERIFY2(saved.succeeded, qPrintable(saved.errorString));
    // They did reach the keyring.
    const auto loaded = waitFor(coordinator.load(added.profile.id));
    QCOMPARE(loaded.secrets, secrets);
    settings.sync();

    // Every form a secret could be written in: raw, base64 (QtKeychain's binary encoding on
    // libsecret), hex and UTF-16; and the whole entry as stored, sealed with its org.
    QList<QByteArray> needles;
    for (const QByteArray &secret : raw) {
        const QByteArray entry = OrgBinding::seal(p.domain, secret).copyOut();
        needles << secret << secret.toBase64() << secret.toHex()
                << QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(secret).utf16()),
                              secret.size() * 2)
                << entry.toBase64() << entry.toHex();
    }
    const Scan scan = scanForNeedles(home, needles);
    QVERIFY2(scan.offenders.isEmpty(), qPrintable(QStringLiteral("a secret in plain text in ") +
                                                  scan.offenders.join(QLatin1String(", "))));
    qInfo("scanned %d files under the test HOME (keyring file seen: %s)", scan.files,
          scan.sawKeyring ? "yes" : "no");
    const bool sawSettings = scan.paths.contains(settings.fileName());
    QVERIFY(sawSettings);
    QVERIFY(QFile(settings.fileName()).size() > 0);
    if (qEnvironmentVariableIntValue("KEYCHAIN_REQUIRED") == 1)
        QVERIFY2(scan.sawKeyring, "expected gnome-keyring's file under $XDG_DATA_HOME/keyrings");

    const auto removed = waitFor(coordinator.removeProfile(added.profile.id));
    QVERIFY2(removed.succeeded, qPrintable(removed.errorString));

    // Positive control: the same scan does find a secret that is written in plain text.
    QFile canary(QDir(home).filePath(QStringLiteral("cache/canary.txt")));
    QVERIFY(QDir(home).mkpath(QStringLiteral("cache")));
    QVERIFY(canary.open(QIODevice::WriteOnly));
    canary.write("prefix " + raw.value(SecretKind::RefreshToken).toBase64() + " suffix");
    canary.close();
    QCOMPARE(scanForNeedles(home, needles).offenders, QStringList{canary.fileName()});
    QVERIFY(canary.remove());
}

OKTADESK_TEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"

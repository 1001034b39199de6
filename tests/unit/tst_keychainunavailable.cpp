// With the session bus pointing nowhere, the keychain store must answer Unavailable, with
// QtKeychain's reason, quickly, and never NotFound (which would read as "no secret saved").

#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "support/secretwait.h"
#include "support/testmain.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace okta;
using okta::test::waitFor;
using Status = SecretStore::Status;

class TstKeychainUnavailable : public QObject {
    Q_OBJECT

public:
    // Before anything talks to D-Bus: libsecret connects lazily, on the first keychain job.
    static void initMain() { qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent"); }

private Q_SLOTS:
    void initTestCase();
    void writeReportsUnavailable();
    void readReportsUnavailable();
    void removeReportsUnavailable();
    void profileSaveKeepsNothing();

private:
    KeychainSecretStore m_store{QStringLiteral("OktaDesk-test")};
};

void TstKeychainUnavailable::initTestCase() {
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArrayLiteral("unix:path=/nonexistent"));
}

void TstKeychainUnavailable::writeReportsUnavailable() {
    const auto out =
        waitFor(m_store.write(QStringLiteral("unavailable/write"), QByteArrayLiteral("s3cr3t-w")));
    QVERIFY2(out.finished, "no answer within 15 s");
    QCOMPARE(out.status, Status::Unavailable);
    QVERIFY(!out.errorString.trimmed().isEmpty());
    QVERIFY2(!out.errorString.contains(QLatin1String("s3cr3t")), "a secret in the error message");
    QVERIFY2(out.elapsedMs < 5000, qPrintable(QString::number(out.elapsedMs)));
    qInfo("QtKeychain's reason: %s (%lld ms)", qPrintable(out.errorString), out.elapsedMs);
}

void TstKeychainUnavailable::readReportsUnavailable() {
    const auto out = waitFor(m_store.read(QStringLiteral("unavailable/read")));
    QVERIFY(out.finished);
    QCOMPARE(out.status, Status::Unavailable);
    QVERIFY(!out.errorString.isEmpty());
    QVERIFY(out.elapsedMs < 5000);
}

void TstKeychainUnavailable::removeReportsUnavailable() {
    const auto out = waitFor(m_store.remove(QStringLiteral("unavailable/remove")));
    QVERIFY(out.finished);
    QCOMPARE(out.status, Status::Unavailable);
    QVERIFY(!out.errorString.isEmpty());
    QVERIFY(out.elapsedMs < 5000);
}

void TstKeychainUnavailable::profileSaveKeepsNothing() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ProfileSecrets coordinator(&m_store, &profiles);
    Profile p;
    p.name = QStringLiteral("No keychain");
    p.domain = QStringLiteral("acme.okta.com");
    p.clientId = QStringLiteral("0oanokeychain");
    const auto added = profiles.add(p);
    QVERIFY(added.ok());

    const auto saved =
        waitFor(coordinator.save(added.profile.id, {{SecretKind::ClientSecret, "cs-unavail"},
                                                    {SecretKind::RefreshToken, "rt-unavail"}}));
    QVERIFY(saved.finished);
    QVERIFY(!saved.succeeded);
    QVERIFY(saved.storeUnavailable);
    QCOMPARE(saved.failures.size(), 2);
    QVERIFY(!saved.errorString.isEmpty());
    QVERIFY(!saved.errorString.contains(QLatin1String("cs-unavail")));
    QVERIFY(!saved.errorString.contains(QLatin1String("rt-unavail")));
    // Nothing was written, so nothing stays recorded.
    QVERIFY(profiles.profile(added.profile.id)->secretKeys.isEmpty());
}

OKTADESK_TEST_GUILESS_MAIN(TstKeychainUnavailable)
#include "tst_keychainunavailable.moc"

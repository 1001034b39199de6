// The whole connection wizard against a demo org and the REAL keychain (a private D-Bus
// session with an unlocked gnome-keyring, started by scripts/run-keychain-tests): browser
// sign-in played by the test, verify, save, then users listed through the saved profile.
// Afterwards no file under the test's HOME may hold the client secret, the access token
// or the refresh token, raw or base64-encoded. Elsewhere it skips with QtKeychain's
// reason, unless KEYCHAIN_REQUIRED=1, where it fails.

#include "core/auth/oauthauthorizer.h"
#include "core/okta/oktaclient.h"
#include "core/secrets/keychainsecretstore.h"
#include "demo/demoorg.h"
#include "support/oktawait.h"
#include "support/secretwait.h"
#include "support/testmain.h"
#include "support/wizarddriver.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUuid>

using namespace okta;
using okta::test::WizardRig;
using oktadesk::ConnectionWizard;

namespace {
// Files under root (hidden ones too) holding any needle, byte for byte.
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles, int *files) {
    QStringList offenders;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            offenders << path + QLatin1String(" (unreadable)");
            continue;
        }
        const QByteArray bytes = file.readAll();
        ++*files;
        for (const QByteArray &needle : needles)
            if (bytes.contains(needle)) {
                offenders << path;
                break;
            }
    }
    return offenders;
}
} // namespace

class TstWizardKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wizardSavesToKeychainAndNothingToDisk();

private:
    // A service of its own, so the test never meets the app's entries.
    KeychainSecretStore m_store{QStringLiteral("OktaDesk-test-wizard-") +
                                QUuid::createUuid().toString(QUuid::Id128)};
};

void TstWizardKeychain::initTestCase() {
    const auto probe =
        okta::test::waitFor(m_store.write(QStringLiteral("probe"), QByteArrayLiteral("probe")));
    QVERIFY2(probe.finished, "the keychain did not answer within 15 s");
    if (probe.status != SecretStore::Status::Ok) {
        const QByteArray reason = "no usable Secret Service: " + probe.errorString.toUtf8();
        if (qEnvironmentVariableIntValue("KEYCHAIN_REQUIRED") == 1)
            QFAIL(reason.constData());
        QSKIP(reason.constData());
    }
    QCOMPARE(okta::test::waitFor(m_store.remove(QStringLiteral("probe"))).status, SecretStore::Status::Ok);
}

void TstWizardKeychain::wizardSavesToKeychainAndNothingToDisk() {
    const QString home = QDir::homePath();
    if (!home.startsWith(QDir::tempPath()) && qEnvironmentVariableIsEmpty("OKTADESK_TEST_HOME_KEEP"))
        QSKIP("HOME is not a private test directory; run this test through ctest");
    demo::DemoOptions options;
    options.users = 40;
    options.groups = 5;
    options.events = 50;
    demo::DemoOrg org(options);
    QVERIFY(org.start());

    // Settings where the app keeps them, under the HOME that is scanned afterwards.
    WizardRig rig(&m_store, QDir(home).filePath(QStringLiteral("config/OktaDesk")));
    QSignalSpy saved(&rig.wizard(), &ConnectionWizard::profileSaved);
    rig.wizard().show();
    rig.click(rig.next());
    rig.type("domainEdit", QStringLiteral("127.0.0.1:%1").arg(org.port()));
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    rig.click(rig.next());
    rig.type("clientIdEdit", org.clientId());
    rig.type("clientSecretEdit", org.clientSecret());
    rig.child<QSpinBox>("redirectPortSpin")->setValue(okta::test::registeredRedirectPort(org));
    rig.click(rig.next());
    rig.click("signInButton");
    QTRY_VERIFY_WITH_TIMEOUT(rig.browser.done, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    rig.click(rig.next());
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    QVERIFY(rig.child<QLabel>("verifyStatus")->text().contains(org.adminLogin()));
    rig.click(rig.next());
    rig.type("profileNameEdit", QStringLiteral("Keychain demo"));
    rig.click(rig.finish());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
    QVERIFY(!rig.setup.profileSave()->isSessionOnly());

    const QString id = saved.first().first().toString();
    const auto profile = rig.profiles.profile(id);
    QVERIFY(profile);
    QCOMPARE(profile->domain, QStringLiteral("127.0.0.1:%1").arg(org.port()));
    QCOMPARE(profile->secretKeys.size(), 3);

    // The secrets are in the keyring...
    const auto loaded = okta::test::waitFor(rig.secrets.load(id));
    QVERIFY2(loaded.succeeded, qPrintable(loaded.errorString));
    const QByteArray clientSecret = loaded.secrets.value(SecretKind::ClientSecret).copyOut();
    TokenSet tokens;
    tokens.accessToken = loaded.secrets.value(SecretKind::AccessToken);
    tokens.refreshToken = loaded.secrets.value(SecretKind::RefreshToken);
    QCOMPARE(clientSecret, org.clientSecret().toUtf8());
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());

    // ...and they work: list users through the saved profile.
    QNetworkAccessManager nam;
    OktaClient client(&nam, OrgDomain::normalise(profile->domain).baseUrl(), nullptr);
    OAuthAuthorizer authorizer(&client, ClientCredentials{profile->clientId, clientSecret}, tokens);
    client.setAuthorizer(&authorizer);
    const OktaResult users = okta::test::run(client.get(
        QStringLiteral("/api/v1/users"), QUrlQuery{{QStringLiteral("limit"), QStringLiteral("5")}}));
    QVERIFY2(users.ok() && users.json.isArray(), qPrintable(users.message() + users.networkErrorString));
    QCOMPARE(users.json.array().size(), 5);

    // ...but nowhere on disk.
    rig.settings.sync();
    QList<QByteArray> needles;
    for (const QByteArray &secret :
         {clientSecret, tokens.accessToken.copyOut(), tokens.refreshToken.copyOut()})
        needles << okta::test::secretForms(secret);
    int files = 0;
    const QStringList offenders = filesContaining(home, needles, &files);
    QVERIFY2(offenders.isEmpty(),
             qPrintable(QLatin1String("a secret on disk in ") + offenders.join(QLatin1String(", "))));
    QVERIFY(files > 0);
    QVERIFY(QFile::exists(rig.settings.fileName()));
    qInfo("scanned %d files under the test HOME", files);

    // Positive control: the scan does see a token written in base64 at an odd offset.
    QFile canary(QDir(home).filePath(QStringLiteral("cache/wizard-canary.txt")));
    QVERIFY(QDir(home).mkpath(QStringLiteral("cache")));
    QVERIFY(canary.open(QIODevice::WriteOnly));
    canary.write(QByteArray("xy" + tokens.refreshToken.copyOut()).toBase64());
    canary.close();
    int again = 0;
    QCOMPARE(filesContaining(home, needles, &again), QStringList{canary.fileName()});
    QVERIFY(canary.remove());

    const auto removed = okta::test::waitFor(rig.secrets.removeProfile(id));
    QVERIFY2(removed.succeeded, qPrintable(removed.errorString));
}

OKTADESK_TEST_MAIN(TstWizardKeychain)
#include "tst_wizardkeychain.moc"

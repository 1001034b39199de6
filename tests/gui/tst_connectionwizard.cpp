// The connection wizard, driven like a person against a real demo org on 127.0.0.1: domain,
// discovery, browser sign-in (the test plays the browser), verification, save, and then a
// real API call through the saved profile. Secrets live in a MemorySecretStore here; the
// same flow against a real keychain is tests/keychain/tst_wizardkeychain.cpp.
//
// OKTADESK_SCREENSHOT_DIR=<dir> additionally renders every page into <dir>.

#include "core/auth/oauthauthorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "demo/demoorg.h"
#include "support/oktawait.h"
#include "support/secretwait.h"
#include "support/testmain.h"
#include "support/wizarddriver.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "ui/wizard/statusmessage.h"

using namespace okta;
using okta::test::WizardRig;
using oktadesk::ConnectionWizard;
using oktadesk::StatusMessage;

namespace {
demo::DemoOptions smallOrg() {
    demo::DemoOptions o;
    o.users = 40;
    o.groups = 5;
    o.events = 50;
    return o;
}
QString statusText(WizardRig &rig, const char *name) {
    auto *status = rig.child<StatusMessage>(name);
    return status && status->isVisible() ? status->text() : QString();
}
} // namespace

class TstConnectionWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void endToEndBrowserSignIn();
    void rejectsDomainWithPath();
    void normalisesMixedCaseAndTrailingDot();
    void warnsWhenNotSuperAdmin();
    void wrongClientSecret();
    void apiTokenPath();
    void keychainUnavailable();
    void reauthorizeRenewsTokens();
    void screenshots();

private:
    void toMethodPage(WizardRig &rig, demo::DemoOrg &org);
    void browserSignIn(WizardRig &rig, demo::DemoOrg &org, const QString &secret);
    void toSavePage(WizardRig &rig, demo::DemoOrg &org);
    QTemporaryDir m_dir;
};

void TstConnectionWizard::initTestCase() {
    // Only keychainUnavailable() uses the real keychain store; a dead bus makes it answer
    // "unavailable" with QtKeychain's own reason. libsecret connects lazily, so this is early
    // enough, and nothing else here touches D-Bus.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    QVERIFY(m_dir.isValid());
}

void TstConnectionWizard::toMethodPage(WizardRig &rig, demo::DemoOrg &org) {
    rig.wizard().show();
    QCOMPARE(rig.page(), int(ConnectionWizard::BeforeId));
    rig.click(rig.next());
    QCOMPARE(rig.page(), int(ConnectionWizard::OrgId));
    QVERIFY(!rig.next()->isEnabled());
    rig.type("domainEdit", QStringLiteral("127.0.0.1:%1").arg(org.port()));
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    QCOMPARE(rig.child<QLabel>("normalisedDomainLabel")->text(),
             QStringLiteral("127.0.0.1:%1").arg(org.port()));
    QVERIFY2(statusText(rig, "discoveryStatus").contains(org.baseUrl().toString()),
             qPrintable(statusText(rig, "discoveryStatus")));
    rig.click(rig.next());
    QCOMPARE(rig.page(), int(ConnectionWizard::MethodId));
}

void TstConnectionWizard::browserSignIn(WizardRig &rig, demo::DemoOrg &org, const QString &secret) {
    QVERIFY(rig.child<QAbstractButton>("browserMethod")->isChecked());
    QVERIFY(!rig.next()->isEnabled());
    QVERIFY(rig.child<QListWidget>("requestedScopesList")->count() >= 5);
    QCOMPARE(rig.child<QLineEdit>("redirectUriEdit")->text(),
             QStringLiteral("http://127.0.0.1:53682/callback"));
    QCOMPARE(rig.child<QLineEdit>("clientSecretEdit")->echoMode(), QLineEdit::Password);
    rig.type("clientIdEdit", org.clientId());
    rig.type("clientSecretEdit", secret);
    // Issue 7 item 2. okta-api-notes.md: "The `redirect_uri` sent must match a registered
    // Sign-in redirect URI **exactly**: scheme, trailing slash, case and **port** included
    // [KB-REDIRECT]." The page offers no "any port" that Okta would refuse, and names the
    // exact URI to register for the port chosen.
    auto *portSpin = rig.child<QSpinBox>("redirectPortSpin");
    QCOMPARE(portSpin->minimum(), 1);
    const quint16 port = okta::test::registeredRedirectPort(org);
    portSpin->setValue(port);
    QCOMPARE(rig.child<QLineEdit>("redirectUriEdit")->text(),
             QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
    QVERIFY(rig.next()->isEnabled());
    rig.click(rig.next());
    QCOMPARE(rig.page(), int(ConnectionWizard::SignInId));
    QVERIFY(!rig.next()->isEnabled());
    rig.click("signInButton");
    QTRY_VERIFY_WITH_TIMEOUT(rig.browser.done, 10000);
    QCOMPARE(rig.browser.opened, 1);
    QCOMPARE(rig.browser.authorizeStatus, 302);
    QCOMPARE(rig.browser.redirect.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(rig.browser.redirect.port(), int(port));
}

void TstConnectionWizard::toSavePage(WizardRig &rig, demo::DemoOrg &org) {
    toMethodPage(rig, org);
    if (QTest::currentTestFailed())
        return;
    browserSignIn(rig, org, org.clientSecret());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    rig.click(rig.next());
    QCOMPARE(rig.page(), int(ConnectionWizard::VerifyId));
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    rig.click(rig.next());
    QCOMPARE(rig.page(), int(ConnectionWizard::SaveId));
}

void TstConnectionWizard::endToEndBrowserSignIn() {
    demo::DemoOrg org(smallOrg());
    QVERIFY(org.start());
    MemorySecretStore store;
    WizardRig rig(&store, m_dir.path() + QStringLiteral("/e2e"));
    QSignalSpy saved(&rig.wizard(), &ConnectionWizard::profileSaved);

    toMethodPage(rig, org);
    if (QTest::currentTestFailed())
        return;
    browserSignIn(rig, org, org.clientSecret());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    QCOMPARE(rig.browser.callbackStatus, 200);
    rig.click(rig.next());

    QCOMPARE(rig.page(), int(ConnectionWizard::VerifyId));
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    const QString verified = rig.child<QLabel>("verifyStatus")->text();
    QVERIFY2(verified.contains(org.adminLogin()), qPrintable(verified));
    QVERIFY2(verified.contains(QLatin1String("super admin"), Qt::CaseInsensitive), qPrintable(verified));
    QVERIFY2(verified.contains(QLatin1String("okta.users.read")), qPrintable(verified));
    QVERIFY(!rig.child<StatusMessage>("superAdminWarning")->isVisible());
    QCOMPARE(rig.setup.verification()->whoAmI().superAdmin(), WhoAmI::SuperAdmin::Yes);
    rig.click(rig.next());

    QCOMPARE(rig.page(), int(ConnectionWizard::SaveId));
    QCOMPARE(rig.child<QLineEdit>("profileNameEdit")->text(), QStringLiteral("127.0.0.1:%1").arg(org.port()));
    rig.type("profileNameEdit", QStringLiteral("Demo org"));
    QVERIFY(rig.child<QLabel>("saveSummary")->text().contains(QLatin1String("Demo org")));
    QVERIFY(rig.finish()->isEnabled());
    rig.click(rig.finish());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QTRY_VERIFY(!rig.wizard().isVisible());

    const QString id = saved.first().first().toString();
    const auto profile = rig.profiles.profile(id);
    QVERIFY(profile);
    QCOMPARE(profile->name, QStringLiteral("Demo org"));
    QCOMPARE(profile->domain, QStringLiteral("127.0.0.1:%1").arg(org.port()));
    QCOMPARE(profile->clientId, org.clientId());
    QCOMPARE(profile->authMethod, AuthMethod::BrowserPkce);
    QCOMPARE(rig.profiles.currentProfileId(), id);
    for (SecretKind kind : {SecretKind::ClientSecret, SecretKind::AccessToken, SecretKind::RefreshToken}) {
        QVERIFY(profile->secretKeys.contains(ProfileStore::secretKey(id, kind)));
        QVERIFY(store.contains(ProfileStore::secretKey(id, kind)));
    }
    // No secret in the settings file.
    rig.settings.sync();
    QFile ini(rig.settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(org.clientSecret().toUtf8()));

    // List users through the saved profile: secrets from the store, a fresh client.
    const auto loaded = okta::test::waitFor(rig.secrets.load(id));
    QVERIFY(loaded.succeeded);
    TokenSet tokens;
    tokens.accessToken = loaded.secrets.value(SecretKind::AccessToken);
    tokens.refreshToken = loaded.secrets.value(SecretKind::RefreshToken);
    QVERIFY(!tokens.accessToken.isEmpty());
    QVERIFY(!tokens.refreshToken.isEmpty());
    QNetworkAccessManager nam;
    OktaClient client(&nam, OrgDomain::normalise(profile->domain).baseUrl(), nullptr);
    ClientCredentials credentials{profile->clientId, loaded.secrets.value(SecretKind::ClientSecret)};
    OAuthAuthorizer authorizer(&client, credentials, tokens);
    client.setAuthorizer(&authorizer);
    const OktaResult users = okta::test::run(client.get(
        QStringLiteral("/api/v1/users"), QUrlQuery{{QStringLiteral("limit"), QStringLiteral("5")}}));
    QVERIFY2(users.ok(), qPrintable(users.message()));
    QVERIFY2(users.json.isArray(), users.body.left(300).constData());
    QCOMPARE(users.json.array().size(), 5);
}

void TstConnectionWizard::rejectsDomainWithPath() {
    MemorySecretStore store;
    WizardRig rig(&store, m_dir.path() + QStringLiteral("/path"));
    rig.setup.orgCheck()->setDebounce(std::chrono::hours(1)); // no network in this test
    rig.wizard().show();
    rig.click(rig.next());
    rig.type("domainEdit", QStringLiteral("https://acme.okta.com/some/path"));
    const QString message = statusText(rig, "domainMessage");
    QVERIFY2(!message.isEmpty(), "no message for a path");
    QCOMPARE(rig.child<StatusMessage>("domainMessage")->kind(), StatusMessage::Kind::Error);
    QVERIFY(!rig.next()->isEnabled());
    QCOMPARE(rig.child<QLabel>("normalisedDomainLabel")->text(), QStringLiteral("—"));
    QVERIFY(statusText(rig, "discoveryStatus").isEmpty());
}

void TstConnectionWizard::normalisesMixedCaseAndTrailingDot() {
    MemorySecretStore store;
    WizardRig rig(&store, m_dir.path() + QStringLiteral("/case"));
    rig.setup.orgCheck()->setDebounce(std::chrono::hours(1));
    rig.wizard().show();
    rig.click(rig.next());
    rig.type("domainEdit", QStringLiteral("  ACME.Okta.COM.  "));
    QCOMPARE(rig.child<QLabel>("normalisedDomainLabel")->text(), QStringLiteral("acme.okta.com"));
    QVERIFY(statusText(rig, "domainMessage").isEmpty());
    rig.type("domainEdit", QStringLiteral("https://Acme-Admin.okta.com/admin/dashboard"));
    QCOMPARE(rig.child<QLabel>("normalisedDomainLabel")->text(), QStringLiteral("acme.okta.com"));
    // Usable, but not before the org has answered.
    QVERIFY(!rig.next()->isEnabled());
    QCOMPARE(rig.setup.orgCheck()->state(), OrgCheck::State::Pending);
}

void TstConnectionWizard::warnsWhenNotSuperAdmin() {
    demo::DemoOptions options = smallOrg();
    options.adminIsSuperAdmin = false;
    demo::DemoOrg org(options);
    QVERIFY(org.start());
    MemorySecretStore store;
    WizardRig rig(&store, m_dir.path() + QStringLiteral("/notsuper"));
    toMethodPage(rig, org);
    if (QTest::currentTestFailed())
        return;
    browserSignIn(rig, org, org.clientSecret());
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    rig.click(rig.next());
    QTRY_COMPARE_WITH_TIMEOUT(rig.setup.verification()->state(), Verification::State::Done, 10000);
    QCOMPARE(rig.setup.verification()->whoAmI().superAdmin(), WhoAmI::SuperAdmin::No);
    auto *warning = rig.child<StatusMessage>("superAdminWarning");
    QVERIFY(warning->isVisible());
    for (const char *what : {"granting", "admin roles", "service accounts"})
        QVERIFY2(warning->text().contains(QLatin1String(what)), qPrintable(warning->text()));
    QVERIFY(warning->text().contains(QLatin1String("READ_ONLY_ADMIN")));
    QVERIFY(rig.child<QLabel>("verifyStatus")->text().contains(QLatin1String("not a super admin")));
    // The connection still works for what the account may do.
    QVERIFY(rig.next()->isEnabled());
}

void TstConnectionWizard::wrongClientSecret() {
    demo::DemoOrg org(smallOrg());
    QVERIFY(org.start());
    MemorySecretStore store;
    WizardRig rig(&store, m_dir.path() + QStringLiteral("/badsecret"));
    toMethodPage(rig, org);
    if (QTest::currentTestFailed())
        return;
    browserSignIn(rig, org, QStringLiteral("not-the-secret"));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(rig.setup.signIn()->state(), SignIn::State::Failed, 10000);
    QCOMPARE(rig.setup.signIn()->failure(), BrowserSignIn::Failure::InvalidClient);
    const QString shown = statusText(rig, "signInStatus");
    QVERIFY2(shown.startsWith(BrowserSignIn::messageFor(BrowserSignIn::Failure::InvalidClient)),
             qPrintable(shown));
    QVERIFY(!shown.contains(QLatin1String("not-the-secret")));
    QVERIFY(!rig.next()->isEnabled());
    QVERIFY(rig.child<QAbstractButton>("signInButton")->isEnabled());
}

void TstConnectionWizard::apiTokenPath() {
    demo::DemoOrg org(smallOrg());
    QVERIFY(org.start());
    MemorySecretStore store;
    WizardRig rig(&store, m_dir.path() + QStringLiteral("/token"));
    QSignalSpy saved(&rig.wizard(), &ConnectionWizard::profileSaved);
    toMethodPage(rig, org);
    if (QTest::currentTestFailed())
        return;
    rig.click("apiTokenMethod");
    QCOMPARE(rig.setup.method()->authMethod(), AuthMethod::ApiToken);
    QVERIFY(!rig.next()->isEnabled());
    QCOMPARE(rig.child<QLineEdit>("apiTokenEdit")->echoMode(), QLineEdit::Password);
    rig.type("apiTokenEdit", org.apiToken());
    QVERIFY(rig.next()->isEnabled());
    rig.click(rig.next());
    QCOMPARE(rig.page(), int(ConnectionWizard::SignInId));
    QVERIFY(!rig.child<QAbstractButton>("signInButton")->isVisible());
    QTRY_VERIFY(rig.next()->isEnabled());
    rig.click(rig.next());
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    const QString verified = rig.child<QLabel>("verifyStatus")->text();
    QVERIFY2(verified.contains(org.adminLogin()), qPrintable(verified));
    QVERIFY2(verified.contains(QLatin1String("API token")), qPrintable(verified));
    rig.click(rig.next());
    rig.click(rig.finish());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    const auto profile = rig.profiles.profile(saved.first().first().toString());
    QVERIFY(profile);
    QCOMPARE(profile->authMethod, AuthMethod::ApiToken);
    QCOMPARE(profile->secretKeys, QStringList{ProfileStore::secretKey(profile->id, SecretKind::ApiToken)});
    QCOMPARE(rig.browser.opened, 0);
}

void TstConnectionWizard::keychainUnavailable() {
    demo::DemoOrg org(smallOrg());
    QVERIFY(org.start());
    KeychainSecretStore keychain(QStringLiteral("OktaDesk-test-wizard"));
    WizardRig rig(&keychain, m_dir.path() + QStringLiteral("/nokeychain"));
    QSignalSpy saved(&rig.wizard(), &ConnectionWizard::profileSaved);
    toSavePage(rig, org);
    if (QTest::currentTestFailed())
        return;
    rig.click(rig.finish());
    ProfileSave *save = rig.setup.profileSave();
    QTRY_COMPARE_WITH_TIMEOUT(save->state(), ProfileSave::State::KeychainUnavailable, 10000);
    QVERIFY(!save->keychainReason().isEmpty());
    QVERIFY(statusText(rig, "keychainReason").contains(save->keychainReason()));
    QVERIFY(rig.profiles.list().isEmpty()); // nothing half-saved
    auto *sessionOnly = rig.child<QCheckBox>("sessionOnlyCheck");
    QVERIFY(sessionOnly->isVisible());
    QVERIFY(!rig.finish()->isEnabled());
    rig.click(sessionOnly);
    QVERIFY(rig.finish()->isEnabled());
    rig.click(rig.finish());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QVERIFY(save->isSessionOnly());
    const auto profile = rig.profiles.profile(saved.first().first().toString());
    QVERIFY(profile);
    QVERIFY2(profile->secretKeys.isEmpty(), "a session-only profile records no keychain entry");
    MemorySecretStore *memory = save->sessionStore();
    QVERIFY(memory->contains(ProfileStore::secretKey(profile->id, SecretKind::AccessToken)));
    QVERIFY(memory->contains(ProfileStore::secretKey(profile->id, SecretKind::RefreshToken)));
    QVERIFY(memory->contains(ProfileStore::secretKey(profile->id, SecretKind::ClientSecret)));
}

void TstConnectionWizard::reauthorizeRenewsTokens() {
    demo::DemoOrg org(smallOrg());
    QVERIFY(org.start());
    MemorySecretStore store;
    const QString dir = m_dir.path() + QStringLiteral("/reauth");
    QString id;
    QByteArray firstToken;
    QByteArray firstRefresh;
    {
        WizardRig rig(&store, dir);
        QSignalSpy saved(&rig.wizard(), &ConnectionWizard::profileSaved);
        toSavePage(rig, org);
        if (QTest::currentTestFailed())
            return;
        rig.click(rig.finish());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        id = saved.first().first().toString();
        const auto first = okta::test::waitFor(rig.secrets.load(id));
        firstToken = first.secrets.value(SecretKind::AccessToken).copyOut();
        firstRefresh = first.secrets.value(SecretKind::RefreshToken).copyOut();
    }
    WizardRig rig(&store, dir);
    QVERIFY(rig.setup.reauthorize(id));
    QSignalSpy saved(&rig.wizard(), &ConnectionWizard::profileSaved);
    rig.wizard().show();
    QCOMPARE(rig.page(), int(ConnectionWizard::OrgId));
    QVERIFY(rig.child<QLineEdit>("domainEdit")->isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    rig.click(rig.next());
    QVERIFY(!rig.child<QAbstractButton>("apiTokenMethod")->isEnabled());
    QTRY_VERIFY(rig.setup.method()->hasClientSecret());                    // from the store
    QCOMPARE(rig.child<QLineEdit>("clientSecretEdit")->text(), QString()); // never shown
    rig.child<QSpinBox>("redirectPortSpin")->setValue(okta::test::registeredRedirectPort(org));
    rig.click(rig.next());
    QVERIFY(statusText(rig, "superAdminNote").contains(QLatin1String("super admin")));
    rig.click("signInButton");
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    rig.click(rig.next());
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    rig.click(rig.next());
    rig.click(rig.finish());
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QCOMPARE(saved.first().first().toString(), id);
    QCOMPARE(rig.profiles.list().size(), 1);
    const QByteArray renewed =
        okta::test::waitFor(rig.secrets.load(id)).secrets.value(SecretKind::AccessToken).copyOut();
    QVERIFY(!renewed.isEmpty());
    QVERIFY(renewed != firstToken);

    // Issue 11 item 2: the sign-in it replaced is revoked at the org. RFC 7009 §2.2: "the
    // authorization server responds with HTTP status code 200 if the token has been revoked
    // successfully"; a revoked access token then gets 401 and a revoked refresh token
    // invalid_grant, as from Okta.
    QNetworkAccessManager nam;
    StaticAuthorizer oldBearer(StaticAuthorizer::Scheme::Bearer, firstToken);
    OktaClient oldClient(&nam, org.baseUrl(), &oldBearer);
    QCOMPARE(okta::test::run(OktaApi(&oldClient).me()).httpStatus, 401);
    OktaClient tokenClient(&nam, org.baseUrl(), nullptr);
    TokenSet replaced;
    replaced.refreshToken = firstRefresh;
    OAuthAuthorizer oldRefresh(&tokenClient, {org.clientId(), org.clientSecret()}, replaced);
    QSignalSpy refreshed(&oldRefresh, &Authorizer::refreshFinished);
    oldRefresh.refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!refreshed.first().first().toBool());
    QVERIFY(refreshed.first().at(1).toString().contains(QLatin1String("invalid_grant")) ||
            refreshed.first().at(1).toString().contains(QLatin1String("expired or was revoked")));
}

void TstConnectionWizard::screenshots() {
    const QString out = qEnvironmentVariable("OKTADESK_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set OKTADESK_SCREENSHOT_DIR to render the wizard's pages");
    QVERIFY(QDir().mkpath(out));
    demo::DemoOrg org(smallOrg());
    QVERIFY(org.start());
    // The summary names the store the secrets would go to: the keychain, as for a user.
    // Nothing is saved here, so the keychain is never asked.
    KeychainSecretStore store(QStringLiteral("OktaDesk-test-shots"));
    WizardRig rig(&store, m_dir.path() + QStringLiteral("/shots"));
    rig.browser.autoPlay = false;
    auto shoot = [&](const char *name) {
        QCoreApplication::processEvents();
        QVERIFY(rig.wizard().grab().save(out + QLatin1Char('/') + QLatin1String(name), "PNG"));
    };
    rig.wizard().resize(720, 560);
    rig.wizard().show();
    shoot("wizard-1-before.png");
    rig.click(rig.next());
    rig.type("domainEdit", QStringLiteral("127.0.0.1:%1").arg(org.port()));
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    shoot("wizard-2-org.png");
    rig.click(rig.next());
    rig.type("clientIdEdit", org.clientId());
    rig.type("clientSecretEdit", org.clientSecret());
    shoot("wizard-3-method.png");
    rig.child<QSpinBox>("redirectPortSpin")->setValue(okta::test::registeredRedirectPort(org));
    rig.click(rig.next());
    rig.click("signInButton");
    QTRY_COMPARE(rig.browser.opened, 1);
    shoot("wizard-4-signin.png");
    rig.browser.play();
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    rig.click(rig.next());
    QTRY_VERIFY_WITH_TIMEOUT(rig.next()->isEnabled(), 10000);
    shoot("wizard-5-verify.png");
    rig.click(rig.next());
    rig.type("profileNameEdit", QStringLiteral("Acme production"));
    shoot("wizard-6-save.png");
}

OKTADESK_TEST_MAIN(TstConnectionWizard)
#include "tst_connectionwizard.moc"

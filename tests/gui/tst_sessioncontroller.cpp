// The main window with org profiles: opening the current profile, switching, renaming,
// deleting and the reauthorize prompt, against a real demo org over loopback. Secrets sit
// in a MemorySecretStore here; the keychain itself is covered by the keychain tests.
#include "core/auth/browsersignin.h"
#include "core/connection/connectionsetup.h"
#include "core/connection/orgcheck.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilesession.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "support/browserplayer.h"
#include "support/demofixture.h"
#include "support/oktawait.h"
#include "support/secretwait.h"
#include "support/testmain.h"
#include "support/widgetdriver.h"
#include "support/windowrig.h"
#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"
#include "ui/wizard/connectionwizard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace okta;
using oktadesk::MainWindow;
using oktadesk::SessionController;

class TstSessionController : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<okta::test::WindowRig> m_rig;
    int m_run = 0;

    QString addTokenProfile(const QString &name, const QByteArray &token) {
        return m_rig->addTokenProfile(name, m_demo.domain(), token);
    }

    // Signs in at the demo org as the system browser would, and keeps that as a profile.
    QString addSignedInProfile(const QString &name) {
        okta::test::BrowserPlayer browser;
        browser.onListening = [this](const QUrl &uri) {
            m_demo->addRedirectUri(uri.toString());
        };
        OktaClient tokenClient(&m_rig->nam, m_demo->baseUrl(), nullptr);
        const QStringList scopes = {QStringLiteral("openid"), QStringLiteral("offline_access"),
                                    QStringLiteral("okta.users.read")};
        BrowserSignIn signIn(&tokenClient, {m_demo->clientId(), m_demo->clientSecret(), {}}, scopes, 0);
        const TokenSet tokens = browser.signIn(signIn);
        if (!tokens.hasRefreshToken())
            return {};
        ProfileSecretMap secrets = ProfileSession::tokenSecrets(tokens);
        secrets.insert(SecretKind::ClientSecret, m_demo->clientSecret().toUtf8());
        return m_rig->addBrowserProfile(name, m_demo.domain(), m_demo->clientId(), scopes, secrets);
    }

    // The profile open in the window, and the access token the keychain holds for it now.
    QByteArray openAndReadAccessToken(const QString &id) {
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.start();
        if (!QTest::qWaitFor([&settled] { return settled.count() > 0; }, 10000) ||
            !settled.first().first().toBool())
            return {};
        return okta::test::waitFor(m_rig->secrets.load(id)).secrets.value(SecretKind::AccessToken).copyOut();
    }

    bool accessTokenWorks(const QByteArray &token) {
        StaticAuthorizer bearer(StaticAuthorizer::Scheme::Bearer, token);
        OktaClient client(&m_rig->nam, m_demo->baseUrl(), &bearer);
        return okta::test::run(OktaApi(&client).me()).ok();
    }

    // The org answers 500 to every revocation.
    void failRevocations() {
        demo::FaultOptions down;
        down.pathPrefix = QStringLiteral("/oauth2/v1/revoke");
        down.serverErrorEvery = 1;
        m_demo->setFaults(down);
    }

    // Delete from the toolbar and confirm: what comes up when the revocation fails.
    QMessageBox *deleteAndConfirm() {
        if (!okta::test::clickToolBarAction(&m_rig->window, "deleteProfileAction"))
            return nullptr;
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor([&] {
                box = m_rig->window.findChild<QMessageBox *>(QStringLiteral("deleteProfileDialog"));
                return box && box->isVisible();
            }) ||
            !okta::test::click(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))))
            return nullptr;
        return revokeFailedDialog(nullptr);
    }

    // A signed-in profile, open in the window, deleted while Okta refuses every revocation:
    // its id, its access token, and the question that follows.
    struct FailedRevocation {
        QString id;
        QByteArray access;
        QMessageBox *question = nullptr;
    };
    FailedRevocation deleteWhileRevocationFails() {
        FailedRevocation f;
        f.id = addSignedInProfile(QStringLiteral("Acme"));
        if (!f.id.isEmpty())
            f.access = openAndReadAccessToken(f.id);
        if (f.access.isEmpty())
            return f;
        failRevocations();
        f.question = deleteAndConfirm();
        return f;
    }

    // The "was not deleted" question once it is up, other than `previous`.
    QMessageBox *revokeFailedDialog(const QMessageBox *previous) {
        QMessageBox *found = nullptr;
        (void)QTest::qWaitFor([&] {
            for (QMessageBox *box :
                 m_rig->window.findChildren<QMessageBox *>(QStringLiteral("revokeFailedDialog")))
                if (box != previous && box->isVisible())
                    found = box;
            return found != nullptr;
        });
        return found;
    }

    QString status() const {
        return m_rig->window.findChild<QLabel *>(QStringLiteral("connectionStatus"))->text();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_demo.start(okta::test::demoSize(50, 10, 100)), m_demo.error()); }

    void init() {
        m_rig = std::make_unique<okta::test::WindowRig>(
            m_dir.filePath(QStringLiteral("oktadesk-%1.ini").arg(++m_run)));
        m_rig->window.show();
    }

    void cleanup() {
        m_rig.reset();
        m_demo->setFaults({});
    }

    void withoutProfilesTheWindowSaysWhatToDo() {
        m_rig->controller.start();
        QVERIFY(status().contains(QStringLiteral("Add profile")));
        QVERIFY(!m_rig->window.findChild<QAction *>(QStringLiteral("deleteProfileAction"))->isEnabled());
    }

    void opensTheCurrentProfileAndShowsWhoIsSignedIn() {
        QVERIFY(!addTokenProfile(QStringLiteral("Acme"), m_demo.apiToken()).isEmpty());
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.start();
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(settled.first().first().toBool(), true);
        QVERIFY2(status().contains(m_demo->adminLogin()), qPrintable(status()));
        QVERIFY(status().contains(m_demo.domain()));
        QCOMPARE(m_rig->window.currentProfile(), QStringLiteral("Acme"));
        QVERIFY(m_rig->window.windowTitle().contains(QStringLiteral("Acme")));
    }

    void switchingProfilesFromTheToolbar() {
        addTokenProfile(QStringLiteral("Acme"), m_demo.apiToken());
        addTokenProfile(QStringLiteral("Broken"), "00not-a-valid-token");
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.start(QStringLiteral("Acme"));
        QTRY_COMPARE(settled.count(), 1);
        auto *switcher = m_rig->window.findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
        QCOMPARE(switcher->count(), 2);
        QVERIFY(okta::test::choose(switcher, QStringLiteral("Broken")));
        QTRY_COMPARE(settled.count(), 2);
        QCOMPARE(settled.last().first().toBool(), false);
        QCOMPARE(m_rig->window.currentProfile(), QStringLiteral("Broken"));
        QVERIFY2(status().contains(QStringLiteral("401")) || status().contains(QStringLiteral("reauthorize")),
                 qPrintable(status()));
        // A refused token asks for reauthorization in a bar, without clearing the window.
        QTRY_VERIFY(m_rig->window.findChild<QWidget *>(QStringLiteral("reauthorizeBanner"))->isVisible());
        QCOMPARE(m_rig->profiles.profile(m_rig->profiles.currentProfileId())->name, QStringLiteral("Broken"));
    }

    void renameThroughTheDialog() {
        addTokenProfile(QStringLiteral("Acme"), m_demo.apiToken());
        m_rig->controller.start();
        QVERIFY(okta::test::clickToolBarAction(&m_rig->window, "renameProfileAction"));
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = m_rig->window.findChild<QInputDialog *>(QStringLiteral("renameProfileDialog"))));
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(okta::test::typeInto(dialog->findChild<QLineEdit *>(), QStringLiteral("Acme production")));
        QVERIFY(okta::test::click(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)));
        QTRY_COMPARE(m_rig->window.currentProfile(), QStringLiteral("Acme production"));
        QVERIFY(m_rig->profiles.byName(QStringLiteral("Acme production")));
    }

    void deleteRemovesProfileAndSecrets() {
        const QString id = addTokenProfile(QStringLiteral("Acme"), m_demo.apiToken());
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.start();
        QTRY_COMPARE(settled.count(), 1);
        QVERIFY(m_rig->store.contains(ProfileStore::secretKey(id, SecretKind::ApiToken)));
        QVERIFY(okta::test::clickToolBarAction(&m_rig->window, "deleteProfileAction"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_rig->window.findChild<QMessageBox *>(QStringLiteral("deleteProfileDialog"))));
        QVERIFY(box->informativeText().contains(QStringLiteral("revokes")));
        QTRY_VERIFY(box->isVisible());
        QVERIFY(okta::test::click(box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))));
        QTRY_VERIFY(!m_rig->profiles.profile(id));
        QVERIFY(!m_rig->store.contains(ProfileStore::secretKey(id, SecretKind::ApiToken)));
        QTRY_VERIFY(status().contains(QStringLiteral("Add profile")));
        QCOMPARE(m_rig->window.findChild<QComboBox *>(QStringLiteral("profileSwitcher"))->count(), 0);
    }

    // Issue 11 item 2 in the window: when Okta does not take the tokens back, the profile is
    // kept, still open, and the admin is asked: try again, or delete it anyway.
    void tryAgainAfterAFailedRevocation() {
        const FailedRevocation f = deleteWhileRevocationFails();
        QVERIFY(!f.id.isEmpty());
        QVERIFY(!f.access.isEmpty());
        QMessageBox *failed = f.question;
        QVERIFY(failed);
        const QString &id = f.id;
        const QByteArray &access = f.access;
        QVERIFY2(failed->text().contains(QStringLiteral("\"Acme\" was not deleted")),
                 qPrintable(failed->text()));
        QVERIFY2(failed->informativeText().contains(QStringLiteral("kept")),
                 qPrintable(failed->informativeText()));
        QCOMPARE(failed->defaultButton()->objectName(), QStringLiteral("retryDeleteButton"));
        QVERIFY(m_rig->profiles.profile(id));
        QVERIFY(m_rig->store.contains(ProfileStore::secretKey(id, SecretKind::RefreshToken)));
        QTRY_COMPARE(m_rig->window.currentProfile(), QStringLiteral("Acme")); // open again behind it
        QVERIFY(accessTokenWorks(access));

        // Trying again while Okta still fails asks again and removes nothing.
        QPointer<QMessageBox> first = failed;
        QVERIFY(okta::test::click(failed->findChild<QPushButton *>(QStringLiteral("retryDeleteButton"))));
        QMessageBox *again = revokeFailedDialog(failed);
        QVERIFY(again);
        QTRY_VERIFY(first.isNull());
        QVERIFY(m_rig->profiles.profile(id));

        // Once the org answers, trying again revokes the tokens at Okta, then deletes.
        m_demo->setFaults({});
        QVERIFY(okta::test::click(again->findChild<QPushButton *>(QStringLiteral("retryDeleteButton"))));
        QTRY_VERIFY(!m_rig->profiles.profile(id));
        QCOMPARE(m_rig->store.count(), 0);
        QVERIFY(!accessTokenWorks(access));
        QTRY_VERIFY(status().contains(QStringLiteral("Add profile")));
    }

    void deleteAnywayAfterAFailedRevocation() {
        const FailedRevocation f = deleteWhileRevocationFails();
        QVERIFY(!f.id.isEmpty());
        QVERIFY(!f.access.isEmpty());
        QVERIFY(f.question);
        const QString &id = f.id;
        const QByteArray &access = f.access;
        QVERIFY(
            okta::test::click(f.question->findChild<QPushButton *>(QStringLiteral("deleteAnywayButton"))));
        QTRY_VERIFY(!m_rig->profiles.profile(id));
        QCOMPARE(m_rig->store.count(), 0);
        // Not revoked: what "anyway" means, and what the question said.
        QVERIFY(accessTokenWorks(access));
        QTRY_VERIFY(status().contains(QStringLiteral("Add profile")));
    }

    void orgOptionOpensTheMatchingProfileOrTheWizard() {
        addTokenProfile(QStringLiteral("Acme"), m_demo.apiToken());
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        // Pasted the way admins do: scheme, mixed case, trailing slash.
        QVERIFY(m_rig->controller.openByDomain(QStringLiteral("http://%1/").arg(m_demo.domain())));
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(m_rig->window.currentProfile(), QStringLiteral("Acme"));
        QVERIFY(!m_rig->controller.openByDomain(QStringLiteral("other.okta.com")));
        m_rig->controller.addProfile(QStringLiteral("https://Other-Admin.okta.com/admin/dashboard"));
        QTRY_VERIFY(m_rig->controller.wizard() && m_rig->controller.wizard()->isVisible());
        QCOMPARE(m_rig->controller.wizard()->setup()->orgCheck()->domain().host,
                 QStringLiteral("other.okta.com"));
        QVERIFY(okta::test::click(m_rig->controller.wizard()->button(QWizard::CancelButton)));
        QTRY_VERIFY(!m_rig->controller.wizard() || !m_rig->controller.wizard()->isVisible());
    }

    void saysWhenTheAccountIsNotASuperAdmin() {
        QVERIFY(!status().contains(u"super admin"_qs));
        demo::DemoOptions o = okta::test::demoSize(10, 2, 10);
        o.adminIsSuperAdmin = false;
        okta::test::DemoFixture limited;
        QVERIFY2(limited.start(o), limited.error());
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.startDemo(limited->baseUrl(), limited.apiToken());
        QTRY_COMPARE(settled.count(), 1);
        QVERIFY(settled.first().first().toBool()); // connected: the account works
        QVERIFY2(status().contains(u"not confirmed as a super admin"_qs), qPrintable(status()));
        const QString tip = m_rig->window.findChild<QLabel *>(QStringLiteral("connectionStatus"))->toolTip();
        QVERIFY2(tip.contains(u"READ_ONLY_ADMIN"_qs) && tip.contains(u"granting"_qs), qPrintable(tip));
    }

    void demoSessionNeedsNoProfile() {
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.startDemo(m_demo->baseUrl(), m_demo.apiToken());
        QTRY_COMPARE(settled.count(), 1);
        QVERIFY(status().contains(m_demo->adminLogin()));
        QVERIFY2(!status().contains(u"super admin"_qs), qPrintable(status())); // it is one
        QVERIFY(!m_rig->window.findChild<QAction *>(QStringLiteral("reauthorizeAction"))->isEnabled());
        QVERIFY(m_rig->profiles.list().isEmpty());
    }
};

OKTADESK_TEST_MAIN(TstSessionController)
#include "tst_sessioncontroller.moc"

// The main window with org profiles: opening the current profile, switching, renaming,
// deleting and the reauthorize prompt, against a real demo org over loopback. Secrets sit
// in a MemorySecretStore here; the keychain itself is covered by the keychain tests.
#include "core/connection/connectionsetup.h"
#include "core/connection/orgcheck.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "support/demofixture.h"
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

    void cleanup() { m_rig.reset(); }

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

// The main window's "Add profile…" runs the connection wizard and, once it is saved,
// connects to the new profile: with the keychain working (an in-memory store here), and
// with the keychain unavailable, where the admin may connect for this run only.
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "support/demofixture.h"
#include "support/testmain.h"
#include "support/widgetdriver.h"
#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"
#include "ui/wizard/connectionwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace okta;
using oktadesk::ConnectionWizard;
using oktadesk::MainWindow;
using oktadesk::SessionController;

class TstWindowWizard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    okta::test::DemoFixture m_demo;

    // Types into a wizard field as a person would.
    static void type(ConnectionWizard *wizard, const char *name, const QString &text) {
        QVERIFY2(okta::test::typeInto(wizard->findChild<QLineEdit *>(QLatin1String(name)), text), name);
    }
    static void click(QAbstractButton *button) { QVERIFY(okta::test::click(button)); }

    // Add profile… -> the API-token path of the wizard, up to the Save page's Finish.
    void runWizardWithApiToken(MainWindow &window, SessionController &controller) {
        QVERIFY(okta::test::clickToolBarAction(&window, "addProfileAction"));
        ConnectionWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = controller.wizard()));
        QTRY_VERIFY(wizard->isVisible());
        click(wizard->button(QWizard::NextButton));
        type(wizard, "domainEdit", m_demo.domain());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        click(wizard->button(QWizard::NextButton));
        click(wizard->findChild<QAbstractButton *>(QStringLiteral("apiTokenMethod")));
        type(wizard, "apiTokenEdit", m_demo->apiToken());
        click(wizard->button(QWizard::NextButton));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        click(wizard->button(QWizard::NextButton));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 10000);
        click(wizard->button(QWizard::NextButton));
        type(wizard, "profileNameEdit", QStringLiteral("Demo production"));
        click(wizard->button(QWizard::FinishButton));
    }

    QString status(MainWindow &window) const {
        return window.findChild<QLabel *>(QStringLiteral("connectionStatus"))->text();
    }

private Q_SLOTS:
    void initTestCase() {
        // Only keychainUnavailable() uses the real keychain store; a dead bus makes it answer
        // "unavailable" with QtKeychain's own reason.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        QVERIFY2(m_demo.start(okta::test::demoSize(40, 8, 50)), m_demo.error());
    }

    void addProfileConnectsToIt() {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        MemorySecretStore store;
        ProfileStore profiles(&settings);
        ProfileSecrets secrets(&store, &profiles);
        QNetworkAccessManager nam;
        MainWindow window;
        SessionController controller(&window, {&nam, &profiles, &secrets});
        window.show();
        controller.start();
        QSignalSpy settled(&controller, &SessionController::connectionSettled);
        runWizardWithApiToken(window, controller);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 10000);
        QVERIFY(settled.first().first().toBool());
        QCOMPARE(window.currentProfile(), QStringLiteral("Demo production"));
        QVERIFY2(status(window).contains(m_demo->adminLogin()), qPrintable(status(window)));
        QVERIFY(!controller.wizard()); // closed and gone
        QCOMPARE(profiles.list().size(), 1);
    }

    void keychainUnavailableConnectsForThisRunOnly() {
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        KeychainSecretStore keychain(QStringLiteral("OktaDesk-test-window"));
        ProfileStore profiles(&settings);
        ProfileSecrets secrets(&keychain, &profiles);
        QNetworkAccessManager nam;
        MainWindow window;
        SessionController controller(&window, {&nam, &profiles, &secrets});
        window.show();
        controller.start();
        QSignalSpy settled(&controller, &SessionController::connectionSettled);
        runWizardWithApiToken(window, controller);
        ConnectionWizard *wizard = controller.wizard();
        QVERIFY(wizard);
        auto *sessionOnly = wizard->findChild<QCheckBox *>(QStringLiteral("sessionOnlyCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), 10000);
        QVERIFY(profiles.list().isEmpty()); // nothing half-saved
        click(sessionOnly);
        click(wizard->button(QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 10000);
        QVERIFY2(settled.first().first().toBool(), qPrintable(status(window)));
        QVERIFY(status(window).contains(m_demo->adminLogin()));
        const auto profile = profiles.byName(QStringLiteral("Demo production"));
        QVERIFY(profile);
        QVERIFY(profile->secretKeys.isEmpty()); // the settings record no keychain entry
        // And no file under the test directory holds the token.
        const QByteArray token = m_demo->apiToken().toUtf8();
        QFile ini(settings.fileName());
        settings.sync();
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(token));
    }
};

OKTADESK_TEST_MAIN(TstWindowWizard)
#include "tst_windowwizard.moc"

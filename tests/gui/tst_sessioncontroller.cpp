// The main window with org profiles: opening the current profile, switching, renaming,
// deleting and the reauthorize prompt, against a real demo org over loopback. Secrets sit
// in a MemorySecretStore here; the keychain itself is covered by the keychain tests.
#include "core/connection/connectionsetup.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "demo/demoorg.h"
#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"
#include "ui/wizard/connectionwizard.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
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
    std::unique_ptr<demo::DemoOrg> m_org;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ProfileSecrets> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SessionController> m_controller;
    int m_run = 0;

    QString addTokenProfile(const QString &name, const QByteArray &token) {
        Profile p;
        p.name = name;
        p.domain = m_org->baseUrl().authority();
        p.authMethod = AuthMethod::ApiToken;
        const auto added = m_profiles->add(p);
        if (!added.ok())
            return {};
        bool done = false;
        ProfileSecretsJob *job = m_secrets->save(added.profile.id, {{SecretKind::ApiToken, token}});
        connect(job, &ProfileSecretsJob::finished, this, [&done] { done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            return {};
        return added.profile.id;
    }

    QString status() const {
        return m_window->findChild<QLabel *>(QStringLiteral("connectionStatus"))->text();
    }

    void clickAction(const char *objectName) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(objectName));
        QVERIFY(action && action->isEnabled());
        action->trigger();
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o;
        o.users = 50;
        o.groups = 10;
        o.events = 100;
        m_org = std::make_unique<demo::DemoOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void init() {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("oktadesk-%1.ini").arg(++m_run)), QSettings::IniFormat);
        m_store = std::make_unique<MemorySecretStore>();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<ProfileSecrets>(m_store.get(), m_profiles.get());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<SessionController>(
            m_window.get(),
            SessionController::Services{m_nam.get(), m_store.get(), m_profiles.get(), m_secrets.get()});
        m_window->show();
    }

    void cleanup() {
        m_controller.reset();
        m_window.reset();
        m_secrets.reset();
        m_profiles.reset();
        m_store.reset();
        m_settings.reset();
    }

    void withoutProfilesTheWindowSaysWhatToDo() {
        m_controller->start();
        QVERIFY(status().contains(QStringLiteral("Add profile")));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("deleteProfileAction"))->isEnabled());
    }

    void opensTheCurrentProfileAndShowsWhoIsSignedIn() {
        QVERIFY(!addTokenProfile(QStringLiteral("Acme"), m_org->apiToken().toUtf8()).isEmpty());
        QSignalSpy settled(m_controller.get(), &SessionController::connectionSettled);
        m_controller->start();
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(settled.first().first().toBool(), true);
        QVERIFY2(status().contains(m_org->adminLogin()), qPrintable(status()));
        QVERIFY(status().contains(m_org->baseUrl().authority()));
        QCOMPARE(m_window->currentProfile(), QStringLiteral("Acme"));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Acme")));
    }

    void switchingProfilesFromTheToolbar() {
        addTokenProfile(QStringLiteral("Acme"), m_org->apiToken().toUtf8());
        addTokenProfile(QStringLiteral("Broken"), "00not-a-valid-token");
        QSignalSpy settled(m_controller.get(), &SessionController::connectionSettled);
        m_controller->start(QStringLiteral("Acme"));
        QTRY_COMPARE(settled.count(), 1);
        auto *switcher = m_window->findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
        QCOMPARE(switcher->count(), 2);
        const int broken = switcher->findText(QStringLiteral("Broken"));
        switcher->setCurrentIndex(broken);
        Q_EMIT switcher->activated(broken);
        QTRY_COMPARE(settled.count(), 2);
        QCOMPARE(settled.last().first().toBool(), false);
        QCOMPARE(m_window->currentProfile(), QStringLiteral("Broken"));
        QVERIFY2(status().contains(QStringLiteral("401")) || status().contains(QStringLiteral("reauthorize")),
                 qPrintable(status()));
        // A refused token asks for reauthorization in a bar, without clearing the window.
        QTRY_VERIFY(m_window->findChild<QWidget *>(QStringLiteral("reauthorizeBanner"))->isVisible());
        QCOMPARE(m_profiles->profile(m_profiles->currentProfileId())->name, QStringLiteral("Broken"));
    }

    void renameThroughTheDialog() {
        addTokenProfile(QStringLiteral("Acme"), m_org->apiToken().toUtf8());
        m_controller->start();
        clickAction("renameProfileAction");
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QInputDialog *>(QStringLiteral("renameProfileDialog"))));
        dialog->setTextValue(QStringLiteral("Acme production"));
        dialog->accept();
        QTRY_COMPARE(m_window->currentProfile(), QStringLiteral("Acme production"));
        QVERIFY(m_profiles->byName(QStringLiteral("Acme production")));
    }

    void deleteRemovesProfileAndSecrets() {
        const QString id = addTokenProfile(QStringLiteral("Acme"), m_org->apiToken().toUtf8());
        QSignalSpy settled(m_controller.get(), &SessionController::connectionSettled);
        m_controller->start();
        QTRY_COMPARE(settled.count(), 1);
        QVERIFY(m_store->contains(ProfileStore::secretKey(id, SecretKind::ApiToken)));
        clickAction("deleteProfileAction");
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("deleteProfileDialog"))));
        QVERIFY(box->informativeText().contains(QStringLiteral("revokes")));
        box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"))->click();
        QTRY_VERIFY(!m_profiles->profile(id));
        QVERIFY(!m_store->contains(ProfileStore::secretKey(id, SecretKind::ApiToken)));
        QTRY_VERIFY(status().contains(QStringLiteral("Add profile")));
        QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("profileSwitcher"))->count(), 0);
    }

    void orgOptionOpensTheMatchingProfileOrTheWizard() {
        addTokenProfile(QStringLiteral("Acme"), m_org->apiToken().toUtf8());
        QSignalSpy settled(m_controller.get(), &SessionController::connectionSettled);
        // Pasted the way admins do: scheme, mixed case, trailing slash.
        QVERIFY(m_controller->openByDomain(QStringLiteral("http://%1/").arg(m_org->baseUrl().authority())));
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(m_window->currentProfile(), QStringLiteral("Acme"));
        QVERIFY(!m_controller->openByDomain(QStringLiteral("other.okta.com")));
        m_controller->addProfile(QStringLiteral("https://Other-Admin.okta.com/admin/dashboard"));
        QTRY_VERIFY(m_controller->wizard() && m_controller->wizard()->isVisible());
        QCOMPARE(m_controller->wizard()->setup()->domain().host, QStringLiteral("other.okta.com"));
        m_controller->wizard()->reject();
    }

    void demoSessionNeedsNoProfile() {
        QSignalSpy settled(m_controller.get(), &SessionController::connectionSettled);
        m_controller->startDemo(m_org->baseUrl(), m_org->apiToken().toUtf8());
        QTRY_COMPARE(settled.count(), 1);
        QVERIFY(status().contains(m_org->adminLogin()));
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("reauthorizeAction"))->isEnabled());
        QVERIFY(m_profiles->list().isEmpty());
    }
};

QTEST_MAIN(TstSessionController)
#include "tst_sessioncontroller.moc"

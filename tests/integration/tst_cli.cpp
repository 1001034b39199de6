// The real oktadesk-cli binary against a demo org running in this process (its server has
// its own thread, so the test's event loop stays free while the CLI talks to it).
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "demo/demoorg.h"
#include "support/clirun.h"
#include "support/oktawait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace okta;
using okta::test::CliProcess;
using okta::test::CliRun;
using okta::test::runCli;

class TstCli : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    QProcessEnvironment m_env;

    QString org() const { return QStringLiteral("127.0.0.1:%1").arg(m_org->port()); }
    QStringList withOrg(const QStringList &command) const {
        return command + QStringList{u"--org"_qs, org(), u"--token-env"_qs, u"T"_qs};
    }
    static QList<QJsonObject> ndjson(const CliRun &run) {
        QList<QJsonObject> rows;
        for (const QString &line : run.outLines())
            rows.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o;
        o.users = 230;
        o.groups = 12;
        o.events = 3000;
        m_org = std::make_unique<demo::DemoOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"T"_qs, m_org->apiToken());
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
        // What the API itself says, paged in-process.
        QNetworkAccessManager nam;
        StaticAuthorizer auth(StaticAuthorizer::Scheme::Ssws, m_org->apiToken().toUtf8());
        OktaClient client(&nam, m_org->baseUrl(), &auth);
        OktaApi api(&client);
        okta::test::PagerRun expected;
        okta::test::collect(api.listUsers({}, this), expected);
        QVERIFY(expected.finished);
        QVERIFY(expected.rows.size() > 200); // more than one default page

        const CliRun run = runCli(withOrg({u"users"_qs, u"list"_qs, u"--all"_qs, u"--limit"_qs, u"50"_qs,
                                           u"--format"_qs, u"ndjson"_qs}),
                                  m_env, 60000);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const QList<QJsonObject> rows = ndjson(run);
        QCOMPARE(rows.size(), expected.rows.size());
        QSet<QString> ids;
        for (const QJsonObject &row : rows)
            ids.insert(row.value(u"id"_qs).toString());
        QCOMPARE(ids, expected.keys(u"id"_qs));
    }

    void logsSearchWithFieldFilterSince() {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-2 * 86400 - 60);
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
        // Slow answers keep the process alive (not yet a zombie with an empty cmdline) when
        // the test reads /proc/<pid>/cmdline right after the start.
        demo::FaultOptions slow;
        slow.slowResponseMs = 400;
        m_org->setFaults(slow);
        CliProcess process(withOrg({u"whoami"_qs}), m_env);
        const CliRun &run = process.wait();
        m_org->setFaults({});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().contains(m_org->adminLogin()));
        QVERIFY2(!run.cmdline.isEmpty(), "could not read the process's command line");
        QVERIFY(run.cmdline.contains("--token-env"));
        QVERIFY(!run.cmdline.contains(m_org->apiToken().toUtf8()));
        // Nor anywhere in what it printed.
        QVERIFY(!run.out.contains(m_org->apiToken().toUtf8()));
        QVERIFY(!run.err.contains(m_org->apiToken().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"

// The export as an admin runs it: the real oktadesk-cli against a demo org in this process.
// What the CLI writes is compared with the demo's pages fetched here independently (plain
// GETs that follow the Link headers; none of the code under test).
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "support/clirun.h"
#include "support/demofixture.h"
#include "support/oktawait.h"
#include "support/testmain.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using okta::test::CliProcess;
using okta::test::CliRun;
using okta::test::runCli;

class TstExport : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    QProcessEnvironment m_env;
    QString m_since, m_until;

    QStringList withOrg(const QStringList &command) const {
        return command + QStringList{u"--org"_qs, m_demo.domain(), u"--token-env"_qs, u"T"_qs};
    }
    QStringList everyEvent(const QString &format) const {
        return withOrg({u"logs"_qs, u"search"_qs, u"--since"_qs, m_since, u"--until"_qs, m_until,
                        u"--limit"_qs, u"1000"_qs, u"--all"_qs, u"--format"_qs, format});
    }

    // The bodies of every page of `path`, as the server sent them.
    QList<QByteArray> rawPages(const QString &pathAndQuery) {
        QNetworkAccessManager nam;
        QList<QByteArray> pages;
        QUrl url(m_demo->baseUrl().toString() + pathAndQuery);
        static const QRegularExpression next(QStringLiteral("<([^>]+)>\\s*;\\s*rel=\"next\""));
        while (url.isValid()) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "SSWS " + m_demo.apiToken());
            request.setRawHeader("Accept", "application/json");
            QNetworkReply *reply = nam.get(request);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000))
                return {};
            pages.append(reply->readAll());
            url = QUrl();
            for (const auto &[name, value] : reply->rawHeaderPairs())
                if (name.compare("link", Qt::CaseInsensitive) == 0)
                    if (const auto m = next.match(QString::fromLatin1(value)); m.hasMatch())
                        url = QUrl(m.captured(1));
            reply->deleteLater();
        }
        return pages;
    }

    // The array elements of compact pages, joined by commas: "[a,b]" "[c]" -> "a,b,c".
    static QByteArray elements(const QList<QByteArray> &pages) {
        QByteArray joined;
        for (const QByteArray &page : pages) {
            if (!page.startsWith('[') || !page.endsWith(']'))
                return "not a compact JSON array: " + page.left(80);
            const QByteArray inner = page.mid(1, page.size() - 2);
            if (inner.isEmpty())
                continue;
            if (!joined.isEmpty())
                joined += ',';
            joined += inner;
        }
        return joined;
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o = okta::test::demoSize(400, 10, 10000);
        o.buckets = {{QStringLiteral("/"), 0}};
        QVERIFY2(m_demo.start(o), m_demo.error());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"T"_qs, m_demo->apiToken());
        // Every event of the org, and the same window for the independent fetch.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_since = now.addDays(-8).toString(Qt::ISODate);
        m_until = now.addSecs(60).toString(Qt::ISODate);
    }

    void init() { m_demo->setFaults({}); }

    void ndjsonIsTheServersBytes() {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"events.ndjson"_qs);
        const CliRun run =
            runCli(everyEvent(u"ndjson"_qs) + QStringList{u"--output"_qs, file}, m_env, 120000);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.errText().contains(u"10000"_qs) && run.errText().contains(file), run.err.constData());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ndjson = f.readAll();

        QUrlQuery query;
        query.addQueryItem(u"since"_qs, m_since);
        query.addQueryItem(u"until"_qs, m_until);
        query.addQueryItem(u"limit"_qs, u"1000"_qs);
        query.addQueryItem(u"sortOrder"_qs, u"DESCENDING"_qs);
        const QList<QByteArray> pages = rawPages(u"/api/v1/logs?"_qs + query.toString(QUrl::FullyEncoded));
        QCOMPARE(pages.size(), 10);
        const QByteArray expected = elements(pages);

        QVERIFY(ndjson.endsWith('\n'));
        const QList<QByteArray> lines = ndjson.chopped(1).split('\n');
        QCOMPARE(lines.size(), 10000);
        // Byte for byte: the lines are exactly the array elements, in order.
        QByteArray joined = lines.join(',');
        QCOMPARE(joined.size(), expected.size());
        QVERIFY(joined == expected);
        for (const QByteArray &line : {lines.first(), lines.last()})
            QVERIFY(QJsonDocument::fromJson(line).isObject());
        // Non-ASCII travels as the server wrote it (names such as Zoë or García).
        QVERIFY(std::any_of(ndjson.cbegin(), ndjson.cend(), [](char c) { return uchar(c) >= 0x80; }));

        // JSON: the same objects in one array.
        const CliRun json = runCli(everyEvent(u"json"_qs), m_env, 120000);
        QVERIFY2(json.finished && json.exitCode == 0, json.describe().constData());
        QCOMPARE(json.out, "[\n" + lines.join(",\n") + "\n]\n");
    }

    // Ctrl+C in the middle of a stream: no file appears, not even a temporary one, an
    // older file of that name stays as it was, and stderr says how far it got.
    void interruptedOutputLeavesNoFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"events.ndjson"_qs);
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("yesterday's export\n");
        }
        demo::FaultOptions slow;
        slow.slowResponseMs = 400; // pages keep coming for seconds
        m_demo->setFaults(slow);
        const quint64 before = m_demo->requestCount();
        CliProcess process(everyEvent(u"ndjson"_qs) + QStringList{u"--output"_qs, file}, m_env);
        QVERIFY(QTest::qWaitFor([&] { return m_demo->requestCount() >= before + 3; }, 30000));
        QVERIFY(::kill(pid_t(process.process()->processId()), SIGINT) == 0);
        const CliRun &run = process.wait(30000);
        QVERIFY2(run.finished && run.exitStatus == QProcess::NormalExit, run.describe().constData());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errText().contains(u"interrupted"_qs) && run.errText().contains(file) &&
                     run.errText().contains(u"was not written"_qs),
                 run.err.constData());
        QVERIFY2(QRegularExpression(u"after [1-9][0-9]* row"_qs).match(run.errText()).hasMatch(),
                 run.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"events.ndjson"_qs});
        QFile old(file);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("yesterday's export\n"));
    }

    // The server fails mid-stream: the same, with the server's error named.
    void serverErrorMidStreamLeavesNoFile() {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"events.csv"_qs);
        demo::FaultOptions slow;
        slow.slowResponseMs = 300;
        m_demo->setFaults(slow);
        const quint64 before = m_demo->requestCount();
        CliProcess process(everyEvent(u"csv"_qs) + QStringList{u"--output"_qs, file}, m_env);
        QVERIFY(QTest::qWaitFor([&] { return m_demo->requestCount() >= before + 2; }, 30000));
        demo::FaultOptions broken;
        broken.serverErrorEvery = 1; // and it stays broken
        broken.pathPrefix = u"/api/v1/logs"_qs;
        m_demo->setFaults(broken);
        const CliRun &run = process.wait(120000);
        QVERIFY2(run.finished, run.describe().constData());
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errText().contains(u"internal error"_qs) && run.errText().contains(file) &&
                     run.errText().contains(u"was not written"_qs),
                 run.err.constData());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void unwritableOutputIsUsage() {
        const CliRun run = runCli(
            everyEvent(u"ndjson"_qs) + QStringList{u"--output"_qs, u"/nonexistent-dir/x.ndjson"_qs}, m_env);
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errText().contains(u"/nonexistent-dir/x.ndjson"_qs));
    }

    // Messages quote what they refuse; a control sequence in it is shown, not run.
    void messagesAreInert() {
        const CliRun run =
            runCli(withOrg({u"users"_qs, u"list"_qs, u"--format"_qs, u"\x1b]0;x\x07\r"_qs}), m_env);
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains("\\x1b]0;x\\x07\\r"), run.err.constData());
        QVERIFY(!run.err.contains('\x1b') && !run.err.contains('\x07') && !run.err.contains('\r'));
    }

    // A user who put terminal escapes and a newline into their own first name controls
    // nothing: the table shows them as \x1b and \n, CSV quotes per RFC 4180, and JSON keeps
    // Okta's own (escaped) bytes.
    void hostileNamesAreInert() {
        QNetworkAccessManager nam;
        okta::StaticAuthorizer auth(okta::StaticAuthorizer::Scheme::Ssws, m_demo.apiToken());
        okta::OktaClient client(&nam, m_demo->baseUrl(), &auth);
        const QString hostile = QStringLiteral("\x1b]0;pwned\x07\x1b[2JEvil\nRow,\"x\"");
        const QJsonObject profile{{u"login"_qs, u"mallory@demo.test"_qs},
                                  {u"email"_qs, u"mallory@demo.test"_qs},
                                  {u"firstName"_qs, hostile},
                                  {u"lastName"_qs, u"Hostile"_qs}};
        const okta::OktaResult created =
            okta::test::run(okta::OktaApi(&client).createUser({{u"profile"_qs, profile}}, false));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        const QString id = created.json.object().value(u"id"_qs).toString();

        const auto query = [this](const char *format) {
            return withOrg(
                {u"users"_qs, u"list"_qs, u"-q"_qs, u"Hostile"_qs, u"--format"_qs, QLatin1String(format)});
        };
        const CliRun table = runCli(query("table"), m_env);
        QVERIFY2(table.finished && table.exitCode == 0, table.describe().constData());
        QCOMPARE(table.out,
                 "id\tstatus\tprofile.login\tprofile.firstName\tprofile.lastName\n" + id.toUtf8() +
                     "\tSTAGED\tmallory@demo.test\t\\x1b]0;pwned\\x07\\x1b[2JEvil\\nRow,\"x\"\tHostile\n");

        const CliRun csv = runCli(query("csv"), m_env);
        QVERIFY2(csv.finished && csv.exitCode == 0, csv.describe().constData());
        QCOMPARE(
            csv.out,
            "id,status,profile.login,profile.firstName,profile.lastName\r\n" + id.toUtf8() +
                ",STAGED,mallory@demo.test,\"\\x1b]0;pwned\\x07\\x1b[2JEvil\nRow,\"\"x\"\"\",Hostile\r\n");
        for (const QByteArray &out : {table.out, csv.out})
            QVERIFY(!out.contains('\x1b') && !out.contains('\x07'));

        const CliRun ndjson = runCli(query("ndjson"), m_env);
        QVERIFY2(ndjson.finished && ndjson.exitCode == 0, ndjson.describe().constData());
        const QList<QByteArray> pages = rawPages(u"/api/v1/users?q=Hostile&limit=200"_qs);
        QCOMPARE(ndjson.out, elements(pages) + '\n');
        QVERIFY(ndjson.out.contains("\\u001b]0;pwned\\u0007"));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstExport)
#include "tst_export.moc"

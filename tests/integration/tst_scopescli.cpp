// `oktadesk-cli scopes list|grant|revoke`, the real binary against a demo org in this
// process: the default list with the app's grants (JSON keys as documented), the full
// catalogue, the app named by label, id or client ID, dry runs, grants and revokes the
// server then holds, and the refusals that send nothing: an auto-granted scope (exit 2)
// and a name OktaDesk does not know (exit 2 unless --force).
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/scopes/scopecatalog.h"
#include "demo/demoorg.h"
#include "support/clirun.h"
#include "support/demofixture.h"
#include "support/oktawait.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace okta;
using okta::test::CliRun;
using okta::test::runCli;

class TstScopesCli : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    QProcessEnvironment m_env;
    QNetworkAccessManager m_nam;
    std::unique_ptr<StaticAuthorizer> m_auth;
    std::unique_ptr<OktaClient> m_client;
    std::unique_ptr<OktaApi> m_api;
    QString m_workflowsId;

    QStringList withOrg(const QStringList &command) const {
        return command + QStringList{u"--org"_qs, QStringLiteral("127.0.0.1:%1").arg(m_demo->port()),
                                     u"--token-env"_qs, u"T"_qs};
    }
    QStringList scopes(const QStringList &words) const {
        return withOrg(QStringList{u"scopes"_qs} + words +
                       QStringList{u"--app"_qs, u"Okta Workflows OAuth"_qs});
    }
    static QJsonArray json(const CliRun &run) { return QJsonDocument::fromJson(run.out).array(); }
    static QJsonObject rowOf(const QJsonArray &rows, const QString &scope) {
        for (const QJsonValue &v : rows)
            if (v.toObject().value(u"scope"_qs).toString() == scope)
                return v.toObject();
        return {};
    }
    // What the server holds, asked without the CLI.
    QSet<QString> held() {
        okta::test::PagerRun grants;
        okta::test::collect(m_api->listGrants(m_workflowsId, this), grants);
        return grants.keys(u"scopeId"_qs);
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o;
        o.users = 40;
        o.groups = 4;
        o.events = 100;
        QVERIFY2(m_demo.start(o), m_demo.error());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"T"_qs, m_demo->apiToken());
        m_auth =
            std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, m_demo->apiToken().toUtf8());
        m_client = std::make_unique<OktaClient>(&m_nam, m_demo->baseUrl(), m_auth.get());
        m_api = std::make_unique<OktaApi>(m_client.get());
        okta::test::PagerRun apps;
        AppQuery query;
        query.q = u"Okta Workflows OAuth"_qs;
        okta::test::collect(m_api->listApps(query, this), apps);
        QCOMPARE(apps.rows.size(), 1);
        m_workflowsId = apps.rows.constFirst().value(u"id"_qs).toString();
    }

    void listIsTheDefaultListWithTheGrants() {
        const CliRun run = runCli(scopes({u"list"_qs, u"--format"_qs, u"json"_qs}), m_env);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const QJsonArray rows = json(run);
        QCOMPARE(rows.size(), 51);
        for (int i = 0; i < 51; ++i)
            QCOMPARE(rows.at(i).toObject().value(u"scope"_qs).toString(),
                     ScopeCatalog::defaultScopes().at(i));
        int locked = 0;
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            for (const char *key : {"scope", "description", "access", "status", "autoGranted", "locked"})
                QVERIFY2(row.contains(QLatin1String(key)), key);
            QVERIFY(row.value(u"autoGranted"_qs).isBool() && row.value(u"locked"_qs).isBool());
            locked += row.value(u"locked"_qs).toBool();
            const QString status = row.value(u"status"_qs).toString();
            QVERIFY2(status == u"granted"_qs || status == u"not granted"_qs, qPrintable(status));
        }
        QCOMPARE(locked, 7);
        const QJsonObject openid = rowOf(rows, u"openid"_qs);
        QCOMPARE(openid.value(u"status"_qs).toString(), u"granted"_qs);
        QCOMPARE(openid.value(u"access"_qs).toString(), u"OIDC"_qs);
        QVERIFY(openid.value(u"autoGranted"_qs).toBool());
        const QJsonObject logs = rowOf(rows, u"okta.logs.read"_qs);
        QCOMPARE(logs.value(u"status"_qs).toString(), u"granted"_qs);
        QVERIFY(logs.value(u"grantId"_qs).toString().startsWith(QLatin1String("oag")));
        QCOMPARE(logs.value(u"source"_qs).toString(), u"ADMIN"_qs);
        QCOMPARE(logs.value(u"createdBy"_qs).toString(), m_demo->adminUserId());
        QVERIFY(QDateTime::fromString(logs.value(u"created"_qs).toString(), Qt::ISODateWithMs).isValid());
        const QJsonObject manage = rowOf(rows, u"okta.users.manage"_qs);
        QCOMPARE(manage.value(u"status"_qs).toString(), u"not granted"_qs);
        QCOMPARE(manage.value(u"access"_qs).toString(), u"manage"_qs);
        QVERIFY(!manage.contains(u"grantId"_qs));
        QVERIFY(!manage.value(u"locked"_qs).toBool());
    }

    void listAllIsTheCatalogueToo() {
        const CliRun run = runCli(scopes({u"list"_qs, u"--all"_qs, u"--format"_qs, u"json"_qs}), m_env);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const QJsonArray rows = json(run);
        QSet<QString> names;
        for (const QJsonValue &v : rows)
            names.insert(v.toObject().value(u"scope"_qs).toString());
        QCOMPARE(names.size(), rows.size());
        for (const QString &scope : ScopeCatalog::catalogueScopes() + ScopeCatalog::defaultScopes())
            QVERIFY2(names.contains(scope), qPrintable(scope));
    }

    void tableAndCsvAndTheAppByIdOrClientId() {
        const CliRun csv =
            runCli(withOrg({u"scopes"_qs, u"list"_qs, u"--app"_qs, m_workflowsId, u"--format"_qs, u"csv"_qs}),
                   m_env);
        QVERIFY2(csv.finished && csv.exitCode == 0, csv.describe().constData());
        const QStringList lines = csv.outText().split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 52);
        QVERIFY(lines.constFirst().startsWith(QLatin1String("scope,access,status,locked,")));
        QVERIFY(lines.at(1).startsWith(QLatin1String("openid,OIDC,granted,true,")));
        // OktaDesk's own app, by its client ID: it holds okta.appGrants.manage.
        const CliRun table = runCli(
            withOrg({u"scopes"_qs, u"list"_qs, u"--app"_qs, m_demo->clientId(), u"--format"_qs, u"table"_qs}),
            m_env);
        QVERIFY2(table.finished && table.exitCode == 0, table.describe().constData());
        QVERIFY(table.outText().contains(QLatin1String("okta.appGrants.manage\tmanage\tgranted\tfalse\t")));
    }

    void grantDryRunThenGrantThenRevoke() {
        const quint64 before = held().size();
        const CliRun dry = runCli(
            scopes({u"grant"_qs, u"okta.users.manage"_qs, u"okta.groups.read"_qs, u"--dry-run"_qs}), m_env);
        QVERIFY2(dry.finished && dry.exitCode == 0, dry.describe().constData());
        QCOMPARE(dry.outLines(),
                 (QStringList{u"okta.groups.read: already granted"_qs,
                              u"okta.users.manage: would grant to \"Okta Workflows OAuth\""_qs}));
        QCOMPARE(quint64(held().size()), before);

        const CliRun grant =
            runCli(scopes({u"grant"_qs, u"okta.users.manage"_qs, u"okta.idps.read"_qs}), m_env);
        QVERIFY2(grant.finished && grant.exitCode == 0, grant.describe().constData());
        QVERIFY(grant.outLines().contains(u"okta.users.manage: granted"_qs));
        QVERIFY(grant.outLines().contains(u"okta.idps.read: granted"_qs));
        QVERIFY(grant.errText().contains(QLatin1String("must be reauthorized")));
        QSet<QString> now = held();
        QVERIFY(now.contains(u"okta.users.manage"_qs) && now.contains(u"okta.idps.read"_qs));

        const CliRun revoke =
            runCli(scopes({u"revoke"_qs, u"okta.idps.read"_qs, u"okta.realms.read"_qs}), m_env);
        QVERIFY2(revoke.finished && revoke.exitCode == 0, revoke.describe().constData());
        QCOMPARE(revoke.outLines(), (QStringList{u"okta.realms.read: not granted; nothing to revoke"_qs,
                                                 u"okta.idps.read: revoked"_qs}));
        now = held();
        QVERIFY(!now.contains(u"okta.idps.read"_qs));
        QVERIFY(now.contains(u"okta.users.manage"_qs));
    }

    void revokingALockedScopeExits2AndSendsNothing() {
        const QSet<QString> before = held();
        for (const QString &scope : {u"openid"_qs, u"Offline_Access"_qs, u"groups"_qs}) {
            const quint64 sent = m_demo->requestCount();
            const CliRun run = runCli(scopes({u"revoke"_qs, u"okta.logs.read"_qs, scope}), m_env);
            QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
            QVERIFY(run.errText().contains(QLatin1String("cannot be revoked")));
            QVERIFY(run.errText().contains(QLatin1String("Nothing was sent")));
            QVERIFY(run.out.isEmpty());
            QCOMPARE(m_demo->requestCount(), sent);
        }
        QCOMPARE(held(), before); // okta.logs.read, named alongside, stayed too
        const CliRun dry = runCli(scopes({u"revoke"_qs, u"email"_qs, u"--dry-run"_qs}), m_env);
        QCOMPARE(dry.exitCode, 2);
    }

    void unknownScopesNeedForce() {
        const quint64 sent = m_demo->requestCount();
        const CliRun refused = runCli(scopes({u"grant"_qs, u"okta.user.manage"_qs}), m_env);
        QVERIFY2(refused.finished && refused.exitCode == 2, refused.describe().constData());
        QVERIFY(refused.errText().contains(QLatin1String("--force")));
        QCOMPARE(m_demo->requestCount(), sent);
        // Sent anyway: Okta refuses the name, and says why.
        const CliRun forced = runCli(scopes({u"grant"_qs, u"okta.user.manage"_qs, u"--force"_qs}), m_env);
        QVERIFY2(forced.finished && forced.exitCode == 1, forced.describe().constData());
        QVERIFY(forced.outText().contains(QLatin1String("okta.user.manage: failed: ")));
        QVERIFY(forced.outText().contains(QLatin1String("does not exist")));
        QVERIFY(!held().contains(u"okta.user.manage"_qs));
    }

    void usageErrors() {
        const QList<QStringList> cases = {
            withOrg({u"scopes"_qs, u"list"_qs}),                                 // no --app
            withOrg({u"scopes"_qs, u"grant"_qs, u"--app"_qs, u"x"_qs}),          // no scope
            scopes({u"list"_qs, u"--format"_qs, u"ndjson"_qs}),                  // not a list format
            scopes({u"juggle"_qs}),                                              // no such subcommand
            withOrg({u"scopes"_qs, u"list"_qs, u"--app"_qs, u"No Such App"_qs}), // no such app
        };
        for (const QStringList &args : cases) {
            const CliRun run = runCli(args, m_env);
            QVERIFY2(run.finished && run.exitCode == 2,
                     QByteArray(args.join(u' ').toUtf8() + ": " + run.describe()).constData());
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY(run.out.isEmpty());
        }
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstScopesCli)
#include "tst_scopescli.moc"

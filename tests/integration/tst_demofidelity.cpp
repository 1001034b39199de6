// The demo org behaves like Okta where a user would notice (issue 7, items 1, 5-10), checked
// over real loopback HTTP through the client, the wire and the CLI. Each test quotes the
// spec or documentation line it relies on. Expected results are computed here from complete
// listings, not by the evaluator the demo org uses.
#include "core/logs/logsearch.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "support/clirun.h"
#include "support/demofixture.h"
#include "support/oktawait.h"
#include "support/specchecker.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using namespace okta;
using namespace Qt::StringLiterals;
using okta::test::collect;
using okta::test::PagerRun;
using okta::test::run;

namespace {

QJsonValue at(const QJsonObject &o, const QString &path) {
    QJsonValue v = o;
    for (const QString &key : path.split(u'.'))
        v = v.toObject().value(key);
    return v;
}

QSet<QString> ids(const QList<QJsonObject> &rows, const QString &key = u"id"_s) {
    QSet<QString> set;
    for (const QJsonObject &row : rows)
        set.insert(at(row, key).toString());
    return set;
}

} // namespace

class TstDemoFidelity : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    std::unique_ptr<okta::test::RecordingNam> m_nam;
    std::unique_ptr<StaticAuthorizer> m_auth;
    std::unique_ptr<OktaClient> m_client;
    std::unique_ptr<OktaApi> m_api;
    QDateTime m_orgStart;
    QList<QJsonObject> m_events; // the generated log, read once without a filter
    QList<QJsonObject> m_users;  // every user, DEPROVISIONED included

    QList<QJsonObject> users(const UserQuery &q) {
        PagerRun r;
        collect(m_api->listUsers(q, this), r);
        [&] {
            QVERIFY2(r.outcome == Pager::Outcome::Complete, qPrintable(r.last.message()));
        }();
        return r.rows;
    }
    QList<QJsonObject> groups(const GroupQuery &q) {
        PagerRun r;
        collect(m_api->listGroups(q, this), r);
        [&] {
            QVERIFY2(r.outcome == Pager::Outcome::Complete, qPrintable(r.last.message()));
        }();
        return r.rows;
    }
    PagerRun logs(const QString &filter, const QString &keyword = {}, bool untilStart = true) {
        LogQuery q;
        q.since = m_orgStart.addDays(-8);
        if (untilStart)
            q.until = m_orgStart;
        q.order = LogQuery::Order::Ascending;
        q.customFilter = filter;
        q.keyword = keyword;
        PagerRun r;
        collect(searchLogs(m_client.get(), q, this), r);
        return r;
    }
    QList<QJsonObject> expectedEvents(const std::function<bool(const QJsonObject &)> &keep) const {
        QList<QJsonObject> out;
        for (const QJsonObject &e : m_events)
            if (keep(e))
                out.append(e);
        return out;
    }
    // The raw wire, as a curl command would send it.
    QPair<int, QJsonDocument> curl(const QByteArray &pathAndQuery, bool credential = true) {
        QNetworkRequest request(QUrl::fromEncoded(m_demo->baseUrl().toEncoded() + pathAndQuery));
        if (credential)
            request.setRawHeader("Authorization", "SSWS " + m_demo.apiToken());
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(request);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument body = QJsonDocument::fromJson(reply->readAll());
        delete reply;
        return {status, body};
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o = okta::test::demoSize(250, 30, 3000);
        o.buckets = {{u"/"_s, 0}};
        o.now = m_orgStart = QDateTime::currentDateTimeUtc();
        QVERIFY2(m_demo.start(o), m_demo.error());
        m_nam = std::make_unique<okta::test::RecordingNam>();
        m_auth = std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, m_demo.apiToken());
        m_client = std::make_unique<OktaClient>(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        m_api = std::make_unique<OktaApi>(m_client.get());
        const PagerRun all = logs({});
        QCOMPARE(all.rows.size(), 3000);
        m_events = all.rows;
        UserQuery deprovisioned;
        deprovisioned.search = u"status eq \"DEPROVISIONED\""_s;
        m_users = users({}) + users(deprovisioned);
        QCOMPARE(m_users.size(), 250);
    }

    // Every request the client sent here is valid against Okta's spec (the spec digest).
    void cleanupTestCase() {
        const okta::test::SpecChecker spec;
        QVERIFY(spec.loaded());
        for (const auto &r : std::as_const(m_nam->requests)) {
            const QString problem = spec.check(r);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + u" in "_s + r.url.toString()));
        }
    }

    // 1. listUsers `filter`: "Filtering is case-sensitive for property names and query values,
    // while operators are case-insensitive." `search`: "Property names in the search parameter
    // are case sensitive, whereas operators (eq, sw, and so on) and string values are case
    // insensitive."
    void usersFilterIsExactSearchIgnoresCase() {
        const QString login = at(m_users.first(), u"profile.login"_s).toString();
        UserQuery q;
        q.filter = u"profile.login EQ \"%1\""_s.arg(login);
        QCOMPARE(ids(users(q)), QSet<QString>{at(m_users.first(), u"id"_s).toString()});
        q.filter = u"profile.login eq \"%1\""_s.arg(login.toUpper());
        QVERIFY(users(q).isEmpty());
        q = {};
        q.search = u"profile.login eq \"%1\""_s.arg(login.toUpper());
        QCOMPARE(ids(users(q)), QSet<QString>{at(m_users.first(), u"id"_s).toString()});
        const auto [status, body] = curl("/api/v1/users?search=Profile.login%20eq%20%22x%22");
        QCOMPARE(status, 400); // property names keep their case
    }

    // listGroups refers `filter` and `search` to the same rules: `filter` exact, `search`
    // ignoring case.
    void groupsFilterIsExactSearchIgnoresCase() {
        const QList<QJsonObject> all = groups({});
        QSet<QString> oktaGroups;
        for (const QJsonObject &g : all)
            if (g.value(u"type"_s) == u"OKTA_GROUP"_s)
                oktaGroups.insert(g.value(u"id"_s).toString());
        QVERIFY(!oktaGroups.isEmpty());
        GroupQuery q;
        q.filter = u"type eq \"OKTA_GROUP\""_s;
        QCOMPARE(ids(groups(q)), oktaGroups);
        q.filter = u"type eq \"okta_group\""_s;
        QVERIFY(groups(q).isEmpty());
        q = {};
        q.search = u"type eq \"okta_group\""_s;
        QCOMPARE(ids(groups(q)), oktaGroups);
    }

    // System Log `filter` follows the same Filter rules (values exact); listLogEvents `q`:
    // "Filters log events results by one or more case insensitive keywords."
    void systemLogFilterIsExactKeywordsIgnoreCase() {
        const auto starts = expectedEvents(
            [](const QJsonObject &e) { return e.value(u"eventType"_s) == u"user.session.start"_s; });
        QVERIFY(!starts.isEmpty());
        QCOMPARE(ids(logs(u"eventType eq \"user.session.start\""_s).rows, u"uuid"_s), ids(starts, u"uuid"_s));
        QVERIFY(logs(u"eventType eq \"USER.SESSION.START\""_s).rows.isEmpty());
        const auto ends = expectedEvents([](const QJsonObject &e) {
            return e.value(u"displayMessage"_s).toString().contains(u"logout"_s, Qt::CaseInsensitive);
        });
        QCOMPARE(ids(logs({}, u"LOGOUT"_s).rows, u"uuid"_s), ids(ends, u"uuid"_s));
        const PagerRun wrongName = logs(u"EventType eq \"user.session.start\""_s);
        QCOMPARE(wrongName.last.error.errorCode, u"E0000053"_s);
    }

    // ... and the CLI says so where the values are typed.
    void cliHelpNamesTheCaseRules() {
        const okta::test::CliRun logs = okta::test::runCli({u"help"_s, u"logs"_s, u"search"_s});
        QVERIFY2(logs.finished && logs.exitCode == 0, logs.describe().constData());
        const okta::test::CliRun users = okta::test::runCli({u"users"_s, u"list"_s, u"--help"_s});
        QVERIFY2(users.finished && users.exitCode == 0, users.describe().constData());
        const QString help = logs.outText().simplified();
        QVERIFY(help.contains(u"custom filter. Attribute names and values are case-sensitive."_s));
        QVERIFY(users.outText().simplified().contains(
            u"(users, groups). Attribute names are case-sensitive, values are not."_s));
        QVERIFY(help.contains(u"System Log keywords (q). Not case-sensitive."_s));
    }

    // 5. "transaction.detail.requestApiTokenId eq "00T…" (all actions made with one API
    // token)" and the other documented examples: any attribute path of LogEvent.
    void systemLogAcceptsAnyLogEventPath() {
        QString token;
        for (const QJsonObject &e : std::as_const(m_events))
            if (token.isEmpty())
                token = at(e, u"transaction.detail.requestApiTokenId"_s).toString();
        QVERIFY(!token.isEmpty());
        const auto byToken = expectedEvents([&token](const QJsonObject &e) {
            return at(e, u"transaction.detail.requestApiTokenId"_s) == token;
        });
        const PagerRun r = logs(u"transaction.detail.requestApiTokenId eq \"%1\""_s.arg(token));
        QVERIFY2(r.outcome == Pager::Outcome::Complete, qPrintable(r.last.message()));
        QCOMPARE(ids(r.rows, u"uuid"_s), ids(byToken, u"uuid"_s));

        const auto macs = expectedEvents([](const QJsonObject &e) {
            return at(e, u"device.os_platform"_s) == u"MACOS"_s && at(e, u"device.managed"_s) == true;
        });
        QVERIFY(!macs.isEmpty());
        QCOMPARE(ids(logs(u"device.os_platform eq \"MACOS\" and device.managed eq true"_s).rows, u"uuid"_s),
                 ids(macs, u"uuid"_s));
        QCOMPARE(logs(u"nosuch.field eq \"x\""_s).last.error.errorCode, u"E0000053"_s);
    }

    // "filter cannot use published. Use since/until instead." The demo refuses it as Okta
    // does; the client does not even send it.
    void publishedIsRefusedBeforeSending() {
        const auto [status, body] = curl("/api/v1/logs?filter=published%20gt%20%222026-01-01T00:00:00Z%22");
        QCOMPARE(status, 400);
        QCOMPARE(body.object().value(u"errorCode"_s).toString(), u"E0000031"_s);

        LogQuery q;
        q.customFilter = u"published gt \"2026-01-01T00:00:00Z\""_s;
        QVERIFY(q.validate().value_or(QString()).contains(u"since and until"_s));
        m_demo->clearRequestLog();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"T"_s, m_demo->apiToken());
        const okta::test::CliRun run =
            okta::test::runCli({u"logs"_s, u"search"_s, u"--org"_s, m_demo.domain(), u"--token-env"_s, u"T"_s,
                                u"--filter"_s, q.customFilter},
                               env);
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errText().contains(u"since and until"_s), run.err.constData());
        QVERIFY(m_demo->requestLog().isEmpty()); // nothing was sent
    }

    // 7. Okta's log has more than users: Okta itself (SystemPrincipal), OAuth service apps
    // acting on their own (client.id "is the OAuth client id for OAuth calls"), API tokens,
    // devices and events with several targets.
    void eventsHaveTheVarietyOfARealOrg() {
        QSet<QString> actorTypes;
        int devices = 0, tokenDetails = 0, threeTargets = 0;
        for (const QJsonObject &e : std::as_const(m_events)) {
            const QString type = at(e, u"actor.type"_s).toString();
            actorTypes.insert(type);
            if (type == u"PublicClientApp"_s)
                QCOMPARE(at(e, u"client.id"_s), at(e, u"actor.id"_s));
            if (type == u"SystemPrincipal"_s)
                QCOMPARE(at(e, u"actor.displayName"_s).toString(), u"Okta System"_s);
            devices += e.value(u"device"_s).isObject() ? 1 : 0;
            tokenDetails += at(e, u"transaction.detail"_s).toObject().isEmpty() ? 0 : 1;
            threeTargets += e.value(u"target"_s).toArray().size() == 3 ? 1 : 0;
        }
        QCOMPARE(actorTypes, (QSet<QString>{u"User"_s, u"SystemPrincipal"_s, u"PublicClientApp"_s}));
        QVERIFY(devices > 100);
        QVERIFY(tokenDetails > 10);
        QVERIFY(threeTargets > 100);
    }

    // 6. Every write records the event Okta records for it: the caller as actor, the object
    // as target, the request id as transaction id ("transaction.id groups events of one
    // request or operation"); a polling query sees it, a bounded one respects `until`.
    void writesAppearInTheSystemLog() {
        const QJsonObject body{{u"profile"_s, QJsonObject{{u"login"_s, u"living.log@demo.test"_s},
                                                          {u"email"_s, u"living.log@demo.test"_s},
                                                          {u"firstName"_s, u"Living"_s},
                                                          {u"lastName"_s, u"Log"_s}}}};
        const OktaResult created = run(m_api->createUser(body, false));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        const QString userId = created.json.object().value(u"id"_s).toString();

        PagerRun polled =
            logs(u"eventType eq \"user.lifecycle.create\" and target.id eq \"%1\""_s.arg(userId), {}, false);
        QCOMPARE(polled.rows.size(), 1);
        const QJsonObject e = polled.rows.first();
        QCOMPARE(at(e, u"actor.id"_s).toString(), m_demo->adminUserId());
        QCOMPARE(at(e, u"transaction.id"_s).toString(), QString::fromLatin1(created.requestId));
        QVERIFY(at(e, u"transaction.detail.requestApiTokenId"_s).toString().startsWith(u"00T"_s));
        QVERIFY(at(e, u"published"_s).toString() >= m_orgStart.toString(Qt::ISODateWithMs));
        QVERIFY(logs(u"target.id eq \"%1\""_s.arg(userId)).rows.isEmpty()); // until = the org's start

        // With an OAuth token the client is named instead of a token.
        StaticAuthorizer bearer(StaticAuthorizer::Scheme::Bearer,
                                m_demo->issueAccessToken({u"okta.groups.manage"_s}).toUtf8());
        OktaClient client(m_nam.get(), m_demo->baseUrl(), &bearer);
        QJsonObject group;
        for (const QJsonObject &g : groups({}))
            if (g.value(u"type"_s) == u"OKTA_GROUP"_s)
                group = g;
        const OktaResult updated = run(OktaApi(&client).updateGroupProfile(
            group.value(u"id"_s).toString(), group.value(u"profile"_s).toObject()));
        QVERIFY2(updated.ok(), qPrintable(updated.message()));
        polled = logs(u"eventType eq \"group.profile.update\" and transaction.id eq \"%1\""_s.arg(
                          QString::fromLatin1(updated.requestId)),
                      {}, false);
        QCOMPARE(polled.rows.size(), 1);
        QCOMPARE(at(polled.rows.first(), u"client.id"_s).toString(), m_demo->clientId());
        const QJsonArray targets = polled.rows.first().value(u"target"_s).toArray();
        QCOMPARE(targets.size(), 1);
        QCOMPARE(targets.first().toObject().value(u"id"_s), group.value(u"id"_s));
        QVERIFY(at(polled.rows.first(), u"transaction.detail"_s).toObject().isEmpty());
    }

    // `demo-server --live-rate N`: a polling query keeps finding new events.
    void liveRateAddsBackgroundEvents() {
        demo::DemoOptions o = okta::test::demoSize(20, 3, 50);
        o.liveEventsPerSecond = 40;
        okta::test::DemoFixture live;
        QVERIFY2(live.start(o), live.error());
        StaticAuthorizer auth(StaticAuthorizer::Scheme::Ssws, live.apiToken());
        OktaClient client(m_nam.get(), live->baseUrl(), &auth);
        LogQuery q;
        q.since = QDateTime::currentDateTimeUtc().addDays(-8);
        q.order = LogQuery::Order::Ascending;
        QVERIFY(q.isPolling());
        Pager *pager = searchLogs(&client, q, this);
        PagerRun r;
        collect(pager, r);
        const qsizetype first = r.rows.size();
        QVERIFY(first >= 50);
        for (int i = 0; i < 200 && r.rows.size() <= first + 10; ++i) {
            QTest::qWait(100);
            collect(pager, r); // polls on from the last next link
        }
        QVERIFY(r.rows.size() > first + 10);
        QCOMPARE(r.keys(u"uuid"_s).size(), r.rows.size());
    }

    // 8. The checks Okta makes when a user is created.
    void createUserChecksWhatOktaChecks() {
        const auto create = [this](const QJsonObject &profile, const QJsonObject &extra = {}) {
            QJsonObject body = extra;
            body.insert(u"profile"_s, profile);
            return run(m_api->createUser(body, true));
        };
        QJsonObject ok{{u"login"_s, u"pat.doe@demo.test"_s},
                       {u"email"_s, u"pat.doe@demo.test"_s},
                       {u"firstName"_s, u"Pat"_s},
                       {u"lastName"_s, u"Doe"_s}};
        // firstName and lastName are required by the default user schema.
        QJsonObject missing = ok;
        missing.remove(u"lastName"_s);
        OktaResult r = create(missing);
        QCOMPARE(r.error.errorCode, u"E0000001"_s);
        QVERIFY2(r.message().contains(u"lastName"_s), qPrintable(r.message()));
        QJsonObject badLogin = ok;
        badLogin.insert(u"login"_s, u"pat"_s);
        QVERIFY(create(badLogin).message().contains(u"login"_s));
        // The default password policy (PasswordPolicyPasswordSettingsComplexity defaults):
        // minLength 8, a lower- and upper-case letter, a number, a symbol, no username.
        for (const QString &weak :
             {u"Sh0rt!"_s, u"alllowercase1!"_s, u"NoDigits!!"_s, u"NoSymbol123"_s, u"Pat.doe-123!"_s}) {
            r = create(ok,
                       {{u"credentials"_s, QJsonObject{{u"password"_s, QJsonObject{{u"value"_s, weak}}}}}});
            QVERIFY2(r.message().contains(u"Password requirements were not met"_s), qPrintable(weak));
        }
        // createUser's ErrorCreateUserWithTooManyManyGroupsResponse: "Target count limit exceeded".
        QJsonArray groupIds;
        for (const QJsonObject &g : groups({}).mid(0, 21))
            groupIds.append(g.value(u"id"_s));
        r = create(ok, {{u"groupIds"_s, groupIds}});
        QCOMPARE(r.error.errorCode, u"E0000093"_s);
        r = create(ok, {{u"credentials"_s,
                         QJsonObject{{u"password"_s, QJsonObject{{u"value"_s, u"Tr1cky#Pass"_s}}}}}});
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }

    // "The ne (not equal) operator isn't supported, but you can obtain the same result by
    // using lt ... or ... gt. For example, ... (status lt "STAGED" or status gt "STAGED")."
    void searchAllowsLtAndGtOnAnyAttribute() {
        QSet<QString> notStaged;
        for (const QJsonObject &u : std::as_const(m_users))
            if (u.value(u"status"_s) != u"STAGED"_s)
                notStaged.insert(u.value(u"id"_s).toString());
        UserQuery q;
        q.search = u"(status lt \"STAGED\" or status gt \"STAGED\")"_s;
        // Users created by earlier tests are left out of the comparison.
        QCOMPARE(ids(users(q)).intersect(ids(m_users)), notStaged);
        q = {};
        q.filter = u"status lt \"STAGED\""_s; // filter: "only the equal eq operator", but lastUpdated
        PagerRun refused;
        collect(m_api->listUsers(q, this), refused);
        QCOMPARE(refused.last.error.errorCode, u"E0000031"_s);
    }

    // 9. A '+' in a query string is a space, as the spec's own example encodes it:
    // "search=type eq "OKTA_GROUP" is encoded as search=type+eq+%22OKTA_GROUP%22".
    void plusInAQueryStringIsASpace() {
        const auto [status, body] = curl("/api/v1/groups?search=type+eq+%22OKTA_GROUP%22");
        QCOMPARE(status, 200);
        const QJsonArray groups = body.array();
        QVERIFY(!groups.isEmpty());
        for (const QJsonValue &g : groups)
            QCOMPARE(g.toObject().value(u"type"_s).toString(), u"OKTA_GROUP"_s);
        // ... so a literal '+' must travel as %2B, which the client does.
        const QJsonObject profile{{u"login"_s, u"a+b@demo.test"_s},
                                  {u"email"_s, u"a+b@demo.test"_s},
                                  {u"firstName"_s, u"Plus"_s},
                                  {u"lastName"_s, u"Sign"_s}};
        QVERIFY(run(m_api->createUser({{u"profile"_s, profile}}, false)).ok());
        UserQuery q;
        q.filter = u"profile.login eq \"a+b@demo.test\""_s;
        QCOMPARE(users(q).size(), 1);
    }

    // 10. No credential: "E0000005 | 403 | Invalid session"; a wrong one: "E0000011 | 401 |
    // Invalid token". The client names each case.
    void missingAndWrongCredentialsAreNamed() {
        OktaClient anonymous(m_nam.get(), m_demo->baseUrl(), nullptr);
        OktaResult r = run(OktaApi(&anonymous).me());
        QCOMPARE(r.httpStatus, 403);
        QCOMPARE(r.error.errorCode, u"E0000005"_s);
        QVERIFY2(r.message().startsWith(u"The request carried no API token or access token"_s),
                 qPrintable(r.message()));
        StaticAuthorizer wrong(StaticAuthorizer::Scheme::Ssws, "00wrongwrongwrong");
        OktaClient client(m_nam.get(), m_demo->baseUrl(), &wrong);
        r = run(OktaApi(&client).me());
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.error.errorCode, u"E0000011"_s);
        QVERIFY2(r.message().startsWith(u"Okta did not accept the API token or access token"_s),
                 qPrintable(r.message()));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstDemoFidelity)
#include "tst_demofidelity.moc"

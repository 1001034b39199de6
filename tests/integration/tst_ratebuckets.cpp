// Rate limits as Okta documents them (issue 7, item 4), over real loopback HTTP to the demo
// org: each endpoint group is its own bucket, one API token uses only its share of a bucket,
// and the client paces each bucket from that bucket's own headers.
#include "core/logs/logsearch.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/ratebuckets.h"
#include "demo/demoorg.h"
#include "support/oktawait.h"
#include "support/specchecker.h"
#include "support/testmain.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace okta;
using namespace Qt::StringLiterals;
using okta::test::run;

class TstRateBuckets : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    std::unique_ptr<okta::test::RecordingNam> m_nam;
    std::unique_ptr<StaticAuthorizer> m_auth;
    QString m_userId;

    std::unique_ptr<OktaClient> client(int maxInFlight = 4) {
        auto c = std::make_unique<OktaClient>(m_nam.get(), m_org->baseUrl(), m_auth.get());
        ClientOptions opts = c->options();
        opts.maxInFlight = maxInFlight;
        c->setOptions(opts);
        return c;
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o;
        o.users = 20;
        o.groups = 5;
        o.events = 50;
        m_org = std::make_unique<demo::DemoOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        m_nam = std::make_unique<okta::test::RecordingNam>();
        m_auth =
            std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, m_org->apiToken().toUtf8());
        m_userId = m_org->adminUserId();
    }

    void init() {
        m_org->setFaults({});
        m_org->setRateLimitBuckets(demo::DemoOrg::oktaRateLimitBuckets());
        m_org->clearRequestLog(); // each test reads only its own requests
    }

    void cleanupTestCase() {
        const okta::test::SpecChecker spec;
        for (const auto &r : std::as_const(m_nam->requests)) {
            const QString problem = spec.check(r);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + u" in "_s + r.url.toString()));
        }
    }

    // "Get a user by ID or login: Only GET to /api/v1/users/{idOrLogin}" is its own bucket
    // (2,000/min, Workforce), apart from "Create or list users: Only GET or POST to
    // /api/v1/users" (600/min) and "/api/v1/logs" (120/min) [okta-api-notes.md 9.2, D-RL-MGMT-OLD];
    // and "By default, each API token or OAuth 2.0 app can use up to 50% of a bucket's total
    // rate limit" [D-RL rl2-token-oauth]: X-Rate-Limit-Limit is "the rate limit ceiling that is
    // applicable for the current request", the token's half.
    void endpointGroupsAreCountedApart() {
        const auto c = client();
        OktaApi api(c.get());
        const OktaResult byId = run(api.getUser(m_userId));
        QVERIFY2(byId.ok(), qPrintable(byId.message()));
        QCOMPARE(byId.rateLimit.limit, 1000);
        QCOMPARE(byId.rateLimit.bucket, u"GET /api/v1/users/{id}"_s);
        const OktaResult me = run(api.me()); // /users/me is a user by login: the same bucket
        QCOMPARE(me.rateLimit.bucket, byId.rateLimit.bucket);
        QCOMPARE(me.rateLimit.remaining, byId.rateLimit.remaining - 1);

        m_org->clearRequestLog(); // from here on, only the list's requests
        okta::test::PagerRun list;
        okta::test::collect(api.listUsers({}, this), list);
        QCOMPARE(list.outcome, Pager::Outcome::Complete);
        QCOMPARE(list.last.rateLimit.limit, 300);
        QCOMPARE(list.last.rateLimit.bucket, u"GET POST /api/v1/users"_s);
        // The list did not draw on the by-id bucket, nor the by-id calls on the list's.
        QCOMPARE(list.last.rateLimit.remaining, 300 - m_org->requestLog().size());
        const OktaResult again = run(api.getUser(m_userId));
        QCOMPARE(again.rateLimit.remaining, me.rateLimit.remaining - 1);

        okta::test::PagerRun logs;
        LogQuery q;
        q.limit = 10;
        okta::test::collect(searchLogs(c.get(), q, this), logs);
        QCOMPARE(logs.outcome, Pager::Outcome::Complete);
        QCOMPARE(logs.last.rateLimit.limit, 60);
        QCOMPARE(logs.last.rateLimit.bucket, u"/api/v1/logs*"_s);
    }

    // The token's share runs out before the bucket does: "each API token or OAuth 2.0 app can
    // use up to 50% of a bucket's total rate limit" [D-RL rl2-token-oauth], answered with
    // "HTTP 429, body E0000047" [okta-api-notes.md 9.1].
    void aTokenUsesOnlyItsShareOfABucket() {
        demo::RateLimitBucket logs;
        logs.pathPrefix = u"/api/v1/logs"_s;
        logs.limitPerMinute = 8;
        logs.principalSharePercent = 50;
        m_org->setRateLimitBuckets({logs});
        QNetworkAccessManager nam;
        QUrl url = m_org->baseUrl();
        url.setPath(u"/api/v1/logs"_s);
        QList<int> statuses;
        QByteArray limit;
        for (int i = 0; i < 5; ++i) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", m_auth->authorizationHeader().copyOut());
            QNetworkReply *reply = nam.get(request);
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
            statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            limit = reply->rawHeader("X-Rate-Limit-Limit");
            if (statuses.last() == 429)
                QVERIFY(reply->readAll().contains("E0000047"));
            delete reply;
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 200, 429}));
        QCOMPARE(limit, QByteArray("4"));
    }

    // "Slow down proactively when Remaining / Limit < 10 %" [okta-api-notes.md 9.1], per
    // bucket: a users bucket that has run dry holds back only its own calls; a System Log
    // query queued behind them goes first and is answered while they wait for their reset.
    void theClientPacesEachBucketFromItsOwnHeaders() {
        demo::RateLimitBucket users;
        users.pathPrefix = u"/api/v1/users"_s;
        users.limitPerMinute = 3;
        users.windowSeconds = 4;
        m_org->setRateLimitBuckets({users, {u"/api/v1/logs"_s, 1000}});
        const auto c = client(1);
        OktaApi api(c.get());
        int usersDone = 0, usersDoneWhenLogsAnswered = -1;
        QList<int> usersStatuses;
        QObject scope; // the connections' context: they end before the counters do
        for (int i = 0; i < 5; ++i)
            connect(api.getUser(m_userId), &OktaJob::finished, &scope, [&](const OktaResult &r) {
                usersStatuses.append(r.httpStatus);
                ++usersDone;
            });
        LogQuery q;
        q.limit = 1000;
        Pager *pager = searchLogs(c.get(), q, this);
        okta::test::PagerRun logs;
        connect(pager, &Pager::finished, &scope, [&] {
            usersDoneWhenLogsAnswered = usersDone; // clazy:exclude=lambda-in-connect
        });
        okta::test::collect(pager, logs);
        QCOMPARE(logs.outcome, Pager::Outcome::Complete);
        QVERIFY(QTest::qWaitFor([&] { return usersDone == 5; }, 30000));
        QCOMPARE(usersDoneWhenLogsAnswered, 3); // the bucket's 3 calls, then the log query
        QCOMPARE(usersStatuses, (QList<int>{200, 200, 200, 200, 200}));
        for (const demo::RequestRecord &r : m_org->requestLog())
            QVERIFY2(r.status != 429, r.target.constData());
    }

    // What the status bar shows (RateLimitLabel shows closestRateLimit()): the bucket closest
    // to its limit, not whichever answered last. "X-Rate-Limit-Remaining — calls left in the
    // current window" [okta-api-notes.md 9.1], per bucket.
    void theBucketClosestToItsLimitIsTheOneShown() {
        m_org->setRateLimitBuckets({{u"/api/v1/users"_s, 10}, {u"/api/v1/logs"_s, 1000}});
        const auto c = client();
        OktaApi api(c.get());
        for (int i = 0; i < 6; ++i)
            QVERIFY(run(api.getUser(m_userId)).ok());
        LogQuery q;
        q.limit = 50;
        okta::test::PagerRun logs;
        okta::test::collect(searchLogs(c.get(), q, this), logs);
        QCOMPARE(logs.outcome, Pager::Outcome::Complete);
        QCOMPARE(c->lastRateLimit().bucket, u"/api/v1/logs*"_s);
        const RateLimit closest = c->closestRateLimit();
        QCOMPARE(closest.bucket, u"GET /api/v1/users/{id}"_s);
        QCOMPARE(closest.limit, 10);
        QCOMPARE(closest.remaining, 4);
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstRateBuckets)
#include "tst_ratebuckets.moc"

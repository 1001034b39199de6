// The Okta client against the embedded demo org over real loopback HTTP.
#include "core/logs/logsearch.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "support/demofixture.h"
#include "support/oktawait.h"
#include "support/specchecker.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace okta;
using okta::test::collect;
using okta::test::PagerRun;
using okta::test::run;

namespace {

// A bearer authorizer whose refresh mints a new token at the demo org, as the OAuth
// refresh does at Okta; or fails, as an expired refresh token does.
class DemoBearer : public Authorizer {
    Q_OBJECT
public:
    DemoBearer(demo::DemoOrg *org, bool refreshWorks)
        : m_org(org)
        , m_refreshWorks(refreshWorks) {
        m_token = org->issueAccessToken(scopes());
    }
    static QStringList scopes() {
        return {QStringLiteral("okta.users.read"), QStringLiteral("okta.logs.read")};
    }
    Secret authorizationHeader() const override { return QByteArray("Bearer " + m_token.toUtf8()); }
    bool canRefresh() const override { return true; }
    void refresh() override {
        ++refreshes;
        QTimer::singleShot(10, this, [this] {
            if (m_refreshWorks)
                m_token = m_org->issueAccessToken(scopes());
            Q_EMIT refreshFinished(m_refreshWorks, m_refreshWorks ? QString() : QStringLiteral("expired"));
        });
    }
    int refreshes = 0;

private:
    demo::DemoOrg *m_org;
    bool m_refreshWorks;
    QString m_token;
};

} // namespace

class TstOktaClient : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    std::unique_ptr<okta::test::RecordingNam> m_nam;
    std::unique_ptr<StaticAuthorizer> m_auth;
    std::unique_ptr<OktaClient> m_client;
    std::unique_ptr<OktaApi> m_api;

    LogQuery boundedLogs(int limit) const {
        LogQuery q;
        q.since = QDateTime::currentDateTimeUtc().addDays(-8);
        q.until = QDateTime::currentDateTimeUtc().addSecs(60);
        q.order = LogQuery::Order::Ascending;
        q.limit = limit;
        return q;
    }

    // The whole bounded log of the org (5,000 events), each event once.
    static void verifyEveryEventOnce(const PagerRun &r) {
        QCOMPARE(r.outcome, Pager::Outcome::Complete);
        QCOMPARE(r.rows.size(), 5000);
        QCOMPARE(r.keys(QStringLiteral("uuid")).size(), 5000);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_demo.start(okta::test::demoSize(300, 40, 5000)), m_demo.error());
        // Its own network manager: every request the client makes is checked against the spec.
        m_nam = std::make_unique<okta::test::RecordingNam>();
        m_auth = std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, m_demo.apiToken());
        m_client = std::make_unique<OktaClient>(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        m_api = std::make_unique<OktaApi>(m_client.get());
    }

    // Every request the tests above made went through the recording manager: each must be
    // valid against Okta's official spec and carry the headers Okta expects.
    void cleanupTestCase() {
        const okta::test::SpecChecker spec;
        QVERIFY(spec.loaded());
        QVERIFY(m_nam->requests.size() > 50);
        for (const auto &r : std::as_const(m_nam->requests)) {
            const QString problem = spec.check(r);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + r.url.toString()));
            QCOMPARE(r.header("Accept"), QByteArrayLiteral("application/json"));
            QVERIFY(r.header("User-Agent").startsWith("OktaDesk/"));
            if ((r.method == "POST" || r.method == "PUT") && r.body.isEmpty())
                QCOMPARE(r.header("Content-Length"), QByteArrayLiteral("0"));
        }
    }

    void init() {
        m_demo->setFaults({});
        m_demo->setRateLimitBuckets({{QStringLiteral("/"), 0}});
    }

    void meCarriesRequestIdAndRateLimit() {
        m_demo->setRateLimitBuckets({{QStringLiteral("/api/v1/users"), 600}});
        QSignalSpy rateSpy(m_client.get(), &OktaClient::rateLimitChanged);
        const OktaResult r = run(m_api->me());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.json.object()
                     .value(QLatin1String("profile"))
                     .toObject()
                     .value(QLatin1String("login"))
                     .toString(),
                 m_demo->adminLogin());
        QVERIFY(!r.requestId.isEmpty());
        QCOMPARE(r.rateLimit.limit, 600);
        QVERIFY(r.rateLimit.remaining >= 0 && r.rateLimit.remaining < 600);
        QVERIFY(r.rateLimit.resetEpochSeconds > QDateTime::currentSecsSinceEpoch() - 5);
        QVERIFY(rateSpy.count() >= 1);
        QCOMPARE(m_client->lastRateLimit(), r.rateLimit);
    }

    void discoveryNeedsNoCredential() {
        const OktaResult r = run(m_api->openIdConfiguration());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.json.object().value(QLatin1String("issuer")).toString(),
                 m_demo->baseUrl().toString(QUrl::StripTrailingSlash));
    }

    void wrongTokenIs401WithMessage() {
        StaticAuthorizer bad(StaticAuthorizer::Scheme::Ssws, "00wrong");
        OktaClient client(m_nam.get(), m_demo->baseUrl(), &bad);
        QSignalSpy expired(&client, &OktaClient::authorizationExpired);
        const OktaResult r = run(OktaApi(&client).me());
        QCOMPARE(r.failure, Failure::Http);
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.error.errorCode, QStringLiteral("E0000011"));
        QVERIFY(r.message().contains(QStringLiteral("reauthorize")));
        QCOMPARE(expired.count(), 1);
    }

    void usersPageToTheEndWhateverThePageSize() {
        PagerRun big, small;
        UserQuery q;
        q.limit = 200;
        collect(m_api->listUsers(q, this), big);
        q.limit = 37;
        collect(m_api->listUsers(q, this), small);
        QCOMPARE(big.outcome, Pager::Outcome::Complete);
        QCOMPARE(small.outcome, Pager::Outcome::Complete);
        QVERIFY(big.rows.size() > 200);
        QCOMPARE(small.rows.size(), big.rows.size());
        QCOMPARE(small.keys(QStringLiteral("id")).size(), small.rows.size()); // nothing repeated
        QCOMPARE(small.keys(QStringLiteral("id")), big.keys(QStringLiteral("id")));
        QVERIFY(small.batches >= big.rows.size() / 37);
    }

    // Pages arrive parsed once into typed values, each holding its own bytes of the page.
    void pagesArriveAsTypedValues() {
        UserQuery q;
        q.limit = 60;
        Pager *pager = m_api->listUsers(q, this);
        pager->setMaxRows(100);
        QList<User> users;
        QObject scope; // the connection's context: it ends before `users` does
        connect(pager, &Pager::pageReady, &scope,
                [&users](const Page &page) { // clazy:exclude=lambda-in-connect
                    users += page.rows<User>();
                });
        PagerRun r;
        collect(pager, r);
        QCOMPARE(r.outcome, Pager::Outcome::LimitReached);
        QCOMPARE(users.size(), 100);
        QCOMPARE(r.rows.size(), 100);
        for (qsizetype i = 0; i < users.size(); ++i) {
            QCOMPARE(users.at(i).id, r.rows.at(i).value(QLatin1String("id")).toString());
            QCOMPARE(users.at(i).login, r.rows.at(i)
                                            .value(QLatin1String("profile"))
                                            .toObject()
                                            .value(QLatin1String("login"))
                                            .toString());
        }
    }

    // Qt's transfer timeout ends a request the server stopped answering.
    void silentServerTimesOut() {
        ClientOptions opts;
        opts.transferTimeoutMs = 200;
        OktaClient client(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        client.setOptions(opts);
        demo::FaultOptions slow;
        slow.slowResponseMs = 5000;
        m_demo->setFaults(slow);
        const OktaResult r = run(OktaApi(&client).me());
        QCOMPARE(r.failure, Failure::Timeout);
        QVERIFY2(r.message().contains(QStringLiteral("in time")), qPrintable(r.message()));
    }

    void firstNStopsAtN() {
        UserQuery q;
        q.limit = 50;
        Pager *pager = m_api->listUsers(q, this);
        pager->setMaxRows(130);
        PagerRun r;
        collect(pager, r);
        QCOMPARE(r.outcome, Pager::Outcome::LimitReached);
        QCOMPARE(r.rows.size(), 130);
        QCOMPARE(pager->pageCount(), 3);
    }

    void usersSearchAndFilter() {
        UserQuery q;
        q.search = QStringLiteral("status eq \"ACTIVE\"");
        PagerRun r;
        collect(m_api->listUsers(q, this), r);
        QCOMPARE(r.outcome, Pager::Outcome::Complete);
        QVERIFY(!r.rows.isEmpty());
        for (const QJsonObject &u : std::as_const(r.rows))
            QCOMPARE(u.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        // Exactly the active ones, by plain code over every user (Everyone lists them all).
        const QString everyone = m_demo.fetchAll(QStringLiteral("/api/v1/groups?q=Everyone"))
                                     .value(0)
                                     .value(QLatin1String("id"))
                                     .toString();
        QSet<QString> active;
        const QList<QJsonObject> users =
            m_demo.fetchAll(QStringLiteral("/api/v1/groups/") + everyone + QStringLiteral("/users"));
        QVERIFY(users.size() > r.rows.size());
        for (const QJsonObject &u : users)
            if (u.value(QLatin1String("status")).toString() == QLatin1String("ACTIVE"))
                active.insert(u.value(QLatin1String("id")).toString());
        QCOMPARE(r.keys(QStringLiteral("id")), active);
        const QString login = r.rows.first()
                                  .value(QLatin1String("profile"))
                                  .toObject()
                                  .value(QLatin1String("login"))
                                  .toString();
        const OktaResult one = run(m_api->getUser(login));
        QVERIFY2(one.ok(), qPrintable(one.message()));
        QCOMPARE(one.json.object().value(QLatin1String("id")), r.rows.first().value(QLatin1String("id")));
    }

    void logsBoundedStreamEndsWithEveryEventOnce() {
        PagerRun r;
        collect(searchLogs(m_client.get(), boundedLogs(700), this), r);
        verifyEveryEventOnce(r);
        for (int i = 1; i < r.rows.size(); ++i)
            QVERIFY(r.rows[i - 1].value(QLatin1String("published")).toString() <=
                    r.rows[i].value(QLatin1String("published")).toString());
    }

    // A page asked for ahead (prefetch) that is complete before its turn comes is used, not
    // asked for again: each page of a stream is requested once.
    void prefetchedPageCompleteBeforeItsTurnIsUsed() {
        m_demo->clearRequestLog();
        OktaClient client(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        Pager *pager = searchLogs(&client, boundedLogs(500), this);
        int heldBack = 0;
        QObject scope; // the connection's context: it ends before `heldBack` does
        // A receiver that is still busy with a page when the next one is complete (and its
        // job gone, as every finished job deletes itself).
        connect(pager, &Pager::pageReady, &scope, [&client, &heldBack] { // clazy:exclude=lambda-in-connect
            if (!QTest::qWaitFor([&client] { return client.inFlight() == 0 && client.queued() == 0; }))
                return;
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            ++heldBack;
        });
        PagerRun r;
        collect(pager, r);
        verifyEveryEventOnce(r);
        QCOMPARE(heldBack, 10);
        QSet<QByteArray> targets;
        for (const demo::RequestRecord &request : m_demo->requestLog()) {
            QVERIFY2(!targets.contains(request.target), request.target.constData());
            targets.insert(request.target);
        }
        QCOMPARE(targets.size(), 10);
    }

    void logsFilterAndKeyword() {
        LogQuery q = boundedLogs(1000);
        q.fields = {{QStringLiteral("eventType"), QStringLiteral("user.session.start")}};
        q.customFilter = QStringLiteral("outcome.result eq \"SUCCESS\" or outcome.result eq \"FAILURE\"");
        q.order = LogQuery::Order::Descending;
        PagerRun r;
        collect(searchLogs(m_client.get(), q, this), r);
        QCOMPARE(r.outcome, Pager::Outcome::Complete);
        QVERIFY(!r.rows.isEmpty());
        for (const QJsonObject &e : std::as_const(r.rows)) {
            QCOMPARE(e.value(QLatin1String("eventType")).toString(), QStringLiteral("user.session.start"));
            const QString outcome =
                e.value(QLatin1String("outcome")).toObject().value(QLatin1String("result")).toString();
            QVERIFY(outcome == QLatin1String("SUCCESS") || outcome == QLatin1String("FAILURE"));
        }
        // Every such event, by plain code over all of them fetched unfiltered.
        QSet<QString> expected;
        const QList<QJsonObject> all =
            m_demo.fetchAll(QStringLiteral("/api/v1/logs?limit=1000&since=%1&until=%2")
                                .arg(QDateTime::currentDateTimeUtc().addDays(-8).toString(Qt::ISODate),
                                     QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODate)));
        QCOMPARE(all.size(), 5000);
        for (const QJsonObject &e : all) {
            const QString outcome =
                e.value(QLatin1String("outcome")).toObject().value(QLatin1String("result")).toString();
            if (e.value(QLatin1String("eventType")).toString() == QLatin1String("user.session.start") &&
                (outcome == QLatin1String("SUCCESS") || outcome == QLatin1String("FAILURE")))
                expected.insert(e.value(QLatin1String("uuid")).toString());
        }
        QCOMPARE(r.keys(QStringLiteral("uuid")), expected);
        for (int i = 1; i < r.rows.size(); ++i) // DESCENDING
            QVERIFY(r.rows[i - 1].value(QLatin1String("published")).toString() >=
                    r.rows[i].value(QLatin1String("published")).toString());
    }

    void badFilterIsAClearError() {
        LogQuery q = boundedLogs(100);
        q.customFilter = QStringLiteral("eventType eq \"a\"");
        QUrlQuery uq = q.toUrlQuery();
        uq.removeAllQueryItems(QStringLiteral("filter"));
        uq.addQueryItem(QStringLiteral("filter"), QStringLiteral("eventType%20zz%20%22x%22"));
        PagerRun r;
        collect(new Pager(m_client.get(), m_client->url(QStringLiteral("/api/v1/logs"), uq),
                          &Page::parse<LogEvent>, this),
                r);
        QCOMPARE(r.outcome, Pager::Outcome::Failed);
        QCOMPARE(r.last.httpStatus, 400);
        QCOMPARE(r.last.error.errorCode, QStringLiteral("E0000053"));
        QVERIFY2(r.last.message().contains(QStringLiteral("filter")), qPrintable(r.last.message()));
    }

    void pollingStopsOnTheFirstEmptyPage() {
        LogQuery q;
        q.since = QDateTime::currentDateTimeUtc().addDays(-8);
        q.order = LogQuery::Order::Ascending;
        q.limit = 1000;
        QVERIFY(q.isPolling());
        Pager *pager = searchLogs(m_client.get(), q, this);
        PagerRun r;
        collect(pager, r);
        QCOMPARE(r.outcome, Pager::Outcome::Complete);
        QCOMPARE(r.rows.size(), 5000);
        QVERIFY(pager->nextUrl().isValid()); // where a tail would resume
    }

    void rateLimit429MidStreamLosesNothing() {
        demo::FaultOptions f;
        f.tooManyRequestsEvery = 3;
        f.tooManyRequestsResetSeconds = 1;
        f.pathPrefix = QStringLiteral("/api/v1/logs");
        m_demo->setFaults(f);
        QElapsedTimer timer;
        timer.start();
        PagerRun r;
        collect(searchLogs(m_client.get(), boundedLogs(1000), this), r);
        QCOMPARE(r.outcome, Pager::Outcome::Complete);
        QCOMPARE(r.rows.size(), 5000);
        QCOMPARE(r.keys(QStringLiteral("uuid")).size(), 5000);
        QVERIFY(r.waits >= 1);           // the wait was reported
        QVERIFY(timer.elapsed() >= 900); // and it waited for the reset
    }

    // With fewer than 10% of the window's calls left the client paces itself to the reset
    // instead of running into 429s; with pacing off, the same traffic does hit them.
    void lowBudgetSlowsDownInsteadOfHitting429() {
        const auto burst = [this](double slowDownFraction) {
            m_demo->setRateLimitBuckets({{QStringLiteral("/api/v1/users"), 5, 1}});
            ClientOptions opts;
            opts.maxInFlight = 1;
            opts.slowDownFraction = slowDownFraction;
            OktaClient client(m_nam.get(), m_demo->baseUrl(), m_auth.get());
            client.setOptions(opts);
            OktaApi api(&client);
            int done = 0, retried = 0;
            for (int i = 0; i < 12; ++i) {
                connect(api.me(), &OktaJob::finished, this, [&](const OktaResult &r) {
                    QVERIFY2(r.ok(), qPrintable(r.message()));
                    retried += r.attempts > 1 ? 1 : 0;
                    ++done;
                });
            }
            [&] {
                QTRY_COMPARE_WITH_TIMEOUT(done, 12, 30000);
            }();
            // Let this burst's window close before the next one starts.
            QTest::qWait(1100);
            return retried;
        };
        QCOMPARE(burst(0.10), 0);
        QVERIFY(burst(0.0) > 0);
    }

    void rateLimitWaitCanBeCancelled() {
        demo::FaultOptions f;
        f.tooManyRequestsEvery = 1;
        f.tooManyRequestsResetSeconds = 30;
        m_demo->setFaults(f);
        // Its own client: after a 429 a client holds new requests until the reset, and the
        // other tests should not wait for that.
        OktaClient client(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        OktaJob *job = OktaApi(&client).me();
        QSignalSpy waits(job, &OktaJob::rateLimitWait);
        // The admin gives up instead of waiting half a minute.
        connect(job, &OktaJob::rateLimitWait, job, &OktaJob::cancel);
        QElapsedTimer timer;
        timer.start();
        const OktaResult r = run(job);
        QCOMPARE(r.failure, Failure::Canceled);
        QVERIFY(!waits.isEmpty());
        const int seconds = waits.first().first().toInt();
        QVERIFY2(seconds >= 25 && seconds <= 31, qPrintable(QString::number(seconds)));
        QVERIFY(timer.elapsed() < 5000);
    }

    // Retries off (tst_transientfaults covers them): what a failure that is finally reported
    // leaves behind.
    std::unique_ptr<OktaClient> clientWithoutRetries() {
        ClientOptions opts;
        opts.retry.maxAttempts = 1;
        auto client = std::make_unique<OktaClient>(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        client->setOptions(opts);
        return client;
    }

    void droppedConnectionKeepsRowsAndResumes() {
        demo::FaultOptions f;
        f.dropMidBodyEvery = 3;
        f.pathPrefix = QStringLiteral("/api/v1/logs");
        m_demo->setFaults(f);
        const auto client = clientWithoutRetries();
        Pager *pager = searchLogs(client.get(), boundedLogs(500), this);
        PagerRun r;
        collect(pager, r);
        QCOMPARE(r.outcome, Pager::Outcome::Failed);
        QCOMPARE(r.last.failure, Failure::Network);
        QVERIFY2(r.last.message().contains(QStringLiteral("kept")), qPrintable(r.last.message()));
        QVERIFY(r.rows.size() >= 500); // pages before the drop stay
        QVERIFY(r.rows.size() < 5000);
        m_demo->setFaults({});
        collect(pager, r); // resume where it stopped
        QCOMPARE(r.outcome, Pager::Outcome::Complete);
        QCOMPARE(r.rows.size(), 5000);
        QCOMPARE(r.keys(QStringLiteral("uuid")).size(), 5000);
    }

    void malformedJsonKeepsRows() {
        demo::FaultOptions f;
        f.malformedJsonEvery = 2;
        f.pathPrefix = QStringLiteral("/api/v1/users");
        m_demo->setFaults(f);
        UserQuery q;
        q.limit = 40;
        PagerRun r;
        const auto client = clientWithoutRetries();
        collect(OktaApi(client.get()).listUsers(q, this), r);
        QCOMPARE(r.outcome, Pager::Outcome::Failed);
        QCOMPARE(r.last.failure, Failure::MalformedJson);
        QVERIFY2(r.last.message().contains(QStringLiteral("JSON")), qPrintable(r.last.message()));
        QVERIFY(r.rows.size() >= 40 && r.rows.size() % 40 == 0);
    }

    void serverErrorIsReported() {
        demo::FaultOptions f;
        f.serverErrorEvery = 1;
        m_demo->setFaults(f);
        const auto client = clientWithoutRetries();
        const OktaResult r = run(OktaApi(client.get()).me());
        QCOMPARE(r.failure, Failure::Http);
        QCOMPARE(r.httpStatus, 500);
        QVERIFY(r.message().contains(QStringLiteral("500")) ||
                r.message().contains(QStringLiteral("internal")));
    }

    void cancelStopsTheWalk() {
        Pager *pager = searchLogs(m_client.get(), boundedLogs(100), this);
        PagerRun r;
        connect(pager, &Pager::pageReady, this, [pager] { pager->cancel(); });
        collect(pager, r);
        QCOMPARE(r.outcome, Pager::Outcome::Canceled);
        QCOMPARE(r.rows.size(), 100);
    }

    // A big page is parsed on a worker thread. A cancel meanwhile hands nothing over, and a
    // walk started again at once asks for that page anew: the late parse is dropped, so no
    // page arrives twice and none is lost.
    void cancelWhileAPageIsParsedElsewhere() {
        struct Gate {
            QSemaphore open;
            std::atomic<int> parses{0}; // on a worker thread
        };
        const auto gate = std::make_shared<Gate>();
        Pager *pager = searchLogs(m_client.get(), boundedLogs(1000), this);
        pager->setParse([gate](QByteArray body, QString *error) {
            if (QThread::currentThread() != QCoreApplication::instance()->thread() &&
                gate->parses.fetch_add(1) == 0)
                (void)gate->open.tryAcquire(1, 20000); // the first parse waits for the test
            return Page::parse<LogEvent>(std::move(body), error);
        });
        int delivered = 0;
        QObject scope; // the connection's context: it ends before `delivered` does
        connect(pager, &Pager::pageReady, &scope,
                [&delivered] { ++delivered; }); // clazy:exclude=lambda-in-connect
        QSignalSpy finished(pager, &Pager::finished);
        pager->start();
        QVERIFY(QTest::qWaitFor([&gate] { return gate->parses.load() == 1; }, 20000));
        pager->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).value<Pager::Outcome>(), Pager::Outcome::Canceled);

        // The held parse finishes while the new walk is under way.
        gate->open.release();
        PagerRun r;
        collect(pager, r);
        verifyEveryEventOnce(r);
        QCOMPARE(delivered, 5);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(gate->parses.load(), 6); // the dropped parse and the five pages
    }

    void grantsRoundTripAndProtectedScopesNeverLeave() {
        PagerRun apps;
        AppQuery aq;
        aq.q = QStringLiteral("Okta Workflows");
        collect(m_api->listApps(aq, this), apps);
        QCOMPARE(apps.outcome, Pager::Outcome::Complete);
        QCOMPARE(apps.rows.size(), 1);
        const QString appId = apps.rows.first().value(QLatin1String("id")).toString();

        PagerRun grants;
        collect(m_api->listGrants(appId, this), grants);
        QVERIFY2(grants.outcome == Pager::Outcome::Complete, qPrintable(grants.last.message()));
        QString openidGrant;
        for (const QJsonObject &g : std::as_const(grants.rows))
            if (g.value(QLatin1String("scopeId")).toString() == QLatin1String("openid"))
                openidGrant = g.value(QLatin1String("id")).toString();
        QVERIFY(!openidGrant.isEmpty());

        const quint64 before = m_demo->requestCount();
        const OktaResult refused = run(m_api->revokeGrant(appId, openidGrant, QStringLiteral("openid")));
        QCOMPARE(refused.failure, Failure::InvalidRequest);
        QVERIFY(refused.message().contains(QStringLiteral("cannot be revoked")));
        QCOMPARE(m_demo->requestCount(), before); // nothing was sent

        const QString issuer = m_demo->baseUrl().toString(QUrl::StripTrailingSlash);
        const OktaResult granted = run(m_api->grantScope(appId, issuer, QStringLiteral("okta.apps.read")));
        QVERIFY2(granted.ok(), qPrintable(granted.message()));
        QCOMPARE(granted.httpStatus, 201);
        const QString grantId = granted.json.object().value(QLatin1String("id")).toString();
        const OktaResult again = run(m_api->grantScope(appId, issuer, QStringLiteral("okta.apps.read")));
        QCOMPARE(again.httpStatus, 400);
        const OktaResult revoked = run(m_api->revokeGrant(appId, grantId, QStringLiteral("okta.apps.read")));
        QVERIFY2(revoked.ok(), qPrintable(revoked.message()));
        QCOMPARE(revoked.httpStatus, 204);
        const OktaResult gone = run(m_api->revokeGrant(appId, grantId, QStringLiteral("okta.apps.read")));
        QCOMPARE(gone.httpStatus, 404);
        QCOMPARE(gone.error.errorCode, QStringLiteral("E0000007"));
    }

    void groupsAndAUsersGroups() {
        GroupQuery gq;
        gq.limit = 15;
        PagerRun groups;
        collect(m_api->listGroups(gq, this), groups);
        QCOMPARE(groups.outcome, Pager::Outcome::Complete);
        QCOMPARE(groups.rows.size(), 40);

        const OktaResult me = run(m_api->me());
        const QString adminId = me.json.object().value(QLatin1String("id")).toString();
        PagerRun mine;
        collect(m_api->listUserGroups(adminId, this), mine);
        QCOMPARE(mine.outcome, Pager::Outcome::Complete);
        QVERIFY(!mine.rows.isEmpty());

        // Set a custom attribute on one OKTA_GROUP: the profile is replaced as a whole.
        QJsonObject target;
        for (const QJsonObject &g : std::as_const(groups.rows))
            if (g.value(QLatin1String("type")).toString() == QLatin1String("OKTA_GROUP"))
                target = g;
        QVERIFY(!target.isEmpty());
        QJsonObject profile = target.value(QLatin1String("profile")).toObject();
        profile.insert(QStringLiteral("costCenter"), QStringLiteral("CC-42 \"north\""));
        const OktaResult updated =
            run(m_api->updateGroupProfile(target.value(QLatin1String("id")).toString(), profile));
        QVERIFY2(updated.ok(), qPrintable(updated.message()));
        const OktaResult fetched = run(m_api->getGroup(target.value(QLatin1String("id")).toString()));
        QCOMPARE(fetched.json.object()
                     .value(QLatin1String("profile"))
                     .toObject()
                     .value(QLatin1String("costCenter"))
                     .toString(),
                 QStringLiteral("CC-42 \"north\""));
    }

    void createUserRoleAndAppAssignment() {
        QJsonObject profile{{QStringLiteral("login"), QStringLiteral("svc-oktadesk@demo.test")},
                            {QStringLiteral("email"), QStringLiteral("it-ops@demo.test")},
                            {QStringLiteral("firstName"), QStringLiteral("Service")},
                            {QStringLiteral("lastName"), QStringLiteral("OktaDesk")}};
        QJsonObject body{{QStringLiteral("profile"), profile},
                         {QStringLiteral("credentials"),
                          QJsonObject{{QStringLiteral("password"),
                                       QJsonObject{{QStringLiteral("value"),
                                                    QStringLiteral("Xy7#long-generated-pass")}}}}}};
        const OktaResult created = run(m_api->createUser(body, true));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        const QString userId = created.json.object().value(QLatin1String("id")).toString();
        const OktaResult dup = run(m_api->createUser(body, true));
        QCOMPARE(dup.httpStatus, 400);
        QVERIFY2(dup.message().contains(QStringLiteral("login")), qPrintable(dup.message()));

        const OktaResult role = run(m_api->assignUserRole(userId, QStringLiteral("SUPER_ADMIN")));
        QVERIFY2(role.ok(), qPrintable(role.message()));
        QCOMPARE(role.httpStatus, 201);
        const OktaResult roles = run(m_api->listUserRoles(userId));
        QCOMPARE(roles.json.array().first().toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("SUPER_ADMIN"));

        PagerRun apps;
        AppQuery aq;
        aq.q = QStringLiteral("Okta Workflows");
        collect(m_api->listApps(aq, this), apps);
        const QString appId = apps.rows.first().value(QLatin1String("id")).toString();
        const OktaResult assigned = run(m_api->assignUserToApp(appId, userId));
        QVERIFY2(assigned.ok(), qPrintable(assigned.message()));

        // Rollback path: unassign, remove the role, deactivate, delete.
        QVERIFY(run(m_api->removeUserFromApp(appId, userId)).ok());
        QVERIFY(run(m_api->removeUserRole(userId, role.json.object().value(QLatin1String("id")).toString()))
                    .ok());
        QVERIFY(run(m_api->deactivateUser(userId)).ok());
        QVERIFY(run(m_api->deleteUser(userId)).ok());
        QCOMPARE(run(m_api->getUser(userId)).httpStatus, 404);
    }

    void bearerRefreshesOnceOn401() {
        DemoBearer bearer(&m_demo.org(), true);
        OktaClient client(m_nam.get(), m_demo->baseUrl(), &bearer);
        OktaApi api(&client);
        QVERIFY(run(api.me()).ok());
        m_demo->expireAccessTokens();
        QSignalSpy expired(&client, &OktaClient::authorizationExpired);
        const OktaResult r = run(api.me());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(bearer.refreshes, 1);
        QCOMPARE(expired.count(), 0);
    }

    void failedRefreshAsksToReauthorize() {
        DemoBearer bearer(&m_demo.org(), false);
        OktaClient client(m_nam.get(), m_demo->baseUrl(), &bearer);
        m_demo->expireAccessTokens();
        QSignalSpy expired(&client, &OktaClient::authorizationExpired);
        const OktaResult r = run(OktaApi(&client).me());
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(bearer.refreshes, 1);
        QCOMPARE(expired.count(), 1);
    }

    void missingScopeIsNamed() {
        DemoBearer bearer(&m_demo.org(), true); // users + logs only
        OktaClient client(m_nam.get(), m_demo->baseUrl(), &bearer);
        PagerRun r;
        collect(OktaApi(&client).listGroups({}, this), r);
        QCOMPARE(r.outcome, Pager::Outcome::Failed);
        QCOMPARE(r.last.httpStatus, 403);
        QVERIFY2(r.last.message().contains(QStringLiteral("okta.groups.read")), qPrintable(r.last.message()));
    }

    void requestsInFlightAreBounded() {
        ClientOptions opts;
        opts.maxInFlight = 2;
        OktaClient client(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        client.setOptions(opts);
        demo::FaultOptions slow;
        slow.slowResponseMs = 50;
        m_demo->setFaults(slow);
        int maxSeen = 0;
        // Shared with the handlers, which a job that ends after a failed wait still runs.
        const auto done = std::make_shared<int>(0);
        OktaApi api(&client);
        for (int i = 0; i < 8; ++i) {
            OktaJob *job = api.me();
            connect(job, &OktaJob::finished, this, [done](const OktaResult &r) {
                QVERIFY(r.ok());
                ++*done;
            });
        }
        connect(&client, &OktaClient::activityChanged, this,
                [&] { maxSeen = std::max(maxSeen, client.inFlight()); });
        QTRY_COMPARE_WITH_TIMEOUT(*done, 8, 20000);
        QCOMPARE(maxSeen, 2);
    }

    void foreignNextLinkIsRefused() {
        const OktaResult r =
            run(m_client->getUrl(QUrl(QStringLiteral("https://evil.example.com/api/v1/users?after=x"))));
        QCOMPARE(r.failure, Failure::InvalidRequest);
        QVERIFY(r.message().contains(QStringLiteral("evil.example.com")));
    }

    void connectionRefusedIsNetworkError() {
        OktaClient client(m_nam.get(), QUrl(QStringLiteral("http://127.0.0.1:1")), m_auth.get());
        const OktaResult r = run(OktaApi(&client).me());
        QCOMPARE(r.failure, Failure::Network);
        QVERIFY(r.message().contains(QStringLiteral("refused")));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstOktaClient)
#include "tst_oktaclient.moc"

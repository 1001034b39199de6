// Core's GrantApplyJob against the demo org over loopback: staged grants and revokes reach
// the server, at most maxConcurrent() at a time; a 429 is waited out; a failed call keeps
// what succeeded and names Okta's message; cancel sends nothing more; an auto-granted scope
// is never revoked (nothing leaves the client). Every request is checked against Okta's spec.
#include "core/okta/authorizer.h"
#include "core/okta/grantapplyjob.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "demo/demoorg.h"
#include "support/demofixture.h"
#include "support/oktawait.h"
#include "support/specchecker.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace okta;
using Action = GrantChange::Action;

class TstGrantApplyJob : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    std::unique_ptr<okta::test::RecordingNam> m_nam;
    std::unique_ptr<StaticAuthorizer> m_auth;
    std::unique_ptr<OktaClient> m_client;
    std::unique_ptr<OktaApi> m_api;
    QString m_appId;

    // The app's grants as the server holds them: scope -> grant id.
    QHash<QString, QString> held() {
        okta::test::PagerRun grants;
        okta::test::collect(m_api->listGrants(m_appId, this), grants);
        QHash<QString, QString> out;
        for (const QJsonObject &g : std::as_const(grants.rows))
            out.insert(g.value(QLatin1String("scopeId")).toString(), g.value(QLatin1String("id")).toString());
        return out;
    }
    QString issuer() const { return m_demo->baseUrl().toString(QUrl::StripTrailingSlash); }

    // Runs a job to its end; the results stay readable until the job is deleted.
    void runToEnd(GrantApplyJob &job) {
        QSignalSpy finished(&job, &GrantApplyJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(!job.isRunning());
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o;
        o.users = 50;
        o.groups = 5;
        o.events = 100;
        QVERIFY2(m_demo.start(o), m_demo.error());
        m_nam = std::make_unique<okta::test::RecordingNam>();
        m_auth =
            std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, m_demo->apiToken().toUtf8());
        m_client = std::make_unique<OktaClient>(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        m_api = std::make_unique<OktaApi>(m_client.get());
        okta::test::PagerRun apps;
        AppQuery query;
        query.q = QStringLiteral("Okta Workflows OAuth");
        okta::test::collect(m_api->listApps(query, this), apps);
        QCOMPARE(apps.rows.size(), 1);
        m_appId = apps.rows.constFirst().value(QLatin1String("id")).toString();
    }

    void init() {
        m_demo->setFaults({});
        m_demo->setRateLimitBuckets({{QStringLiteral("/"), 0}});
    }

    void cleanupTestCase() {
        const okta::test::SpecChecker spec;
        QVERIFY(spec.loaded());
        int writes = 0;
        for (const auto &r : std::as_const(m_nam->requests)) {
            const QString problem = spec.check(r);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + r.url.toString()));
            writes += r.method == "POST" || r.method == "DELETE";
        }
        QVERIFY(writes >= 10);
    }

    void issuerComesFromTheGrantsOrTheOrg() {
        QCOMPARE(GrantApplyJob::issuerFor({}, QUrl(QStringLiteral("https://acme.okta.com/"))),
                 QStringLiteral("https://acme.okta.com"));
        ScopeGrant custom;
        custom.issuer = QStringLiteral("https://login.acme.com");
        QCOMPARE(
            GrantApplyJob::issuerFor({ScopeGrant(), custom}, QUrl(QStringLiteral("https://acme.okta.com"))),
            custom.issuer);
    }

    void grantsAndRevokesReachTheServer() {
        const QHash<QString, QString> before = held();
        QVERIFY(before.contains(QStringLiteral("okta.logs.read")));
        QVERIFY(!before.contains(QStringLiteral("okta.apps.read")));
        GrantApplyJob job(m_api.get(), m_appId, issuer(),
                          {{Action::Grant, QStringLiteral("okta.apps.read"), {}},
                           {Action::Grant, QStringLiteral("okta.eventHooks.read"), {}},
                           {Action::Revoke, QStringLiteral("okta.logs.read"),
                            before.value(QStringLiteral("okta.logs.read"))}});
        QSignalSpy progress(&job, &GrantApplyJob::progress);
        QSignalSpy each(&job, &GrantApplyJob::changeFinished);
        runToEnd(job);
        QCOMPARE(each.count(), 3);
        QCOMPARE(job.succeededCount(), 3);
        QCOMPARE(job.failedCount(), 0);
        QCOMPARE(progress.constFirst(), (QVariantList{0, 3}));
        QCOMPARE(progress.constLast(), (QVariantList{3, 3}));
        QCOMPARE(job.result(0).httpStatus, 201);
        QCOMPARE(job.result(2).httpStatus, 204);
        const QHash<QString, QString> after = held();
        QVERIFY(after.contains(QStringLiteral("okta.apps.read")));
        QVERIFY(after.contains(QStringLiteral("okta.eventHooks.read")));
        QVERIFY(!after.contains(QStringLiteral("okta.logs.read")));
        QCOMPARE(after.size(), before.size() + 1);
    }

    void neverMoreThanMaxConcurrentInFlight() {
        demo::FaultOptions slow;
        slow.pathPrefix = QStringLiteral("/api/v1/apps/");
        slow.slowResponseMs = 150;
        m_demo->setFaults(slow);
        QList<GrantChange> changes;
        for (const char *scope : {"okta.brands.read", "okta.captchas.read", "okta.domains.read",
                                  "okta.idps.read", "okta.orgs.read", "okta.realms.read"})
            changes.append({Action::Grant, QLatin1String(scope), {}});
        GrantApplyJob job(m_api.get(), m_appId, issuer(), changes);
        job.setMaxConcurrent(2);
        int most = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
                [&] { most = std::max(most, m_client->inFlight() + m_client->queued()); });
        sampler.start(5);
        runToEnd(job);
        sampler.stop();
        QCOMPARE(job.succeededCount(), 6);
        QVERIFY(most >= 1);
        QVERIFY2(most <= 2, qPrintable(QString::number(most)));
    }

    void aRateLimitIsWaitedOut() {
        demo::FaultOptions faults;
        faults.pathPrefix = QStringLiteral("/api/v1/apps/") + m_appId + QStringLiteral("/grants");
        faults.tooManyRequestsEvery = 2;
        faults.tooManyRequestsResetSeconds = 1;
        m_demo->setFaults(faults);
        GrantApplyJob job(m_api.get(), m_appId, issuer(),
                          {{Action::Grant, QStringLiteral("okta.features.read"), {}},
                           {Action::Grant, QStringLiteral("okta.features.manage"), {}},
                           {Action::Grant, QStringLiteral("okta.templates.read"), {}}});
        QSignalSpy waits(&job, &GrantApplyJob::rateLimitWait);
        runToEnd(job);
        QCOMPARE(job.succeededCount(), 3);
        QVERIFY(waits.count() >= 1);
        m_demo->setFaults({});
        const QHash<QString, QString> now = held();
        for (const char *scope : {"okta.features.read", "okta.features.manage", "okta.templates.read"})
            QVERIFY2(now.contains(QLatin1String(scope)), scope);
    }

    void aFailedCallKeepsWhatSucceeded() {
        const QString revokeId = held().value(QStringLiteral("okta.users.read"));
        QVERIFY(!revokeId.isEmpty());
        // The revoke's DELETE fails with Okta's 500; the grants go through.
        demo::FaultOptions faults;
        faults.pathPrefix = QStringLiteral("/api/v1/apps/") + m_appId + QStringLiteral("/grants/") + revokeId;
        faults.serverErrorEvery = 1;
        m_demo->setFaults(faults);
        GrantApplyJob job(m_api.get(), m_appId, issuer(),
                          {{Action::Grant, QStringLiteral("okta.policies.read"), {}},
                           {Action::Revoke, QStringLiteral("okta.users.read"), revokeId},
                           {Action::Grant, QStringLiteral("okta.schemas.read"), {}},
                           // Okta refuses a scope that does not exist: a second failure, with its cause.
                           {Action::Grant, QStringLiteral("okta.events.read"), {}}});
        runToEnd(job);
        QCOMPARE(job.succeededCount(), 2);
        QCOMPARE(job.failedCount(), 2);
        QCOMPARE(job.result(1).httpStatus, 500);
        QVERIFY2(job.result(1).message().contains(QLatin1String("internal error")),
                 qPrintable(job.result(1).message()));
        QCOMPARE(job.result(3).httpStatus, 400);
        QVERIFY2(job.result(3).message().contains(QLatin1String("okta.events.read")),
                 qPrintable(job.result(3).message()));
        m_demo->setFaults({});
        const QHash<QString, QString> now = held();
        QVERIFY(now.contains(QStringLiteral("okta.policies.read")));
        QVERIFY(now.contains(QStringLiteral("okta.schemas.read")));
        QVERIFY(now.contains(QStringLiteral("okta.users.read"))); // the failed revoke left it
    }

    void cancelSendsNothingMore() {
        demo::FaultOptions slow;
        slow.pathPrefix = QStringLiteral("/api/v1/apps/");
        slow.slowResponseMs = 300;
        m_demo->setFaults(slow);
        QList<GrantChange> changes;
        for (const char *scope : {"okta.sessions.read", "okta.trustedOrigins.read", "okta.uischemas.read",
                                  "okta.userTypes.read", "okta.threatInsights.read"})
            changes.append({Action::Grant, QLatin1String(scope), {}});
        GrantApplyJob job(m_api.get(), m_appId, issuer(), changes);
        job.setMaxConcurrent(1);
        QSignalSpy finished(&job, &GrantApplyJob::finished);
        QSignalSpy each(&job, &GrantApplyJob::changeFinished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(each.count(), 1, 10000);
        const quint64 sent = m_demo->requestCount();
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.finishedCount(), 5);
        QCOMPARE(job.succeededCount(), 1);
        for (int i = 1; i < 5; ++i)
            QVERIFY(job.result(i).canceled());
        QTest::qWait(400);
        QVERIFY(m_demo->requestCount() <= sent + 1); // at most the call in flight when cancelled
        m_demo->setFaults({});
        const QHash<QString, QString> now = held();
        QVERIFY(now.contains(QStringLiteral("okta.sessions.read")));
        QVERIFY(!now.contains(QStringLiteral("okta.uischemas.read")));
    }

    void autoGrantedScopesAreNeverRevoked() {
        const QHash<QString, QString> before = held();
        const quint64 sent = m_demo->requestCount();
        const int recorded = int(m_nam->requests.size());
        GrantApplyJob job(m_api.get(), m_appId, issuer(),
                          {{Action::Revoke, QStringLiteral("openid"), before.value(QStringLiteral("openid"))},
                           {Action::Revoke, QStringLiteral("OFFLINE_ACCESS"),
                            before.value(QStringLiteral("offline_access"))},
                           {Action::Revoke, QStringLiteral("okta.apps.read"), QString()}}); // no grant id
        runToEnd(job);
        QCOMPARE(job.failedCount(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(job.result(i).failure, Failure::InvalidRequest);
        QVERIFY(job.result(0).message().contains(QLatin1String("cannot be revoked")));
        QCOMPARE(m_demo->requestCount(), sent);
        QCOMPARE(int(m_nam->requests.size()), recorded);
        QCOMPARE(held(), before);
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstGrantApplyJob)
#include "tst_grantapplyjob.moc"

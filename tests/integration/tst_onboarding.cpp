// Service-account onboarding against the demo org over loopback: the job creates the user,
// assigns SUPER_ADMIN and the Okta Workflows OAuth app, each read back; with a fault
// injected at the app-assignment step it stops, says what exists, and (once asked) undoes
// it all. What the org holds afterwards is checked with plain HTTP requests, never through
// the code under test. Every request the client sent is checked against Okta's spec. The
// CLI's `onboard service-account` runs as the real binary against the same org.
#include "core/okta/authorizer.h"
#include "core/okta/oktaclient.h"
#include "core/onboarding/adminaccounts.h"
#include "core/onboarding/onboardingjob.h"
#include "core/onboarding/onboardingpreflight.h"
#include "support/clirun.h"
#include "support/demofixture.h"
#include "support/specchecker.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace okta;
using okta::test::runCli;
using Job = okta::OnboardingJob;

class TstOnboarding : public QObject {
    Q_OBJECT
    okta::test::DemoFixture m_demo;
    std::unique_ptr<okta::test::RecordingNam> m_nam;
    std::unique_ptr<StaticAuthorizer> m_auth;
    std::unique_ptr<OktaClient> m_client;
    QNetworkAccessManager m_plain; // for the checks: not the client under test
    QString m_appId;
    QProcessEnvironment m_env;
    int m_serial = 0;

    struct Answer {
        int status = 0;
        QJsonDocument json;
    };
    // GET with the API token, answered whatever the status.
    Answer get(const QString &pathAndQuery) {
        QNetworkRequest request(QUrl(m_demo->baseUrl().toString() + pathAndQuery));
        request.setRawHeader("Authorization", "SSWS " + m_demo.apiToken());
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = m_plain.get(request);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            qWarning("no answer for %s", qPrintable(pathAndQuery));
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.json = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return a;
    }
    QStringList roleTypes(const QString &userId) {
        QStringList types;
        const QJsonArray roles = get(QStringLiteral("/api/v1/users/%1/roles").arg(userId)).json.array();
        for (const QJsonValue &v : roles)
            types << v.toObject().value(QLatin1String("type")).toString();
        return types;
    }
    QStringList roleHolders() {
        QStringList ids;
        const QJsonArray holders = get(QStringLiteral("/api/v1/iam/assignees/users?limit=200"))
                                       .json.object()
                                       .value(QLatin1String("value"))
                                       .toArray();
        for (const QJsonValue &v : holders)
            ids << v.toObject().value(QLatin1String("id")).toString();
        return ids;
    }

    ServiceAccountRequest request() {
        ServiceAccountRequest r = ServiceAccountRequest::suggested(QStringLiteral("demo.oktadesk.test"),
                                                                   QStringLiteral("Flow %1").arg(++m_serial));
        r.appId = m_appId;
        r.appLabel = QStringLiteral("Okta Workflows OAuth");
        return r;
    }
    static bool settled(const Job &job) {
        return job.state() != Job::State::Idle && job.state() != Job::State::Running &&
               job.state() != Job::State::Undoing;
    }
    static void waitFor(const Job &job) {
        QVERIFY(QTest::qWaitFor([&job] { return settled(job); }, 30000));
    }

    // A server error on the app-assignment write only: on while it is sent, off before its
    // read-back (the job says "Reading it back…" before asking).
    void faultTheAppAssignment(Job &job, const demo::FaultOptions &fault) {
        connect(&job, &Job::stepChanged, this, [this, &job, fault](Job::Step step) {
            if (step != Job::Step::AssignApp)
                return;
            if (job.step(step).state == Job::StepState::Running)
                m_demo->setFaults(fault);
            else
                m_demo->setFaults({});
        });
    }
    demo::FaultOptions appFault(int serverErrorEvery = 1) const {
        demo::FaultOptions f;
        f.serverErrorEvery = serverErrorEvery;
        f.pathPrefix = QStringLiteral("/api/v1/apps/%1/users").arg(m_appId);
        return f;
    }
    void expectGone(const Job &job) {
        const QString id = job.footprint().userId;
        QVERIFY(!id.isEmpty());
        QCOMPARE(get(QStringLiteral("/api/v1/users/") + id).status, 404);
        QCOMPARE(get(QStringLiteral("/api/v1/users/") + job.request().login).status, 404);
        QCOMPARE(get(QStringLiteral("/api/v1/users/%1/roles").arg(id)).status, 404);
        QVERIFY(!roleHolders().contains(id));
        QCOMPARE(get(QStringLiteral("/api/v1/apps/%1/users/%2").arg(m_appId, id)).status, 404);
        QVERIFY(job.footprint().isEmpty());
        QVERIFY(job.password().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_demo.start(okta::test::demoSize(60, 6, 100)), m_demo.error());
        m_nam = std::make_unique<okta::test::RecordingNam>();
        m_auth = std::make_unique<StaticAuthorizer>(StaticAuthorizer::Scheme::Ssws, m_demo.apiToken());
        m_client = std::make_unique<OktaClient>(m_nam.get(), m_demo->baseUrl(), m_auth.get());
        const QJsonArray apps = get(QStringLiteral("/api/v1/apps?limit=200")).json.array();
        for (const QJsonValue &v : apps)
            if (v.toObject().value(QLatin1String("label")).toString() ==
                QLatin1String("Okta Workflows OAuth"))
                m_appId = v.toObject().value(QLatin1String("id")).toString();
        QVERIFY(!m_appId.isEmpty());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("T"), m_demo->apiToken());
    }

    void cleanup() { m_demo->setFaults({}); }

    // Every request the job, its undo, the checks and the admin list sent through the
    // recording manager is valid against Okta's spec.
    void cleanupTestCase() {
        const okta::test::SpecChecker spec;
        QVERIFY(spec.loaded());
        QVERIFY(m_nam->requests.size() > 40);
        for (const auto &r : std::as_const(m_nam->requests)) {
            const QString problem = spec.check(r);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + r.url.toString()));
        }
    }

    void createsVerifiesAndShowsThePasswordOnce() {
        const ServiceAccountRequest r = request();
        Job job(m_client.get(), r);
        QList<Job::Step> seen;
        connect(&job, &Job::stepChanged, this, [&seen](Job::Step s) { seen << s; });
        job.start();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Succeeded);
        // Shown as it happened, in order, each step read back.
        QCOMPARE(seen.first(), Job::Step::CreateUser);
        QCOMPARE(seen.last(), Job::Step::AssignApp);
        for (int i = 0; i < Job::StepCount; ++i) {
            QCOMPARE(job.step(Job::Step(i)).state, Job::StepState::Done);
            QVERIFY(job.step(Job::Step(i)).message.contains(QLatin1String("read")));
        }
        const QString id = job.footprint().userId;
        const Answer user = get(QStringLiteral("/api/v1/users/") + id);
        QCOMPARE(user.status, 200);
        const QJsonObject profile = user.json.object().value(QLatin1String("profile")).toObject();
        QCOMPARE(user.json.object().value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(profile.value(QLatin1String("login")).toString(), r.login);
        QCOMPARE(profile.value(QLatin1String("userType")).toString(), QStringLiteral("service"));
        QCOMPARE(roleTypes(id), QStringList{QStringLiteral("SUPER_ADMIN")});
        QCOMPARE(get(QStringLiteral("/api/v1/apps/%1/users/%2").arg(m_appId, id)).status, 200);
        QVERIFY(roleHolders().contains(id));

        // The password was sent once, in the create request, and appears in no message.
        const QByteArray password = job.password();
        QCOMPARE(password.size(), 24);
        int carrying = 0;
        for (const auto &req : std::as_const(m_nam->requests))
            carrying += req.body.contains(password) || req.url.toEncoded().contains(password);
        QCOMPARE(carrying, 1);
        QVERIFY(!job.summary().contains(QString::fromLatin1(password)));
        for (int i = 0; i < Job::StepCount; ++i)
            QVERIFY(!job.step(Job::Step(i)).message.contains(QString::fromLatin1(password)));
    }

    void anActivationEmailLeavesTheUserPending() {
        ServiceAccountRequest r = request();
        r.password = ServiceAccountRequest::Password::ActivationEmail;
        Job job(m_client.get(), r);
        job.start();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Succeeded);
        QVERIFY(job.password().isEmpty());
        QCOMPARE(get(QStringLiteral("/api/v1/users/") + job.footprint().userId)
                     .json.object()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("PROVISIONED"));
        QVERIFY(!m_nam->requests.last().body.contains("credentials"));
    }

    // The issue's own case: a fault at the app-assignment step, then a clean undo.
    void aFaultAtTheAppStepRollsBackCleanly() {
        Job job(m_client.get(), request());
        faultTheAppAssignment(job, appFault());
        job.start();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.failedStep(), Job::Step::AssignApp);
        QVERIFY2(job.step(Job::Step::AssignApp).message.contains(QLatin1String("internal error")) &&
                     job.step(Job::Step::AssignApp).message.contains(QLatin1String("not assigned")),
                 qPrintable(job.step(Job::Step::AssignApp).message));
        // Exactly what exists: the user and its role, read back; no app assignment.
        const Footprint f = job.footprint();
        QCOMPARE(f.user, Presence::Present);
        QCOMPARE(f.role, Presence::Present);
        QCOMPARE(f.app, Presence::Absent);
        QCOMPARE(job.summary().split(QLatin1Char('\n')).size(), 3);
        QVERIFY(!job.password().isEmpty());
        const QString id = f.userId;
        QCOMPARE(roleTypes(id), QStringList{QStringLiteral("SUPER_ADMIN")});
        QCOMPARE(get(QStringLiteral("/api/v1/apps/%1/users/%2").arg(m_appId, id)).status, 404);

        // Nothing is undone until asked.
        QTest::qWait(200);
        QCOMPARE(get(QStringLiteral("/api/v1/users/") + id).status, 200);
        const qsizetype before = m_nam->requests.size();
        job.undo();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Undone);
        QCOMPARE(job.step(Job::Step::AssignRole).state, Job::StepState::Undone);
        QCOMPARE(job.step(Job::Step::CreateUser).state, Job::StepState::Undone);
        QCOMPARE(job.step(Job::Step::AssignApp).state, Job::StepState::Failed);
        expectGone(job);
        // Role first, then deactivate, then delete, each read back.
        QStringList sent;
        for (qsizetype i = before; i < m_nam->requests.size(); ++i)
            sent << QString::fromLatin1(m_nam->requests[i].method) + QLatin1Char(' ') +
                        m_nam->requests[i]
                            .url.path()
                            .replace(id, QStringLiteral("{id}"))
                            .replace(f.roleAssignmentId, QStringLiteral("{ra}"));
        QCOMPARE(sent, (QStringList{QStringLiteral("DELETE /api/v1/users/{id}/roles/{ra}"),
                                    QStringLiteral("GET /api/v1/users/{id}/roles"),
                                    QStringLiteral("POST /api/v1/users/{id}/lifecycle/deactivate"),
                                    QStringLiteral("DELETE /api/v1/users/{id}"),
                                    QStringLiteral("GET /api/v1/users/{id}")}));
    }

    // The write happened but its answer was lost: reading back settles it.
    void aLostAnswerIsSettledByReadingBack() {
        demo::FaultOptions drop;
        drop.dropMidBodyEvery = 1;
        drop.pathPrefix = appFault().pathPrefix;
        Job job(m_client.get(), request());
        faultTheAppAssignment(job, drop);
        job.start();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Succeeded);
        QVERIFY2(
            job.step(Job::Step::AssignApp).message.contains(QLatin1String("Okta answered with an error")),
            qPrintable(job.step(Job::Step::AssignApp).message));
        QCOMPARE(get(QStringLiteral("/api/v1/apps/%1/users/%2").arg(m_appId, job.footprint().userId)).status,
                 200);
    }

    // The write and its read-back both fail: the assignment "may exist", and the undo
    // treats it so.
    void anUnreadableOutcomeIsUnknownAndUndoneToo() {
        Job job(m_client.get(), request());
        connect(&job, &Job::stepChanged, this, [this, &job](Job::Step step) {
            if (step == Job::Step::AssignApp && job.step(step).state == Job::StepState::Running)
                m_demo->setFaults(appFault());
        });
        job.start();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.footprint().app, Presence::Unknown);
        QVERIFY(job.summary().contains(QLatin1String("may be assigned")));
        m_demo->setFaults({});
        job.undo();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Undone);
        QCOMPARE(job.step(Job::Step::AssignApp).state, Job::StepState::Undone);
        expectGone(job);
    }

    void aFailedStepCanBeTriedAgain() {
        Job job(m_client.get(), request());
        faultTheAppAssignment(job, appFault());
        job.start();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Failed);
        disconnect(&job, &Job::stepChanged, this, nullptr);
        job.retry();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Succeeded);
        QCOMPARE(get(QStringLiteral("/api/v1/apps/%1/users/%2").arg(m_appId, job.footprint().userId)).status,
                 200);
    }

    // A refusal (403 for a token without okta.roles.manage) is final: nothing to read back.
    void aRefusedRoleLeavesOnlyTheUserToUndo() {
        StaticAuthorizer bearer(
            StaticAuthorizer::Scheme::Bearer,
            m_demo
                ->issueAccessToken({QStringLiteral("okta.users.read"), QStringLiteral("okta.users.manage"),
                                    QStringLiteral("okta.roles.read"), QStringLiteral("okta.apps.read")})
                .toUtf8());
        OktaClient client(m_nam.get(), m_demo->baseUrl(), &bearer);
        Job job(&client, request());
        job.start();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.failedStep(), Job::Step::AssignRole);
        QVERIFY2(job.step(Job::Step::AssignRole).message.contains(QLatin1String("okta.roles.manage")),
                 qPrintable(job.step(Job::Step::AssignRole).message));
        QCOMPARE(job.footprint().role, Presence::Absent);
        QCOMPARE(job.step(Job::Step::AssignApp).state, Job::StepState::Pending);
        // The undo needs okta.users.manage only, which this token has.
        job.undo();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Undone);
        expectGone(job);
    }

    void stopEndsBeforeTheNextStep() {
        Job job(m_client.get(), request());
        job.start();
        job.stop();
        waitFor(job);
        QCOMPARE(job.state(), Job::State::Failed);
        QCOMPARE(job.failedStep(), Job::Step::AssignRole);
        QVERIFY(job.step(Job::Step::AssignRole).message.contains(QLatin1String("nothing was sent")));
        QCOMPARE(roleTypes(job.footprint().userId), QStringList());
        job.undo();
        waitFor(job);
        expectGone(job);
    }

    void preflightChecksLoginAppAndCaller() {
        OnboardingPreflight preflight(m_client.get());
        QSignalSpy done(&preflight, &OnboardingPreflight::finished);
        ServiceAccountRequest r = request();
        r.appId.clear();
        preflight.start(r, QStringLiteral("Okta Workflows OAuth"));
        QVERIFY(done.wait(10000));
        QCOMPARE(preflight.state(), OnboardingPreflight::State::Passed);
        QCOMPARE(preflight.request().appId, m_appId);
        for (const auto &check : preflight.checks())
            QCOMPARE(check.severity, OnboardingPreflight::Severity::Ok);

        r.login = m_demo->adminLogin(); // taken
        preflight.start(r, m_appId);    // an id works as well as a label
        QVERIFY(done.wait(10000));
        QCOMPARE(preflight.state(), OnboardingPreflight::State::Failed);
        QCOMPARE(preflight.checks().at(0).severity, OnboardingPreflight::Severity::Problem);
        QVERIFY(preflight.checks().at(0).text.contains(QLatin1String("already exists")));
        QCOMPARE(preflight.checks().at(1).severity, OnboardingPreflight::Severity::Ok);

        r = request();
        r.appId.clear();
        preflight.start(r, QStringLiteral("No Such App"));
        QVERIFY(done.wait(10000));
        QCOMPARE(preflight.checks().at(1).severity, OnboardingPreflight::Severity::Problem);
        QVERIFY(preflight.checks().at(1).text.contains(QLatin1String("No Such App")));
    }

    void preflightRefusesAnAccountThatIsNotASuperAdmin() {
        demo::DemoOptions o = okta::test::demoSize(5, 2, 10);
        o.adminIsSuperAdmin = false;
        okta::test::DemoFixture notSuper;
        QVERIFY2(notSuper.start(o), notSuper.error());
        StaticAuthorizer auth(StaticAuthorizer::Scheme::Ssws, notSuper.apiToken());
        OktaClient client(m_nam.get(), notSuper->baseUrl(), &auth);
        OnboardingPreflight preflight(&client);
        QSignalSpy done(&preflight, &OnboardingPreflight::finished);
        preflight.start(request(), QStringLiteral("Okta Workflows OAuth"));
        QVERIFY(done.wait(10000));
        QCOMPARE(preflight.state(), OnboardingPreflight::State::Failed);
        QCOMPARE(preflight.checks().at(2).severity, OnboardingPreflight::Severity::Problem);
        QVERIFY(preflight.checks().at(2).text.contains(QLatin1String("not a super admin")));
    }

    void theAdminListShowsSuperAdminsAndWhichLookLikeServiceAccounts() {
        AdminAccountsJob admins(m_client.get());
        QSignalSpy changed(&admins, &AdminAccountsJob::changed);
        admins.load();
        QVERIFY(QTest::qWaitFor([&] { return admins.state() == AdminAccountsJob::State::Ready; }, 10000));
        const QStringList holders = roleHolders();
        QCOMPARE(admins.accounts().size(), holders.size());
        bool sawAdmin = false, sawService = false;
        for (const AdminAccount &a : admins.accounts()) {
            QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
            QCOMPARE(a.roleTypes, roleTypes(a.id));
            if (a.login == m_demo->adminLogin()) {
                sawAdmin = true;
                QVERIFY(a.isSuperAdmin());
                QVERIFY(!a.looksLikeServiceAccount());
            }
            if (a.login.startsWith(QLatin1String("svc-flow-"))) {
                sawService = true;
                QVERIFY(a.looksLikeServiceAccount());
            }
        }
        QVERIFY(sawAdmin);
        QVERIFY(sawService); // onboarded by the tests above
    }

    void cliDryRunChangesNothing() {
        const QString login = QStringLiteral("svc-dry-run@demo.oktadesk.test");
        const auto run = runCli(
            {QStringLiteral("onboard"), QStringLiteral("service-account"), QStringLiteral("--login"), login,
             QStringLiteral("--email"), login, QStringLiteral("--first-name"), QStringLiteral("Dry"),
             QStringLiteral("--last-name"), QStringLiteral("Run"), QStringLiteral("--app"),
             QStringLiteral("Okta Workflows OAuth"), QStringLiteral("--dry-run"), QStringLiteral("--org"),
             m_demo.domain(), QStringLiteral("--token-env"), QStringLiteral("T")},
            m_env);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY(run.outText().contains(QLatin1String("Dry run: nothing was changed")));
        QVERIFY(run.outText().contains(QStringLiteral("POST /api/v1/apps/%1/users").arg(m_appId)));
        QCOMPARE(run.outText().count(QLatin1String("  ok ")), 3);
        QCOMPARE(get(QStringLiteral("/api/v1/users/") + login).status, 404);
    }

    void cliOnboardsAndPrintsThePasswordOnce() {
        const QString login = QStringLiteral("svc-cli@demo.oktadesk.test");
        const auto run = runCli(
            {QStringLiteral("onboard"), QStringLiteral("service-account"), QStringLiteral("--login"), login,
             QStringLiteral("--email"), QStringLiteral("it-ops@demo.oktadesk.test"),
             QStringLiteral("--first-name"), QStringLiteral("Cli"), QStringLiteral("--last-name"),
             QStringLiteral("Service Account"), QStringLiteral("--app"), m_appId, QStringLiteral("--org"),
             m_demo.domain(), QStringLiteral("--token-env"), QStringLiteral("T")},
            m_env);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const QStringList passwordLines = run.outLines().filter(QLatin1String("Password (shown once"));
        QCOMPARE(passwordLines.size(), 1);
        const QString password = passwordLines.first().section(QLatin1String(": "), 1);
        QCOMPARE(password.size(), 24);
        QCOMPARE(run.outText().count(password), 1);
        QVERIFY(!run.errText().contains(password));
        const Answer user = get(QStringLiteral("/api/v1/users/") + login);
        QCOMPARE(user.status, 200);
        const QString id = user.json.object().value(QLatin1String("id")).toString();
        QCOMPARE(roleTypes(id), QStringList{QStringLiteral("SUPER_ADMIN")});
        QCOMPARE(get(QStringLiteral("/api/v1/apps/%1/users/%2").arg(m_appId, id)).status, 200);
    }

    // A 429 that outlasts the client's retries refuses the app assignment (a final answer,
    // so no read-back); the undo then runs only with the admin's consent.
    void cliUndoesOnlyWithConsent() {
        demo::FaultOptions limited;
        limited.tooManyRequestsEvery = 1;
        limited.pathPrefix = appFault().pathPrefix;
        for (const bool consent : {true, false}) {
            m_demo->setFaults(limited);
            const QString login =
                QStringLiteral("svc-cli-%1@demo.oktadesk.test").arg(QLatin1String(consent ? "undo" : "keep"));
            QStringList args{QStringLiteral("onboard"),      QStringLiteral("service-account"),
                             QStringLiteral("--login"),      login,
                             QStringLiteral("--email"),      login,
                             QStringLiteral("--first-name"), QStringLiteral("Cli"),
                             QStringLiteral("--last-name"),  QStringLiteral("Undo"),
                             QStringLiteral("--app"),        QStringLiteral("Okta Workflows OAuth"),
                             QStringLiteral("--org"),        m_demo.domain(),
                             QStringLiteral("--token-env"),  QStringLiteral("T")};
            if (consent)
                args << QStringLiteral("--undo-on-failure");
            const auto run = runCli(args, m_env);
            m_demo->setFaults({});
            QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
            QVERIFY(run.outText().contains(QLatin1String("3/3 Assign the app")));
            QVERIFY(run.outText().contains(QLatin1String("In the org now:")));
            QVERIFY(run.outText().contains(QLatin1String("holds the admin role SUPER_ADMIN")));
            QCOMPARE(run.errLines().size(), 1);
            QVERIFY(!run.outText().contains(QLatin1String("Password (shown once")));
            const Answer user = get(QStringLiteral("/api/v1/users/") + login);
            if (consent) {
                QVERIFY(
                    run.outText().contains(QLatin1String("undo 2/3 Assign the admin role SUPER_ADMIN: ok.")));
                QVERIFY(run.errText().contains(QLatin1String("everything it created was removed")));
                QCOMPARE(user.status, 404);
            } else {
                QVERIFY2(run.errText().contains(QLatin1String("Nothing was undone")), run.err.constData());
                QCOMPARE(user.status, 200);
                QCOMPARE(roleTypes(user.json.object().value(QLatin1String("id")).toString()),
                         QStringList{QStringLiteral("SUPER_ADMIN")});
            }
        }
    }

    // On a terminal the CLI asks, and undoes only after "yes". `script` (util-linux, in every
    // Debian) gives the CLI a pseudo-terminal as its stdin.
    void cliAsksOnATerminalBeforeUndoing() {
        demo::FaultOptions limited;
        limited.tooManyRequestsEvery = 1;
        limited.pathPrefix = appFault().pathPrefix;
        m_demo->setFaults(limited);
        const QString login = QStringLiteral("svc-cli-tty@demo.oktadesk.test");
        const QString command =
            QStringLiteral("'%1' onboard service-account --login %2 --email %2 --first-name Cli "
                           "--last-name Terminal --app %3 --org %4 --token-env T")
                .arg(QStringLiteral(OKTADESK_CLI_PATH), login, m_appId, m_demo.domain());
        QProcess terminal;
        terminal.setProcessEnvironment(m_env);
        QByteArray seen;
        connect(&terminal, &QProcess::readyReadStandardOutput, this,
                [&] { seen += terminal.readAllStandardOutput(); });
        terminal.start(QStringLiteral("script"),
                       {QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"), command,
                        QStringLiteral("/dev/null")});
        QTRY_VERIFY(terminal.state() == QProcess::Running);
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains("Type yes to undo"), 120000); // the 429s are waited out first
        m_demo->setFaults({});
        // Still there while the question is open.
        QCOMPARE(get(QStringLiteral("/api/v1/users/") + login).status, 200);
        terminal.write("yes\n");
        QTRY_VERIFY_WITH_TIMEOUT(terminal.state() == QProcess::NotRunning, 120000);
        QCOMPARE(terminal.exitCode(), 1);
        QVERIFY2(seen.contains("undo 1/3 Create the user"), seen.constData());
        QCOMPARE(get(QStringLiteral("/api/v1/users/") + login).status, 404);
    }

    void cliRefusesIncompleteInput() {
        const auto run = runCli({QStringLiteral("onboard"), QStringLiteral("service-account"),
                                 QStringLiteral("--login"), QStringLiteral("svc-x"), QStringLiteral("--org"),
                                 m_demo.domain(), QStringLiteral("--token-env"), QStringLiteral("T")},
                                m_env);
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errText().contains(QLatin1String("email form")));
        QVERIFY(run.errText().contains(QLatin1String("--app")));
        const auto unknown = runCli({QStringLiteral("onboard"), QStringLiteral("robot")}, m_env);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(QLatin1String("onboard service-account")));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstOnboarding)
#include "tst_onboarding.moc"

// WhoAmIJob against the demo org over loopback: the super-admin answer both ways, a refused
// credential, a garbled /users/me, and roles that cannot be read (the account still works).
#include "core/okta/authorizer.h"
#include "core/okta/oktaclient.h"
#include "core/okta/whoamijob.h"
#include "demo/demoorg.h"
#include "support/testmain.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTest>

#include <memory>

using namespace okta;

namespace {
struct Outcome {
    bool finished = false;
    WhoAmIJob::Stage stage = WhoAmIJob::Stage::Idle;
    QList<WhoAmIJob::Stage> stages;
    WhoAmI whoAmI;
    QString error;
    QString rolesError;
    int httpStatus = 0;
    bool deleted = false;
};

demo::DemoOptions smallOrg() {
    demo::DemoOptions o;
    o.users = 20;
    o.groups = 3;
    o.events = 10;
    return o;
}
} // namespace

class TstWhoAmIJob : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;

    Outcome ask(demo::DemoOrg &org, const QByteArray &token) {
        StaticAuthorizer authorizer(StaticAuthorizer::Scheme::Ssws, token);
        OktaClient client(&m_nam, org.baseUrl(), &authorizer);
        // Shared with the handlers, which a job that outlives a timed-out wait still runs.
        const auto out = std::make_shared<Outcome>();
        QPointer<WhoAmIJob> job = new WhoAmIJob(&client);
        connect(job, &WhoAmIJob::stageChanged, this, [out](WhoAmIJob::Stage s) { out->stages << s; });
        connect(job, &WhoAmIJob::finished, this, [out](WhoAmIJob *done) {
            out->finished = true;
            out->stage = done->stage();
            out->whoAmI = done->whoAmI();
            out->error = done->errorString();
            out->rolesError = done->rolesError();
            out->httpStatus = done->userResult().httpStatus;
        });
        job->start();
        if (!QTest::qWaitFor([&out] { return out->finished; }, 15000))
            out->error = QStringLiteral("test timeout");
        // It deletes itself once finished() was delivered.
        out->deleted = QTest::qWaitFor([&job] { return job.isNull(); }, 5000);
        return *out;
    }

private Q_SLOTS:
    void superAdmin() {
        demo::DemoOrg org(smallOrg());
        QVERIFY(org.start());
        const Outcome out = ask(org, org.apiToken().toUtf8());
        QCOMPARE(out.stage, WhoAmIJob::Stage::Done);
        QVERIFY(out.deleted);
        QCOMPARE(out.stages,
                 (QList{WhoAmIJob::Stage::User, WhoAmIJob::Stage::Roles, WhoAmIJob::Stage::Done}));
        QCOMPARE(out.whoAmI.login, org.adminLogin());
        QVERIFY(!out.whoAmI.userId.isEmpty());
        QVERIFY(out.whoAmI.rolesKnown);
        QCOMPARE(out.whoAmI.superAdmin(), WhoAmI::SuperAdmin::Yes);
        QVERIFY(out.whoAmI.roleTypes().contains(u"SUPER_ADMIN"_qs));
    }

    void notASuperAdmin() {
        demo::DemoOptions options = smallOrg();
        options.adminIsSuperAdmin = false;
        demo::DemoOrg org(options);
        QVERIFY(org.start());
        const Outcome out = ask(org, org.apiToken().toUtf8());
        QCOMPARE(out.stage, WhoAmIJob::Stage::Done);
        QCOMPARE(out.whoAmI.superAdmin(), WhoAmI::SuperAdmin::No);
        QVERIFY(out.whoAmI.superAdminWarning().contains(u"READ_ONLY_ADMIN"_qs));
    }

    void refusedToken() {
        demo::DemoOrg org(smallOrg());
        QVERIFY(org.start());
        const Outcome out = ask(org, "00not-the-token");
        QCOMPARE(out.stage, WhoAmIJob::Stage::Failed);
        QVERIFY(out.deleted);
        QCOMPARE(out.httpStatus, 401);
        QVERIFY2(out.error.contains(u"401"_qs) || out.error.contains(u"reauthorize"_qs),
                 qPrintable(out.error));
        QVERIFY(out.whoAmI.userId.isEmpty());
    }

    void garbledUser() {
        demo::DemoOptions options = smallOrg();
        options.faults.malformedJsonEvery = 1;
        options.faults.pathPrefix = u"/api/v1/users/me"_qs;
        demo::DemoOrg org(options);
        QVERIFY(org.start());
        const Outcome out = ask(org, org.apiToken().toUtf8());
        QCOMPARE(out.stage, WhoAmIJob::Stage::Failed);
        QCOMPARE(out.httpStatus, 200);
        QVERIFY2(out.error.contains(u"not valid JSON"_qs), qPrintable(out.error));
    }

    void rolesUnreadable() {
        demo::DemoOrg org(smallOrg());
        QVERIFY(org.start());
        // Find the id first, then break only its roles.
        const Outcome first = ask(org, org.apiToken().toUtf8());
        QVERIFY(!first.whoAmI.userId.isEmpty());
        demo::FaultOptions faults;
        faults.serverErrorEvery = 1;
        faults.pathPrefix = u"/api/v1/users/%1/roles"_qs.arg(first.whoAmI.userId);
        org.setFaults(faults);
        const Outcome out = ask(org, org.apiToken().toUtf8());
        QCOMPARE(out.stage, WhoAmIJob::Stage::Done);
        QCOMPARE(out.whoAmI.login, org.adminLogin());
        QVERIFY(!out.whoAmI.rolesKnown);
        QCOMPARE(out.whoAmI.superAdmin(), WhoAmI::SuperAdmin::Unknown);
        QVERIFY2(out.rolesError.contains(u"internal error"_qs), qPrintable(out.rolesError));
    }

    void cancelEndsQuietly() {
        demo::DemoOptions options = smallOrg();
        options.faults.slowResponseMs = 300;
        demo::DemoOrg org(options);
        QVERIFY(org.start());
        StaticAuthorizer authorizer(StaticAuthorizer::Scheme::Ssws, org.apiToken().toUtf8());
        OktaClient client(&m_nam, org.baseUrl(), &authorizer);
        QPointer<WhoAmIJob> job = new WhoAmIJob(&client);
        bool finished = false;
        connect(job, &WhoAmIJob::finished, this, [&finished] { finished = true; });
        job->start();
        job->cancel();
        QTRY_VERIFY(job.isNull());
        QTest::qWait(500);
        QVERIFY(!finished);
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstWhoAmIJob)
#include "tst_whoamijob.moc"

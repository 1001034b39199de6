// The pure parts of service-account onboarding: the request's checks against Okta's default
// user schema, the naming convention, the generated password against Okta's default password
// policy (checked here by plain code), and the readings of Okta's answers (the spec's own
// examples where there are some).
#include "core/okta/oktaresult.h"
#include "core/onboarding/adminaccounts.h"
#include "core/onboarding/footprint.h"
#include "core/onboarding/serviceaccountrequest.h"
#include "core/onboarding/servicepassword.h"
#include "core/values/adminrole.h"
#include "support/testdata.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace okta;

namespace {

using okta::test::example;

ServiceAccountRequest valid() {
    ServiceAccountRequest r;
    r.login = QStringLiteral("svc-okta-workflows@acme.com");
    r.email = QStringLiteral("it-ops@acme.com");
    r.firstName = QStringLiteral("Okta Workflows");
    r.lastName = QStringLiteral("Service Account");
    r.appId = QStringLiteral("0oa1");
    r.appLabel = QStringLiteral("Okta Workflows OAuth");
    return r;
}

QList<ServiceAccountRequest::Field> fields(const ServiceAccountRequest &r) {
    QList<ServiceAccountRequest::Field> out;
    for (const auto &p : r.problems())
        out << p.field;
    return out;
}

OktaResult failed(Failure failure, int status = 0) {
    OktaResult r;
    r.failure = failure;
    r.httpStatus = status;
    return r;
}

} // namespace

class TstOnboardingValues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aValidRequestHasNoProblems() {
        QVERIFY(valid().problems().isEmpty());
        QCOMPARE(valid().roleType, QStringLiteral("SUPER_ADMIN"));
    }

    void eachFieldIsCheckedAgainstTheDefaultSchema() {
        using F = ServiceAccountRequest::Field;
        const QString tooLong = QString(95, u'a') + QStringLiteral("@x.com");
        const struct {
            const char *what;
            std::function<void(ServiceAccountRequest &)> change;
            F field;
        } cases[] = {
            {"empty login", [](auto &r) { r.login.clear(); }, F::Login},
            {"login not an email", [](auto &r) { r.login = QStringLiteral("svc-workflows"); }, F::Login},
            {"login too long", [&](auto &r) { r.login = tooLong; }, F::Login},
            {"login too short", [](auto &r) { r.login = QStringLiteral("a@b"); }, F::Login},
            {"emoji in login", [](auto &r) { r.login = QStringLiteral("svc-\U0001F600@acme.com"); },
             F::Login},
            {"email not an email", [](auto &r) { r.email = QStringLiteral("it ops@acme"); }, F::Email},
            {"empty first name", [](auto &r) { r.firstName = QStringLiteral("  "); }, F::FirstName},
            {"long last name", [](auto &r) { r.lastName = QString(51, u'x'); }, F::LastName},
            {"custom role", [](auto &r) { r.roleType = QStringLiteral("CUSTOM"); }, F::Role},
            {"unknown role", [](auto &r) { r.roleType = QStringLiteral("GOD_MODE"); }, F::Role},
            {"no app", [](auto &r) { r.appId.clear(); }, F::App},
        };
        for (const auto &c : cases) {
            ServiceAccountRequest r = valid();
            c.change(r);
            QCOMPARE(fields(r), QList<F>{c.field});
            QVERIFY2(!r.problemFor(c.field).isEmpty(), c.what);
        }
        // Fifty characters and a BMP letter are fine.
        ServiceAccountRequest r = valid();
        r.lastName = QString(50, u'\u00e9');
        QVERIFY(r.problems().isEmpty());
    }

    void theBodyCarriesTheProfileAndOnlyAGeneratedPassword() {
        ServiceAccountRequest r = valid();
        r.login = QStringLiteral("  svc-okta-workflows@acme.com ");
        const QJsonObject body = r.createUserBody("Pa55-word!xyz");
        const QJsonObject profile = body.value(QLatin1String("profile")).toObject();
        QCOMPARE(profile.value(QLatin1String("login")).toString(),
                 QStringLiteral("svc-okta-workflows@acme.com"));
        QCOMPARE(profile.value(QLatin1String("email")).toString(), QStringLiteral("it-ops@acme.com"));
        QCOMPARE(profile.value(QLatin1String("firstName")).toString(), QStringLiteral("Okta Workflows"));
        QCOMPARE(profile.value(QLatin1String("userType")).toString(), QStringLiteral("service"));
        QCOMPARE(body.value(QLatin1String("credentials"))
                     .toObject()
                     .value(QLatin1String("password"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 QStringLiteral("Pa55-word!xyz"));
        r.password = ServiceAccountRequest::Password::ActivationEmail;
        QVERIFY(!r.createUserBody("ignored").contains(QLatin1String("credentials")));
    }

    void theNamingConvention() {
        const ServiceAccountRequest r = ServiceAccountRequest::suggested(
            ServiceAccountRequest::domainOf(QStringLiteral("admin@acme.com")));
        QCOMPARE(r.login, QStringLiteral("svc-okta-workflows@acme.com"));
        QCOMPARE(r.firstName, QStringLiteral("Okta Workflows"));
        QCOMPARE(r.lastName, QStringLiteral("Service Account"));
        QCOMPARE(ServiceAccountRequest::suggested(QStringLiteral("acme.com"),
                                                  QStringLiteral("Nightly Report Sync!"))
                     .login,
                 QStringLiteral("svc-nightly-report-sync@acme.com"));
        QVERIFY(ServiceAccountRequest::looksLikeServiceLogin(r.login));
        QVERIFY(ServiceAccountRequest::looksLikeServiceLogin(QStringLiteral("SVC_backup@acme.com")));
        QVERIFY(!ServiceAccountRequest::looksLikeServiceLogin(QStringLiteral("svcardoso@acme.com")));
        QVERIFY(!ServiceAccountRequest::looksLikeServiceLogin(QStringLiteral("admin@acme.com")));
        QVERIFY(ServiceAccountRequest::domainOf(QStringLiteral("nobody")).isEmpty());
    }

    void theRoleWarningIsPlain() {
        ServiceAccountRequest r = valid();
        QVERIFY(r.roleWarning().contains(QLatin1String("most powerful role")));
        r.roleType = QStringLiteral("READ_ONLY_ADMIN");
        QVERIFY(r.roleWarning().contains(QLatin1String("cannot authorize")));
        QCOMPARE(AdminRole::standardTypes().first(), QStringLiteral("SUPER_ADMIN"));
        QVERIFY(!AdminRole::standardTypes().contains(QStringLiteral("CUSTOM")));
    }

    // Okta's default policy, as its spec's PasswordPolicyPasswordSettingsComplexity defaults
    // state it, checked on many passwords by code that shares nothing with the generator.
    void generatedPasswordsMeetTheDefaultPolicy() {
        const ServiceAccountRequest r = valid();
        const QStringList personal = r.personalWords();
        QCOMPARE(personal,
                 (QStringList{QStringLiteral("svc-okta-workflows"), QStringLiteral("Okta Workflows"),
                              QStringLiteral("Service Account")}));
        QSet<QByteArray> seen;
        for (int i = 0; i < 2000; ++i) {
            const QByteArray p = generateServicePassword(personal + QStringList{QStringLiteral("abc")});
            QCOMPARE(p.size(), 24);
            int lower = 0, upper = 0, digit = 0, symbol = 0;
            for (qsizetype k = 0; k < p.size(); ++k) {
                const char c = p[k];
                QVERIFY(c > 32 && c < 127);
                lower += c >= 'a' && c <= 'z';
                upper += c >= 'A' && c <= 'Z';
                digit += c >= '0' && c <= '9';
                symbol += !std::isalnum(static_cast<unsigned char>(c));
                if (k > 0)
                    QVERIFY2(p[k] != p[k - 1], p.constData());
            }
            QVERIFY2(lower && upper && digit && symbol, p.constData());
            QVERIFY(!QString::fromLatin1(p).contains(QLatin1String("abc"), Qt::CaseInsensitive));
            seen.insert(p);
        }
        QCOMPARE(seen.size(), 2000);
    }

    void aWriteWhoseOutcomeIsOpenIsReadBack() {
        QVERIFY(readback::outcomeUncertain(failed(Failure::Http, 500)));
        QVERIFY(readback::outcomeUncertain(failed(Failure::Http, 503)));
        QVERIFY(readback::outcomeUncertain(failed(Failure::Network)));
        QVERIFY(readback::outcomeUncertain(failed(Failure::Timeout)));
        QVERIFY(readback::outcomeUncertain(failed(Failure::MalformedJson, 200)));
        QVERIFY(!readback::outcomeUncertain(failed(Failure::Http, 400)));
        QVERIFY(!readback::outcomeUncertain(failed(Failure::Http, 403)));
        QVERIFY(!readback::outcomeUncertain(failed(Failure::RateLimited, 429)));
        QVERIFY(!readback::outcomeUncertain(failed(Failure::InvalidRequest)));
        QCOMPARE(readback::presenceOf(failed(Failure::None, 200)), Presence::Present);
        QCOMPARE(readback::presenceOf(failed(Failure::Http, 404)), Presence::Absent);
        QCOMPARE(readback::presenceOf(failed(Failure::Http, 500)), Presence::Unknown);
        QCOMPARE(readback::presenceOf(failed(Failure::Network)), Presence::Unknown);
    }

    void rolesAreFoundByIdOrByDirectType() {
        OktaResult roles;
        roles.body = example("roles-standard-and-custom.json");
        QString id;
        QCOMPARE(readback::roleIn(roles, QStringLiteral("ORG_ADMIN"), QString(), &id), Presence::Present);
        QCOMPARE(id, QStringLiteral("ra125eqBFpETrMwu80g4"));
        QCOMPARE(readback::roleIn(roles, QStringLiteral("SUPER_ADMIN"), QString(), &id), Presence::Absent);
        // A known assignment id wins over the type.
        QCOMPARE(readback::roleIn(roles, QStringLiteral("ORG_ADMIN"), QStringLiteral("IFIFAX2BIRGUSTQ"), &id),
                 Presence::Present);
        QCOMPARE(id, QStringLiteral("IFIFAX2BIRGUSTQ"));
        roles.body = example("role-super-admin.json");
        roles.body = "[" + roles.body + "]";
        QCOMPARE(readback::roleIn(roles, QStringLiteral("SUPER_ADMIN"), QString(), &id), Presence::Present);
        // A role held through a group is not this onboarding's to remove; an inactive one is not held.
        roles.body = R"([{"id":"g1","type":"SUPER_ADMIN","status":"ACTIVE","assignmentType":"GROUP"},
                         {"id":"i1","type":"SUPER_ADMIN","status":"INACTIVE","assignmentType":"USER"}])";
        QCOMPARE(readback::roleIn(roles, QStringLiteral("SUPER_ADMIN"), QString(), &id), Presence::Absent);
        roles.body = "not json";
        QCOMPARE(readback::roleIn(roles, QStringLiteral("SUPER_ADMIN"), QString(), &id), Presence::Unknown);
        QCOMPARE(readback::roleIn(failed(Failure::Http, 500), QStringLiteral("SUPER_ADMIN"), QString(), &id),
                 Presence::Unknown);
    }

    void theSpecsUserReadsBack() {
        const auto account =
            readback::Account::fromJson(QJsonDocument::fromJson(example("user-example.json")));
        QCOMPARE(account.id, QStringLiteral("00ub0oNGTSWTBKOLGLNR"));
        QCOMPARE(account.login, QStringLiteral("isaac.brock@example.com"));
        QCOMPARE(account.status, QStringLiteral("ACTIVE"));
        QVERIFY(account.transitioningToStatus.isEmpty());
    }

    void theSpecsAssigneesPage() {
        QUrl next;
        const QStringList ids =
            AdminAccount::assigneeIds(QJsonDocument::fromJson(example("role-assignees.json")), &next);
        QCOMPARE(ids, QStringList{QStringLiteral("00u118oQYT4TBGuay0g4")});
        QCOMPARE(next.path(), QStringLiteral("/api/v1/iam/assignees/users"));
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("after")),
                 QStringLiteral("00u118oQYT4TBGuay0g4"));
        AdminAccount person;
        person.login = QStringLiteral("pat@acme.com");
        person.roleTypes = {QStringLiteral("SUPER_ADMIN")};
        QVERIFY(person.isSuperAdmin());
        QVERIFY(!person.looksLikeServiceAccount());
        person.userType = QStringLiteral("Service");
        QVERIFY(person.looksLikeServiceAccount());
    }

    void theFootprintSaysWhatExists() {
        const ServiceAccountRequest r = valid();
        Footprint f;
        QCOMPARE(f.describe(r), QStringLiteral("Nothing was created in the org."));
        f.user = Presence::Present;
        f.userId = QStringLiteral("00u1");
        f.userStatus = QStringLiteral("ACTIVE");
        f.role = Presence::Present;
        f.roleAssignmentId = QStringLiteral("ra1");
        f.app = Presence::Unknown;
        const QStringList lines = f.describe(r).split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].contains(QLatin1String("svc-okta-workflows@acme.com")) &&
                lines[0].contains(QLatin1String("00u1")));
        QVERIFY(lines[1].contains(QLatin1String("SUPER_ADMIN")) && lines[1].contains(QLatin1String("ra1")));
        QVERIFY(lines[2].contains(QLatin1String("may be assigned")));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstOnboardingValues)
#include "tst_onboardingvalues.moc"

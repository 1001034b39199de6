// "Who am I" and admin roles parsed from Okta's own examples (tests/data/okta, copied from
// the management API spec), and from broken answers that must be refused with a reason.
#include "core/values/adminrole.h"
#include "core/values/whoami.h"
#include "support/testdata.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace okta;

namespace {
using okta::test::example;
} // namespace

class TstWhoAmI : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTheSpecsUser() {
        QString error;
        const auto me = WhoAmI::parseUser(example("user-example.json"), &error);
        QVERIFY2(me, qPrintable(error));
        QCOMPARE(me->userId, QStringLiteral("00ub0oNGTSWTBKOLGLNR"));
        QCOMPARE(me->login, QStringLiteral("isaac.brock@example.com"));
        QCOMPARE(me->name, QStringLiteral("Isaac Brock"));
        QCOMPARE(me->displayName(), QStringLiteral("Isaac Brock (isaac.brock@example.com)"));
        // Without its roles nobody can tell: the answer is Unknown, and the warning says so.
        QVERIFY(!me->rolesKnown);
        QCOMPARE(me->superAdmin(), WhoAmI::SuperAdmin::Unknown);
        QVERIFY(me->superAdminWarning().contains(QLatin1String("could not tell")));
    }

    void nameFallsBackToDisplayName() {
        const auto me = WhoAmI::parseUser(
            R"({"id":"00u1","profile":{"login":"svc@acme.com","displayName":"Service account"}})");
        QVERIFY(me);
        QCOMPARE(me->name, QStringLiteral("Service account"));
        const auto bare = WhoAmI::parseUser(R"({"id":"00u2","profile":{"login":"a@b.c"}})");
        QVERIFY(bare);
        QCOMPARE(bare->displayName(), QStringLiteral("a@b.c"));
    }

    void refusesWhatIsNotAUser_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_qs;
        QTest::newRow("html") << QByteArray("<html>Service unavailable</html>") << u"not valid JSON"_qs;
        QTest::newRow("truncated") << example("user-example.json").left(200) << u"not valid JSON"_qs;
        QTest::newRow("array") << QByteArray("[]") << u"not a user object"_qs;
        QTest::newRow("no id") << QByteArray(R"({"profile":{"login":"a@b.c"}})") << u"carried no id"_qs;
        QTest::newRow("id not text") << QByteArray(R"({"id":42})") << u"carried no id"_qs;
    }

    void refusesWhatIsNotAUser() {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QString error;
        QVERIFY(!WhoAmI::parseUser(json, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void parsesTheSpecsRoles() {
        QString error;
        const auto roles = AdminRole::parseList(example("roles-standard.json"), &error);
        QVERIFY2(roles, qPrintable(error));
        QCOMPARE(roles->size(), 4);
        QCOMPARE(roles->at(0).id, QStringLiteral("IFIFAX2BIRGUSTQ"));
        QCOMPARE(roles->at(0).type, QStringLiteral("APP_ADMIN"));
        QCOMPARE(roles->at(0).label, QStringLiteral("Application administrator"));
        QCOMPARE(roles->at(0).status, QStringLiteral("ACTIVE"));
        QCOMPARE(roles->at(0).assignmentType, QStringLiteral("USER"));
        // The spec's last example misspells its keys ("assignmentType\""): the role still
        // counts, the misspelt field stays empty.
        QCOMPARE(roles->at(3).type, QStringLiteral("API_ACCESS_MANAGEMENT_ADMIN"));
        QCOMPARE(roles->at(3).assignmentType, QString());

        WhoAmI me = *WhoAmI::parseUser(example("user-example.json"));
        me.setRoles(*roles);
        QCOMPARE(me.superAdmin(), WhoAmI::SuperAdmin::No);
        const QString warning = me.superAdminWarning();
        QVERIFY2(warning.contains(QLatin1String("APP_ADMIN, HELP_DESK_ADMIN, ORG_ADMIN, "
                                                "API_ACCESS_MANAGEMENT_ADMIN")),
                 qPrintable(warning));
        for (const char *what : {"granting", "admin roles", "service accounts"})
            QVERIFY2(warning.contains(QLatin1String(what)), qPrintable(warning));
    }

    void customRolesAreListedOnce() {
        const auto roles = AdminRole::parseList(example("roles-standard-and-custom.json"));
        QVERIFY(roles);
        QCOMPARE(roles->size(), 6);
        WhoAmI me;
        me.setRoles(*roles);
        QCOMPARE(me.roleTypes(), (QStringList{u"APP_ADMIN"_qs, u"HELP_DESK_ADMIN"_qs, u"ORG_ADMIN"_qs,
                                              u"API_ACCESS_MANAGEMENT_ADMIN"_qs, u"CUSTOM"_qs}));
        QCOMPARE(me.superAdmin(), WhoAmI::SuperAdmin::No);
    }

    void superAdminFromTheSpecsAssignment() {
        // The spec's single SUPER_ADMIN assignment, as the list endpoint returns it.
        const QByteArray assignment = example("role-super-admin.json");
        const auto roles = AdminRole::parseList(
            '[' + example("roles-standard.json").trimmed().mid(1).chopped(1) + ',' + assignment + ']');
        QVERIFY(roles);
        QCOMPARE(roles->size(), 5);
        QVERIFY(roles->last().isSuperAdmin());
        WhoAmI me;
        me.setRoles(*roles);
        QCOMPARE(me.superAdmin(), WhoAmI::SuperAdmin::Yes);
        QVERIFY(me.superAdminWarning().isEmpty());

        // An inactive assignment grants nothing.
        QByteArray inactive = assignment;
        inactive.replace("\"ACTIVE\"", "\"INACTIVE\"");
        me.setRoles(*AdminRole::parseList('[' + inactive + ']'));
        QCOMPARE(me.superAdmin(), WhoAmI::SuperAdmin::No);
    }

    void noRolesAtAll() {
        WhoAmI me;
        me.setRoles(*AdminRole::parseList("[]"));
        QCOMPARE(me.superAdmin(), WhoAmI::SuperAdmin::No);
        QVERIFY(me.superAdminWarning().contains(QLatin1String("no admin roles")));
    }

    void refusesWhatIsNotARoleList_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage") << u"not valid JSON"_qs;
        QTest::newRow("error body") << QByteArray(R"({"errorCode":"E0000006"})") << u"not a list"_qs;
        QTest::newRow("numbers") << QByteArray("[1,2]") << u"not a role"_qs;
    }

    void refusesWhatIsNotARoleList() {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QString error;
        QVERIFY(!AdminRole::parseList(json, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstWhoAmI)
#include "tst_whoami.moc"

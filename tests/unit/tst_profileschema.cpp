// Profile schemas read from Okta's own examples (tests/data/okta, from the management API
// spec), what an admin types turned into the attribute's JSON value, and the plan of a bulk
// group attribute update built from a user's groups.
#include "core/values/groupattributeplan.h"
#include "core/values/profileschema.h"
#include "core/values/user.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace okta;

namespace {
QByteArray example(const char *name) {
    QFile file(QFileInfo(QStringLiteral(OKTADESK_SPEC_DIGEST)).dir().filePath(QStringLiteral("okta/")) +
               QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

SchemaAttribute attribute(const char *type, const char *itemType = nullptr) {
    SchemaAttribute a;
    a.name = QStringLiteral("x");
    a.type = QLatin1String(type);
    if (itemType)
        a.itemType = QLatin1String(itemType);
    return a;
}

Group group(const char *id, const char *type, const QJsonObject &profile) {
    QJsonObject o;
    o.insert(QStringLiteral("id"), QLatin1String(id));
    o.insert(QStringLiteral("type"), QLatin1String(type));
    o.insert(QStringLiteral("profile"), profile);
    const Parsed<Group> parsed = Group::parseObject(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!parsed.ok())
        qFatal("bad test group: %s", qPrintable(parsed.error));
    return parsed.rows.constFirst();
}
} // namespace

class TstProfileSchema : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsTheSpecsUserSchema() {
        QString error;
        const auto schema = ProfileSchema::parse(example("user-schema.json"), &error);
        QVERIFY2(schema, qPrintable(error));
        // Base first (name order), then custom.
        QStringList names;
        for (const SchemaAttribute &a : schema->attributes)
            names.append(a.name);
        QCOMPARE(names, (QStringList{QStringLiteral("email"), QStringLiteral("firstName"),
                                     QStringLiteral("lastName"), QStringLiteral("login"),
                                     QStringLiteral("salesforceUserName")}));
        const SchemaAttribute *custom = schema->find(QStringLiteral("salesforceUserName"));
        QVERIFY(custom);
        QVERIFY(custom->custom);
        QCOMPARE(custom->title, QStringLiteral("Salesforce username"));
        QCOMPARE(custom->type, QStringLiteral("string"));
        QCOMPARE(custom->label(), QStringLiteral("Salesforce username (salesforceUserName)"));
        QVERIFY(!schema->find(QStringLiteral("login"))->custom);
        QCOMPARE(schema->customAttributes().size(), 1);
    }

    void readsTheSpecsGroupSchema() {
        const auto schema = ProfileSchema::parse(example("group-schema.json"));
        QVERIFY(schema);
        QCOMPARE(schema->attributes.size(), 1); // the example's base lists no properties
        QCOMPARE(schema->attributes.first().name, QStringLiteral("groupContact"));
        QVERIFY(schema->attributes.first().custom);
        QVERIFY(!schema->attributes.first().readOnly);
    }

    void refusesWhatIsNotASchema() {
        QString error;
        QVERIFY(!ProfileSchema::parse("[1,2]", &error));
        QVERIFY(error.contains(QStringLiteral("no definitions")));
        QVERIFY(!ProfileSchema::parse("{\"definitions\":", &error));
        QVERIFY(error.contains(QStringLiteral("not valid JSON")));
    }

    void typedTextBecomesTheAttributesValue() {
        QString error;
        QCOMPARE(*attribute("string").valueFromText(QStringLiteral(" CC-10 "), &error),
                 QJsonValue(QStringLiteral(" CC-10 ")));
        QCOMPARE(*attribute("boolean").valueFromText(QStringLiteral("TRUE"), &error), QJsonValue(true));
        QCOMPARE(*attribute("integer").valueFromText(QStringLiteral("42"), &error), QJsonValue(42));
        QCOMPARE(*attribute("number").valueFromText(QStringLiteral("2.5"), &error), QJsonValue(2.5));
        QCOMPARE(*attribute("array", "string").valueFromText(QStringLiteral("a, b,,c"), &error),
                 QJsonValue(QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(*attribute("array", "integer").valueFromText(QStringLiteral("[1, 2]"), &error),
                 QJsonValue(QJsonArray{1, 2}));
        // Empty clears the attribute, whatever its type.
        QVERIFY(attribute("boolean").valueFromText(QStringLiteral("  "), &error)->isNull());
    }

    void textThatDoesNotFitIsRefusedWithAReason() {
        QString error;
        QVERIFY(!attribute("boolean").valueFromText(QStringLiteral("yes"), &error));
        QCOMPARE(error, QStringLiteral("x takes true or false, not \u201cyes\u201d."));
        QVERIFY(!attribute("integer").valueFromText(QStringLiteral("4.5"), &error));
        QVERIFY(error.contains(QStringLiteral("whole number")));
        QVERIFY(!attribute("array", "integer").valueFromText(QStringLiteral("1, two"), &error));
        QVERIFY(error.contains(QStringLiteral("two")));
        SchemaAttribute region = attribute("string");
        region.allowed = {QJsonValue(QStringLiteral("EMEA")), QJsonValue(QStringLiteral("APAC"))};
        QVERIFY(region.valueFromText(QStringLiteral("APAC"), &error));
        QVERIFY(!region.valueFromText(QStringLiteral("Mars"), &error));
        QCOMPARE(error, QStringLiteral("x takes one of: EMEA, APAC."));
    }

    void valuesReadAsText() {
        QCOMPARE(profileValueText(QJsonValue()), QString());
        QCOMPARE(profileValueText(QJsonValue(QJsonValue::Undefined)), QString());
        QCOMPARE(profileValueText(QJsonValue(3.0)), QStringLiteral("3"));
        QCOMPARE(profileValueText(QJsonValue(false)), QStringLiteral("false"));
        QCOMPARE(profileValueText(QJsonArray{QStringLiteral("SQL"), 2}), QStringLiteral("SQL, 2"));
        // From an object's bytes: arrays as items, null empty, absent empty.
        const Parsed<User> users = User::parsePage(
            R"([{"id":"00u1","profile":{"login":"a@b.c","skills":["Go","SQL"],"mobilePhone":null}}])");
        QVERIFY(users.ok());
        const RawJson &raw = users.rows.first().raw;
        QCOMPARE(profileText(raw, QStringLiteral("skills")), QStringLiteral("Go, SQL"));
        QCOMPARE(profileText(raw, QStringLiteral("mobilePhone")), QString());
        QCOMPARE(profileText(raw, QStringLiteral("nothing")), QString());
        const auto entries = profileEntries(raw);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0), qMakePair(QStringLiteral("login"), QStringLiteral("a@b.c")));
    }

    void membersCountComesWithExpandStats() {
        const Parsed<Group> groups = Group::parsePage(
            R"([{"id":"00g1","type":"OKTA_GROUP","profile":{"name":"A"},"_embedded":{"stats":{"usersCount":12}}},
                {"id":"00g2","type":"APP_GROUP","profile":{"name":"B"}}])");
        QVERIFY2(groups.ok(), qPrintable(groups.error));
        QCOMPARE(groups.rows.at(0).usersCount, 12);
        QCOMPARE(groups.rows.at(1).usersCount, -1);
        QVERIFY(groups.rows.at(0).isProfileEditable());
        QVERIFY(!groups.rows.at(1).isProfileEditable());
        QVERIFY(!Group::parseObject("[]").ok());
        QVERIFY(Group::parseObject("[]").error.contains(QStringLiteral("Group object")));
    }

    void planSkipsAppAndBuiltInGroupsAndSeesWhatIsSet() {
        const QList<Group> groups = {
            group("00g0", "BUILT_IN", {{QStringLiteral("name"), QStringLiteral("Everyone")}}),
            group("00g1", "APP_GROUP", {{QStringLiteral("name"), QStringLiteral("HR (imported)")}}),
            group("00g2", "OKTA_GROUP",
                  {{QStringLiteral("name"), QStringLiteral("Sales")},
                   {QStringLiteral("costCenter"), QStringLiteral("CC-1")}}),
            group("00g3", "OKTA_GROUP",
                  {{QStringLiteral("name"), QStringLiteral("Ops")},
                   {QStringLiteral("costCenter"), QStringLiteral("CC-9")}}),
            group("00g4", "OKTA_GROUP", {{QStringLiteral("name"), QStringLiteral("New")}}),
        };
        using A = GroupAttributeChange::Action;
        const GroupAttributePlan plan = GroupAttributePlan::make(
            QStringLiteral("00u1"), QStringLiteral("a@b.c"), QStringLiteral("costCenter"),
            QJsonValue(QStringLiteral("CC-9")), groups);
        QCOMPARE(plan.changes.size(), 5);
        QCOMPARE(plan.changes.at(0).action, A::SkipBuiltIn);
        QCOMPARE(plan.changes.at(1).action, A::SkipAppGroup);
        QCOMPARE(plan.changes.at(2).action, A::Update);
        QCOMPARE(plan.changes.at(2).current, QJsonValue(QStringLiteral("CC-1")));
        QCOMPARE(plan.changes.at(3).action, A::Unchanged);
        QCOMPARE(plan.changes.at(4).action, A::Update);
        QVERIFY(plan.changes.at(4).current.isUndefined());
        QCOMPARE(
            plan.previewSummary(),
            QStringLiteral("5 group(s): 2 to update, 1 already set, 2 skipped (app or built-in groups, which "
                           "Okta does not let you edit)"));
        // Clearing: an absent value is already clear.
        const GroupAttributePlan clear = GroupAttributePlan::make({}, {}, QStringLiteral("costCenter"),
                                                                  QJsonValue(QJsonValue::Null), groups);
        QCOMPARE(clear.changes.at(4).action, A::Unchanged);
        QCOMPARE(clear.changes.at(2).action, A::Update);
        QVERIFY(GroupAttributePlan::sameValue(QJsonValue(QJsonValue::Undefined), QJsonValue()));
        QVERIFY(!GroupAttributePlan::sameValue(QJsonValue(1), QJsonValue(QStringLiteral("1"))));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstProfileSchema)
#include "tst_profileschema.moc"

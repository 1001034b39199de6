// The demo org's SCIM evaluator against one sample event, under both of Okta's value-case
// rules: `filter` compares values exactly, `search` and System Log keywords ignore case.
#include "demo/scimevaluate.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject sampleEvent() {
    const char json[] = R"({
        "eventType": "user.session.start", "severity": "WARN",
        "published": "2026-05-01T12:00:00.000Z",
        "outcome": {"result": "FAILURE", "reason": null},
        "actor": {"id": "00u1", "alternateId": "Admin@Example.com", "displayName": "Ann Admin"},
        "target": [{"id": "00uA", "type": "User"}, {"id": "0oaB", "type": "AppInstance"}],
        "securityContext": {"isProxy": false},
        "debugContext": {"debugData": {"risk": 3, "empty": ""}},
        "client": {"geographicalContext": {"country": "United States"}}
    })";
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestScimEvaluate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // listUsers `filter`: "Filtering is case-sensitive for property names and query values,
    // while operators are case-insensitive." listUsers `search`: "string values are case
    // insensitive". The same tree, evaluated under each rule.
    void evaluate_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("sensitive");
        QTest::addColumn<bool>("insensitive");
        auto row = [](const char *name, const QString &f, bool sensitive, bool insensitive) {
            QTest::newRow(name) << f << sensitive << insensitive;
        };
        row("eq other case", u"eventType eq \"USER.SESSION.START\""_s, false, true);
        row("eq whole value", u"eventType eq \"user.session\""_s, false, false);
        row("sw", u"eventType sw \"USER.session\""_s, false, true);
        row("ew", u"eventType ew \"START\""_s, false, true);
        row("co", u"eventType co \"sess\""_s, true, true);
        row("co miss", u"eventType co \"xyz\""_s, false, false);
        row("ne equal", u"eventType ne \"user.session.start\""_s, false, false);
        row("eq email", u"actor.alternateId eq \"admin@example.com\""_s, false, true);
        row("multi any", u"target.id eq \"0oaB\""_s, true, true);
        row("multi both", u"target.id eq \"00uA\" and target.id eq \"0oaB\""_s, true, true);
        row("multi ne some equal", u"target.id ne \"00uA\""_s, false, false);
        row("multi ne none equal", u"target.id ne \"zzz\""_s, true, true);
        row("multi type", u"target.type eq \"user\""_s, false, true);
        row("date gt", u"published gt \"2026-04-30T23:59:59Z\""_s, true, true);
        row("date lt", u"published lt \"2026-05-01T12:00:00.001Z\""_s, true, true);
        row("date ge equal", u"published ge \"2026-05-01T12:00:00.000Z\""_s, true, true);
        row("date le prefix", u"published le \"2026-05-01\""_s, false, false);
        row("number gt", u"debugContext.debugData.risk gt 2"_s, true, true);
        row("number ge", u"debugContext.debugData.risk ge 3"_s, true, true);
        row("number lt", u"debugContext.debugData.risk lt 3"_s, false, false);
        row("number le", u"debugContext.debugData.risk le 3.0"_s, true, true);
        row("number eq", u"debugContext.debugData.risk eq 3"_s, true, true);
        row("number not lexical", u"debugContext.debugData.risk gt 10"_s, false, false);
        row("number vs string", u"debugContext.debugData.risk eq \"3\""_s, false, false);
        row("string vs number", u"eventType gt 5"_s, false, false);
        row("bool eq", u"securityContext.isProxy eq false"_s, true, true);
        row("bool eq other", u"securityContext.isProxy eq true"_s, false, false);
        row("bool ne", u"securityContext.isProxy ne true"_s, true, true);
        row("pr null", u"outcome.reason pr"_s, false, false);
        row("pr value", u"outcome.result pr"_s, true, true);
        row("pr missing", u"nothing.here pr"_s, false, false);
        row("pr empty string", u"debugContext.debugData.empty pr"_s, false, false);
        row("pr multi", u"target.id pr"_s, true, true);
        row("eq null on null", u"outcome.reason eq null"_s, true, true);
        row("eq null on missing", u"nothing.here eq null"_s, true, true);
        row("eq null on value", u"outcome.result eq null"_s, false, false);
        row("ne null on value", u"outcome.result ne null"_s, true, true);
        row("missing ne", u"nothing.here ne \"x\""_s, true, true);
        row("missing eq", u"nothing.here eq \"x\""_s, false, false);
        row("missing gt", u"nothing.here gt \"a\""_s, false, false);
        row("not", u"not (eventType eq \"x\")"_s, true, true);
        row("not true", u"not (eventType pr)"_s, false, false);
        row("and binds tighter", u"eventType eq \"x\" and severity eq \"WARN\" or actor.id eq \"00u1\""_s,
            true, true);
        row("parens change it", u"eventType eq \"x\" and (severity eq \"WARN\" or actor.id eq \"00u1\")"_s,
            false, false);
        row("or both false", u"severity eq \"INFO\" or outcome.result eq \"SUCCESS\""_s, false, false);
        row("nested country", u"client.geographicalContext.country co \"states\""_s, false, true);
        row("exact case", u"actor.alternateId eq \"Admin@Example.com\""_s, true, true);
        row("ne other case", u"eventType ne \"USER.SESSION.START\""_s, true, false);
        row("lt other case", u"severity lt \"warn\""_s, true, false);
        row("operator case", u"eventType EQ \"user.session.start\""_s, true, true);
    }

    void evaluate() {
        QFETCH(QString, filter);
        QFETCH(bool, sensitive);
        QFETCH(bool, insensitive);
        const QJsonObject event = sampleEvent();
        const demo::FilterResolver resolve = [&event](QStringView path, demo::FilterValues &out) {
            demo::resolveJsonPath(event, path, out);
        };
        const okta::scim::ParseResult r = okta::scim::parse(filter);
        QVERIFY2(r.ok(), r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(demo::evaluateFilter(*r.root, resolve, demo::ValueCase::Sensitive), sensitive);
        QCOMPARE(demo::evaluateFilter(*r.root, resolve, demo::ValueCase::Insensitive), insensitive);
    }

    // Attribute names are case-sensitive under both rules: "Property names in the search
    // parameter are case sensitive".
    void attributeNamesKeepTheirCase() {
        const QJsonObject event = sampleEvent();
        demo::FilterValues values;
        demo::resolveJsonPath(event, u"EventType", values);
        QVERIFY(values.isEmpty());
        demo::resolveJsonPath(event, u"target.id", values);
        QCOMPARE(values.size(), 2);
    }
};

OKTADESK_TEST_GUILESS_MAIN(TestScimEvaluate)
#include "tst_scimevaluate.moc"

#include "core/logs/scimfilter.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace okta::scim;

class TestScimFilter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void quote_data();
    void quote();
    void operatorNames();
    void attributePaths();
    void precedenceTree();
};

void TestScimFilter::parse_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("canonical"); // on success
    QTest::addColumn<int>("position");      // on failure
    QTest::addColumn<QString>("message");   // substring of the error, on failure

    auto good = [](const char *name, const QString &in, const QString &canonical) {
        QTest::newRow(name) << in << true << canonical << -1 << QString();
    };
    auto bad = [](const char *name, const QString &in, int pos, const QString &msg) {
        QTest::newRow(name) << in << false << QString() << pos << msg;
    };
    const QString q = QStringLiteral("a eq \"x\"");

    good("eq", u"eventType eq \"user.session.start\""_qs, u"eventType eq \"user.session.start\""_qs);
    good("EQ upper", u"eventType EQ \"x\""_qs, u"eventType eq \"x\""_qs);
    good("Eq mixed", u"eventType Eq \"x\""_qs, u"eventType eq \"x\""_qs);
    good("ne", u"actor.id ne \"00u1\""_qs, u"actor.id ne \"00u1\""_qs);
    good("sw", u"eventType sw \"event_hook\""_qs, u"eventType sw \"event_hook\""_qs);
    good("ew", u"eventType EW \"token\""_qs, u"eventType ew \"token\""_qs);
    good("co", u"eventType co \"session\""_qs, u"eventType co \"session\""_qs);
    good("gt int", u"count gt 5"_qs, u"count gt 5"_qs);
    good("ge fraction", u"score ge 1.5"_qs, u"score ge 1.5"_qs);
    good("lt exponent", u"x lt -2e3"_qs, u"x lt -2000"_qs);
    good("le date", u"published le \"2026-05-01T00:00:00Z\""_qs, u"published le \"2026-05-01T00:00:00Z\""_qs);
    good("pr", u"target.id pr"_qs, u"target.id pr"_qs);
    good("PR upper", u"target.id PR"_qs, u"target.id pr"_qs);
    good("true", u"securityContext.isProxy eq true"_qs, u"securityContext.isProxy eq true"_qs);
    good("false", u"securityContext.isProxy eq false"_qs, u"securityContext.isProxy eq false"_qs);
    good("null", u"outcome.reason eq null"_qs, u"outcome.reason eq null"_qs);
    good("and over or", u"a pr or b pr and c pr"_qs, u"a pr or b pr and c pr"_qs);
    good("parens kept", u"(a pr or b pr) and c pr"_qs, u"(a pr or b pr) and c pr"_qs);
    good("parens kept right", u"a pr and (b pr or c pr)"_qs, u"a pr and (b pr or c pr)"_qs);
    good("parens dropped", u"(a pr and b pr) or c pr"_qs, u"a pr and b pr or c pr"_qs);
    good("AND OR upper", u"a pr AND b pr OR c pr"_qs, u"a pr and b pr or c pr"_qs);
    good("not", u"not (a eq \"b\")"_qs, u"not (a eq \"b\")"_qs);
    good("NOT upper", u"NOT (a pr)"_qs, u"not (a pr)"_qs);
    good("not not", u"not (not (a pr))"_qs, u"not (not (a pr))"_qs);
    good("not in and", u"not (a pr or b pr) and c pr"_qs, u"not (a pr or b pr) and c pr"_qs);
    good("double parens", u"((a pr))"_qs, u"a pr"_qs);
    good("deep nesting", u"(((a pr) and (b pr)))"_qs, u"a pr and b pr"_qs);
    good("escaped quote", u"profile.lastName eq \"bob\\\"smith\""_qs,
         u"profile.lastName eq \"bob\\\"smith\""_qs);
    good("escaped backslash", u"a eq \"c:\\\\temp\""_qs, u"a eq \"c:\\\\temp\""_qs);
    good("unicode escape", u"a eq \"caf\\u00e9\""_qs, u"a eq \"café\""_qs);
    good("surrogate pair", u"a eq \"\\ud83d\\ude00\""_qs, u"a eq \"\U0001F600\""_qs);
    good("solidus escape", u"a eq \"\\/x\""_qs, u"a eq \"/x\""_qs);
    good("tab escape", u"a eq \"tab\\there\""_qs, u"a eq \"tab\\there\""_qs);
    good("control escape", u"a eq \"\\u0001\""_qs, u"a eq \"\\u0001\""_qs);
    good("raw non-ASCII", u"a eq \"Zoë 東京\""_qs, u"a eq \"Zoë 東京\""_qs);
    good("whitespace", u"  a   eq \t \"x\"\n "_qs, q);
    good("no space before paren", u"not(a pr)and(b pr)"_qs, u"not (a pr) and b pr"_qs);
    good("underscore hyphen digits", u"profile.employee_no-2 eq \"1\""_qs,
         u"profile.employee_no-2 eq \"1\""_qs);
    good("three segments", u"client.geographicalContext.country eq \"US\""_qs,
         u"client.geographicalContext.country eq \"US\""_qs);
    good("documented example",
         u"eventType eq \"user.account.privilege.grant\" and actor.alternateId eq \"admin@example.com\" "
         u"and (outcome.result eq \"FAILURE\" or severity eq \"WARN\")"_qs,
         u"eventType eq \"user.account.privilege.grant\" and actor.alternateId eq \"admin@example.com\" "
         u"and (outcome.result eq \"FAILURE\" or severity eq \"WARN\")"_qs);

    bad("empty", QString(), 0, u"empty"_qs);
    bad("blank", u"  \t "_qs, 0, u"empty"_qs);
    bad("attribute only", u"eventType"_qs, 9, u"expected an operator"_qs);
    bad("missing value at end", u"eventType eq"_qs, 12, u"needs a value"_qs);
    bad("dangling and", u"eventType eq \"x\" and"_qs, 20, u"ends where a condition"_qs);
    bad("unknown operator", u"eventType foo \"x\""_qs, 10,
        u"“foo”; valid operators are eq, ne, sw, ew, co, gt, ge, lt, le and pr"_qs);
    bad("unknown operator word", u"eventType equals \"x\""_qs, 10, u"Unknown operator “equals”"_qs);
    bad("unterminated", u"a eq \"abc"_qs, 5, u"never closed"_qs);
    bad("unterminated after escape", u"a eq \"abc\\"_qs, 5, u"never closed"_qs);
    bad("bad escape", u"a eq \"ab\\q\""_qs, 8, u"“\\q” is not a valid escape"_qs);
    bad("short unicode escape", u"a eq \"\\u12\""_qs, 6, u"four hexadecimal"_qs);
    bad("lone high surrogate", u"a eq \"\\ud83d\""_qs, 6, u"high surrogate"_qs);
    bad("lone low surrogate", u"a eq \"\\ude00\""_qs, 6, u"low surrogate"_qs);
    bad("raw newline in string", u"a eq \"line\nbreak\""_qs, 10, u"control character"_qs);
    bad("unquoted value", u"a eq user.session.start"_qs, 5, u"double quotes"_qs);
    bad("upper TRUE", u"a eq TRUE"_qs, 5, u"double quotes"_qs);
    bad("value is keyword", u"a eq and b pr"_qs, 5, u"Expected a value"_qs);
    bad("value is paren", u"a eq )"_qs, 5, u"needs a value"_qs);
    bad("bad number", u"a eq 12abc"_qs, 5, u"not a valid number"_qs);
    bad("leading zero", u"a eq 01"_qs, 5, u"not a valid number"_qs);
    bad("trailing word", u"a pr b pr"_qs, 5, u"after a complete condition"_qs);
    bad("trailing string", u"a eq \"x\" \"y\""_qs, 9, u"the string \"y\""_qs);
    bad("unclosed paren", u"(a pr"_qs, 0, u"never closed"_qs);
    bad("unclosed outer paren", u"((a pr)"_qs, 0, u"never closed"_qs);
    bad("unclosed inner paren", u"a pr and (b pr or c pr"_qs, 9, u"never closed"_qs);
    bad("extra close paren", u"a pr)"_qs, 4, u"no matching"_qs);
    bad("extra close paren mid", u"a eq \"x\" ) and (b pr"_qs, 9, u"no matching"_qs);
    bad("empty parens", u"()"_qs, 1, u"Empty parentheses"_qs);
    bad("empty parens after and", u"a eq \"x\" and ()"_qs, 14, u"Empty parentheses"_qs);
    bad("not without parens", u"not a pr"_qs, 4, u"parenthesised"_qs);
    bad("not at end", u"not"_qs, 3, u"after “not”"_qs);
    bad("leading and", u"and a pr"_qs, 0, u"before “and”"_qs);
    bad("double or", u"a pr or or b pr"_qs, 8, u"before “or”"_qs);
    bad("double dot attribute", u"a..b eq \"x\""_qs, 2, u"not a valid attribute name"_qs);
    bad("digit attribute", u"1abc eq \"x\""_qs, 0, u"not a valid attribute name"_qs);
    bad("string first", u"\"x\" eq \"y\""_qs, 0, u"Expected a condition"_qs);
    bad("missing operator", u"a \"x\""_qs, 2, u"Expected an operator after “a”"_qs);
    bad("value brackets", u"emails[type eq \"work\"]"_qs, 6, u"not a valid attribute name"_qs);
}

void TestScimFilter::parse() {
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, canonical);
    QFETCH(int, position);
    QFETCH(QString, message);

    const ParseResult r = okta::scim::parse(input);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(toString(*r.root), canonical);
        // Canonical text is a fixed point: parsing and rendering it again changes nothing.
        const ParseResult again = okta::scim::parse(canonical);
        QVERIFY(again.ok());
        QCOMPARE(toString(*again.root), canonical);
    } else {
        QVERIFY(r.error);
        QVERIFY2(r.error->message.contains(message, Qt::CaseInsensitive), qPrintable(r.error->message));
        QCOMPARE(r.error->position, position);
    }
}

void TestScimFilter::quote_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"user.session.start"_qs << u"\"user.session.start\""_qs;
    QTest::newRow("empty") << QString() << u"\"\""_qs;
    QTest::newRow("quote") << u"bob\"smith"_qs << u"\"bob\\\"smith\""_qs;
    QTest::newRow("backslash") << u"a\\b"_qs << u"\"a\\\\b\""_qs;
    QTest::newRow("newline tab") << u"a\nb\tc"_qs << u"\"a\\nb\\tc\""_qs;
    QTest::newRow("control") << QString(QChar(0x1f)) << u"\"\\u001f\""_qs;
    QTest::newRow("unicode kept") << u"Zoë \U0001F600"_qs << u"\"Zoë \U0001F600\""_qs;
    QTest::newRow("plus and ampersand") << u"a+b&c"_qs << u"\"a+b&c\""_qs;
}

void TestScimFilter::quote() {
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(okta::scim::quote(value), expected);
    // What quote() writes, the parser reads back to the same value.
    const ParseResult r = okta::scim::parse(QString(QStringLiteral("a eq ") + expected));
    QVERIFY(r.ok());
    QCOMPARE(r.root->value.toString(), value);
}

void TestScimFilter::operatorNames() {
    const Op all[] = {Op::Eq, Op::Ne, Op::Sw, Op::Ew, Op::Co, Op::Gt, Op::Ge, Op::Lt, Op::Le, Op::Pr};
    for (const Op op : all) {
        QCOMPARE(opFromName(opName(op)), op);
        QCOMPARE(opFromName(opName(op).toUpper()), op);
    }
    QCOMPARE(opName(Op::Co), u"co"_qs);
    QVERIFY(!opFromName(u"equals"));
    QVERIFY(!opFromName(u""));
}

void TestScimFilter::attributePaths() {
    QVERIFY(isValidAttributePath(u"eventType"));
    QVERIFY(isValidAttributePath(u"client.geographicalContext.country"));
    QVERIFY(isValidAttributePath(u"profile.first_name"));
    QVERIFY(!isValidAttributePath(u""));
    QVERIFY(!isValidAttributePath(u"a."));
    QVERIFY(!isValidAttributePath(u".a"));
    QVERIFY(!isValidAttributePath(u"a b"));
    QVERIFY(!isValidAttributePath(u"target[0].id"));
}

void TestScimFilter::precedenceTree() {
    const ParseResult r = okta::scim::parse(u"a pr or b pr and c pr");
    QVERIFY(r.ok());
    QCOMPARE(r.root->kind, Node::Kind::Or);
    QCOMPARE(r.root->right->kind, Node::Kind::And);
    QCOMPARE(r.root->left->attribute, u"a"_qs);

    const ParseResult n = okta::scim::parse(u"not (a eq 1)");
    QVERIFY(n.ok());
    QCOMPARE(n.root->kind, Node::Kind::Not);
    QCOMPARE(n.root->left->op, Op::Eq);
    QCOMPARE(n.root->left->value, QJsonValue(1.0));
}

OKTADESK_TEST_GUILESS_MAIN(TestScimFilter)
#include "tst_scimfilter.moc"

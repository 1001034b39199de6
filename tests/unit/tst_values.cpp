// The typed values and their page parsers, against the examples of Okta's own spec (copied
// into tests/data/okta) and against broken input, which must give a clear error and never
// a crash.
#include "core/values/page.h"
#include "core/values/textescape.h"
#include "support/testdata.h"
#include "support/testmain.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace okta;

namespace {

using okta::test::example;

qint64 ms(const char *iso) {
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// The element bytes, read independently of the parser under test.
QJsonObject element(const QByteArray &page, int i) {
    return QJsonDocument::fromJson(page).array().at(i).toObject();
}

QJsonObject parsedRaw(const RawJson &raw) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toByteArray(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// Test JSON written with single quotes, so it reads without escapes.
QByteArray json(const char *singleQuoted) {
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

class TstValues : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usersFromTheSpecExamples() {
        const QByteArray page = example("users.json");
        const Parsed<User> parsed = User::parsePage(page);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 3);
        const User &alice = parsed.rows.at(0);
        QCOMPARE(alice.id, QStringLiteral("00u118oQYT4TBTemp0g4"));
        QCOMPARE(alice.status, QStringLiteral("ACTIVE"));
        QCOMPARE(alice.login, QStringLiteral("alice.smith@example.com"));
        QCOMPARE(alice.email, QStringLiteral("alice.smith@example.com"));
        QCOMPARE(alice.displayName(), QStringLiteral("Alice Smith"));
        QCOMPARE(alice.lastLogin, ms("2022-05-04T19:50:52.000Z"));
        QCOMPARE(alice.created, ms("2022-04-04T15:56:05.000Z"));
        QCOMPARE(parsed.rows.at(1).department, QStringLiteral("Engineering"));
        QCOMPARE(parsed.rows.at(1).lastLogin, 0); // null: never signed in
        QCOMPARE(parsed.rows.at(2).status, QStringLiteral("PROVISIONED"));
        for (int i = 0; i < 3; ++i) {
            const RawJson &raw = parsed.rows.at(i).raw;
            QVERIFY(raw.view().startsWith("{"));
            QVERIFY(raw.view().endsWith("}"));
            QCOMPARE(parsedRaw(raw), element(page, i));
            // The very bytes of the page, not a re-serialisation.
            QVERIFY(page.contains(raw.toByteArray()));
        }
    }

    void groupsAppsAndGrantsFromTheSpecExamples() {
        const Parsed<Group> groups = Group::parsePage(example("user-groups.json"));
        QVERIFY2(groups.ok(), qPrintable(groups.error));
        QCOMPARE(groups.rows.size(), 2);
        QCOMPARE(groups.rows.at(0).id, QStringLiteral("0gabcd1234"));
        QCOMPARE(groups.rows.at(0).name, QStringLiteral("Cloud app users"));
        QCOMPARE(groups.rows.at(1).description, QStringLiteral("Users can access internal apps"));

        const Parsed<App> apps = App::parsePage(example("apps.json"));
        QVERIFY2(apps.ok(), qPrintable(apps.error));
        QCOMPARE(apps.rows.size(), 1);
        QCOMPARE(apps.rows.at(0).label, QStringLiteral("Custom Saml 2.0 App"));
        QCOMPARE(apps.rows.at(0).name, QStringLiteral("testorgone_customsaml20app_1"));
        QCOMPARE(apps.rows.at(0).signOnMode, QStringLiteral("SAML_2_0"));
        QVERIFY(!apps.rows.at(0).isWorkflowsOAuth());

        const QByteArray grantsPage = example("app-grants.json");
        const Parsed<ScopeGrant> grants = ScopeGrant::parsePage(grantsPage);
        QVERIFY2(grants.ok(), qPrintable(grants.error));
        QCOMPARE(grants.rows.size(), 2);
        QCOMPARE(grants.rows.at(0).scopeId, QStringLiteral("okta.users.read"));
        QCOMPARE(grants.rows.at(1).scopeId, QStringLiteral("okta.apps.manage"));
        QCOMPARE(grants.rows.at(0).source, QStringLiteral("ADMIN"));
        QCOMPARE(grants.rows.at(0).status, QStringLiteral("ACTIVE"));
        QCOMPARE(grants.rows.at(0).created, ms("2023-02-21T16:54:00.000Z"));
        QCOMPARE(parsedRaw(grants.rows.at(1).raw), element(grantsPage, 1));
    }

    void grantScopeFromTheExpansionAlone() {
        const Parsed<ScopeGrant> grants =
            ScopeGrant::parsePage(json("[{'id':'oag1','_embedded':{'scope':{'id':'okta.logs.read'}}}]"));
        QVERIFY2(grants.ok(), qPrintable(grants.error));
        QCOMPARE(grants.rows.at(0).scopeId, QStringLiteral("okta.logs.read"));
    }

    void logEventFromTheSpecExample() {
        const QByteArray page = example("logs.json");
        const Parsed<LogEvent> parsed = LogEvent::parsePage(page);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.rows.size(), 1);
        const LogEvent &e = parsed.rows.at(0);
        QCOMPARE(e.uuid(), QStringLiteral("dc9fd3c0-598c-11ef-8478-2b7584bf8d5a"));
        QCOMPARE(e.published(), ms("2024-08-13T15:58:20.353Z"));
        QCOMPARE(e.publishedText(), QStringLiteral("2024-08-13T15:58:20.353Z"));
        QCOMPARE(e.eventType(), QStringLiteral("user.session.start"));
        QCOMPARE(e.severity(), LogEvent::Severity::Info);
        QCOMPARE(e.displayMessage(), QStringLiteral("User login to Okta"));
        QCOMPARE(e.actor().id, QStringLiteral("00uttidj01jqL21aM1d6"));
        QCOMPARE(e.actor().type, QStringLiteral("User"));
        QCOMPARE(e.actor().alternateId, QStringLiteral("john.doe@example.com"));
        QCOMPARE(e.actor().displayName, QStringLiteral("John Doe"));
        QCOMPARE(e.outcome(), QStringLiteral("SUCCESS"));
        QVERIFY(e.outcomeReason().isEmpty());
        QCOMPARE(e.clientIp(), QStringLiteral("10.0.0.1"));
        QCOMPARE(e.clientLocation().city, QStringLiteral("New York"));
        QCOMPARE(e.clientLocation().state, QStringLiteral("New York"));
        QCOMPARE(e.clientLocation().country, QStringLiteral("United States"));
        QCOMPARE(e.targets().size(), 2);
        QCOMPARE(e.targets().at(0).type, QStringLiteral("AuthenticatorEnrollment"));
        QCOMPARE(e.targets().at(1).displayName, QStringLiteral("Okta Admin Console"));
        QCOMPARE(parsedRaw(e.raw()), element(page, 0));

        // Everything else comes from the bytes when asked.
        QCOMPARE(e.raw().valueAt(u"debugContext.debugData.requestUri"),
                 QStringLiteral("/idp/idx/authenticators/poll"));
        QCOMPARE(e.raw().valueAt(u"target.1.id"), QStringLiteral("0oatxlef9sQvvqInq5d6"));
        QCOMPARE(e.raw().valueAt(u"securityContext.asNumber"), QStringLiteral("394089"));
        QCOMPARE(e.raw().valueAt(u"device.managed"), QStringLiteral("false"));
        QCOMPARE(QJsonDocument::fromJson(e.raw().valueAt(u"client.geographicalContext.geolocation").toUtf8())
                     .object()
                     .value(QStringLiteral("lat"))
                     .toDouble(),
                 40.3157);
        QVERIFY(e.raw().valueAt(u"no.such.field").isEmpty());
        QVERIFY(e.raw().valueAt(u"target.7.id").isEmpty());
    }

    void compactAndNonAsciiBytesStayExact() {
        // Escapes, raw UTF-8 and a four-byte character: the raw bytes are the page's own.
        const QByteArray e1 =
            "{\"uuid\":\"UUID-not-canonical\",\"published\":\"2026-05-01T12:00:00Z\","
            "\"eventType\":\"user.session.start\",\"displayMessage\":\"Caf\\u00e9 \\\"quoted\\\"\","
            "\"actor\":{\"displayName\":\"Zoë 😀 Ñandú\"},\"target\":null}";
        const QByteArray e2 = json(
            "{'uuid':'00000000-0000-1000-8000-000000000001','published':'2026-05-01T14:00:00.5+02:00',"
            "'severity':'WARN','actor':null,'outcome':{'result':'FAILURE','reason':'INVALID_CREDENTIALS'}}");
        const QByteArray page = "[" + e1 + "," + e2 + "]";
        const Parsed<LogEvent> parsed = LogEvent::parsePage(page);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.rows.at(0).raw().toByteArray(), e1);
        QCOMPARE(parsed.rows.at(1).raw().toByteArray(), e2);
        QCOMPARE(parsed.rows.at(0).uuid(), QStringLiteral("UUID-not-canonical"));
        QCOMPARE(parsed.rows.at(1).uuid(), QStringLiteral("00000000-0000-1000-8000-000000000001"));
        QCOMPARE(parsed.rows.at(0).displayMessage(), QStringLiteral("Café \"quoted\""));
        QCOMPARE(parsed.rows.at(0).actor().displayName, QStringLiteral("Zoë 😀 Ñandú"));
        QCOMPARE(parsed.rows.at(0).published(), ms("2026-05-01T12:00:00.000Z"));
        QCOMPARE(parsed.rows.at(1).published(), ms("2026-05-01T12:00:00.500Z"));
        QCOMPARE(parsed.rows.at(1).severity(), LogEvent::Severity::Warn);
        QCOMPARE(parsed.rows.at(1).outcomeReason(), QStringLiteral("INVALID_CREDENTIALS"));
        QVERIFY(parsed.rows.at(0).targets().isEmpty());
    }

    // Fields are read from the event's bytes when asked; escapes resolve then.
    void escapedFieldsReadBack() {
        const QByteArray page = "[{\"eventType\":\"a\\nb\\u00e9\\ud83d\\ude00\\/\\\"\\\\\\t\","
                                "\"displayMessage\":\"broken \\x and \\u12\",\"outcome\":{\"result\":\"\"}}]";
        const Parsed<LogEvent> parsed = LogEvent::parsePage(page);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.rows.at(0).eventType(), QString::fromUtf8("a\nbé😀/\"\\\t"));
        QCOMPARE(parsed.rows.at(0).displayMessage(), QString::fromUtf8("broken \uFFFD and \uFFFD12"));
        QVERIFY(parsed.rows.at(0).outcome().isEmpty());
    }

    void paddingCopiesOnlyWhenNeeded() {
        QByteArray roomy;
        roomy.reserve(4096);
        roomy.append(json("[{'id':'00u1'}]"));
        const char *before = roomy.constData();
        const Parsed<User> inPlace = User::parsePage(roomy);
        QVERIFY(inPlace.ok());
        QCOMPARE(inPlace.rows.at(0).raw.view().data(), before + 1); // no copy was made

        // No spare capacity (a view of static data): the parser pads a copy.
        static const char text[] = "[{\"id\":\"00u2\"}]";
        const Parsed<User> copied = User::parsePage(QByteArray::fromRawData(text, sizeof text - 1));
        QVERIFY(copied.ok());
        QCOMPARE(copied.rows.at(0).id, QStringLiteral("00u2"));
        QCOMPARE(copied.rows.at(0).raw.toByteArray(), QByteArray(json("{'id':'00u2'}")));
    }

    void emptyPage() {
        const Parsed<LogEvent> none = LogEvent::parsePage("[]");
        QVERIFY(none.ok());
        QVERIFY(none.rows.isEmpty());
        QVERIFY(LogEvent::parsePage(" [ \n ] \n").ok());
    }

    void brokenInputIsAClearError_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << u"empty"_qs;
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << u"not valid JSON"_qs;
        QTest::newRow("cut off") << QByteArray(json("[{'id':'00u1','profile':{'login':'a@b")) << u"JSON"_qs;
        QTest::newRow("cut after element") << QByteArray(json("[{'id':'00u1'},")) << u"JSON"_qs;
        QTest::newRow("object not list")
            << QByteArray(json("{'errorCode':'E0000011'}")) << u"got an object"_qs;
        QTest::newRow("string not list") << QByteArray(json("'users'")) << u"got a string"_qs;
        QTest::newRow("element not object") << QByteArray(json("[{'id':'00u1'},42]")) << u"Element 2"_qs;
        QTest::newRow("wrong field type") << QByteArray(json("[{'id':17}]")) << u"\"id\""_qs;
        QTest::newRow("wrong nested type")
            << QByteArray(json("[{'id':'1','profile':{'login':['x']}}]")) << u"profile.login"_qs;
        QTest::newRow("profile not object")
            << QByteArray(json("[{'id':'1','profile':'x'}]")) << u"\"profile\""_qs;
        QTest::newRow("trailing") << QByteArray(json("[{'id':'1'}] []")) << u"more after the list"_qs;
        QTest::newRow("bad utf8") << QByteArray("[{\"id\":\"\xff\xfe\"}]") << u"UTF-8"_qs;
        QTest::newRow("nul") << QByteArray("[{\"id\":\"a\0b\"}]", 15) << u"JSON"_qs;
    }

    void brokenInputIsAClearError() {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        const Parsed<User> parsed = User::parsePage(body);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.rows.isEmpty());
        QVERIFY2(parsed.error.contains(says), qPrintable(parsed.error));
    }

    void wrongTypeInAnEventNamesTheField() {
        const Parsed<LogEvent> parsed = LogEvent::parsePage(
            json("[{'uuid':'a'},{'uuid':'b','client':{'geographicalContext':{'city':3}}}]"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(u"Element 2"_qs), qPrintable(parsed.error));
        QVERIFY2(parsed.error.contains(u"client.geographicalContext.city"_qs), qPrintable(parsed.error));
        QVERIFY(!LogEvent::parsePage(json("[{'target':{'id':'x'}}]")).ok()); // an object, not a list
    }

    // Every prefix and many random corruptions of a real page: an error or rows, never a crash
    // (run under ASan in CI).
    void garbageNeverCrashes() {
        const QByteArray page = example("logs.json");
        for (qsizetype cut = 0; cut < page.size(); ++cut) {
            const Parsed<LogEvent> parsed = LogEvent::parsePage(page.left(cut));
            QVERIFY(!parsed.ok() || parsed.rows.size() <= 1);
        }
        QRandomGenerator random(20260501);
        for (int round = 0; round < 2000; ++round) {
            QByteArray broken = page;
            for (int flips = 1 + int(random.bounded(4)); flips > 0; --flips)
                broken[qsizetype(random.bounded(quint32(broken.size())))] = char(random.bounded(256));
            const Parsed<LogEvent> parsed = LogEvent::parsePage(broken);
            QVERIFY(parsed.ok() != !parsed.error.isEmpty());
            const Parsed<User> asUsers = User::parsePage(broken);
            QVERIFY(asUsers.ok() != !asUsers.error.isEmpty());
        }
    }

    void pageHandsRowsOver() {
        Page page(LogEvent::parsePage(json("[{'uuid':'a'},{'uuid':'b'},{'uuid':'a'},{'uuid':'c'}]")).rows);
        QVERIFY(page.holds<LogEvent>());
        QVERIFY(!page.holds<User>());
        QCOMPARE(page.size(), 4);
        QCOMPARE(page.key(1), QStringLiteral("b"));
        QCOMPARE(page.raw(3).toByteArray(), QByteArray(json("{'uuid':'c'}")));
        QSet<QString> seen;
        QCOMPARE(page.removeIf([&seen](const QString &key) {
            if (seen.contains(key))
                return true;
            seen.insert(key);
            return false;
        }),
                 1);
        QCOMPARE(page.size(), 3);
        page.truncate(2);
        QCOMPARE(page.rows<LogEvent>().last().uuid(), QStringLiteral("b"));

        QString error;
        const Page users = Page::parse<User>(json("[{'id':'00u1'}]"), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(users.key(0), QStringLiteral("00u1"));
        const Page bad = Page::parse<User>("nope", &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(bad.isEmpty());
    }

    void controlCharactersBecomeVisible() {
        const QString hostile = QStringLiteral("A\x1b]0;pwned\x07"
                                               "B\x1b[2JC\nD\tE\r") +
                                QChar(0x9b) + QChar(0x202e) + QChar(0x2028) + QChar(0x7f);
        QCOMPARE(escapeControls(hostile),
                 QStringLiteral("A\\x1b]0;pwned\\x07B\\x1b[2JC\\nD\\tE\\r\\x9b\\u202e\\u2028\\x7f"));
        QCOMPARE(escapeControls(hostile, LineBreaks::Keep),
                 QStringLiteral("A\\x1b]0;pwned\\x07B\\x1b[2JC\nD\tE\r\\x9b\\u202e\\u2028\\x7f"));
        QCOMPARE(escapeControls(hostile, LineBreaks::KeepLineFeed),
                 QStringLiteral("A\\x1b]0;pwned\\x07B\\x1b[2JC\nD\tE\\r\\x9b\\u202e\\u2028\\x7f"));
        const QString plain = QString::fromUtf8("Zoë Ñandú \\ 😀 日本");
        QCOMPARE(escapeControls(plain), plain);
        QVERIFY(escapeControls(plain).isSharedWith(plain)); // nothing to do, nothing copied
        QCOMPARE(escapeControls(QString()), QString());
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstValues)
#include "tst_values.moc"

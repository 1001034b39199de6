#include "core/logs/logquery.h"
#include "core/logs/scimfilter.h"
#include "core/okta/querybuilder.h"
#include "support/testmain.h"

#include <QTest>
#include <QTimeZone>
#include <QUrl>

using okta::LogQuery;
using Fields = QList<QPair<QString, QString>>;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

const QDateTime kNow = utc(2026, 5, 1, 12);

QUrl logsUrl(const QUrlQuery &query) {
    QUrl url(QStringLiteral("https://acme.okta.com/api/v1/logs"));
    url.setQuery(query);
    return url;
}

} // namespace

class TestLogQuery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filterExpression_data();
    void filterExpression();
    void formatTimestamp();
    void urlQuery();
    void reservedCharactersSurviveQUrl_data();
    void reservedCharactersSurviveQUrl();
    void percentEncodedQueryKeepsOrderAndKeys();
    void polling();
    void validate_data();
    void validate();
    void urlEncoding_data();
    void urlEncoding();
    void formChecksAlone();
    void fieldArguments();
};

void TestLogQuery::filterExpression_data() {
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QString>("custom");
    QTest::addColumn<QString>("expected");

    const QPair<QString, QString> type{u"eventType"_qs, u"user.session.start"_qs};
    const QPair<QString, QString> result{u"outcome.result"_qs, u"FAILURE"_qs};

    QTest::newRow("nothing") << Fields{} << QString() << QString();
    QTest::newRow("one field") << Fields{type} << QString() << u"eventType eq \"user.session.start\""_qs;
    QTest::newRow("two fields keep order")
        << Fields{result, type} << QString()
        << u"outcome.result eq \"FAILURE\" and eventType eq \"user.session.start\""_qs;
    QTest::newRow("empty value skipped") << Fields{{u"actor.id"_qs, QString()}, type} << QString()
                                         << u"eventType eq \"user.session.start\""_qs;
    QTest::newRow("quote and backslash") << Fields{{u"actor.alternateId"_qs, u"bob\"smith\\x"_qs}}
                                         << QString() << u"actor.alternateId eq \"bob\\\"smith\\\\x\""_qs;
    QTest::newRow("control characters") << Fields{{u"displayMessage"_qs, u"a\tb\nc"_qs}} << QString()
                                        << u"displayMessage eq \"a\\tb\\nc\""_qs;
    QTest::newRow("other control characters")
        << Fields{{u"displayMessage"_qs, QStringLiteral("bell\x07"
                                                        "esc\x1b")}}
        << QString() << u"displayMessage eq \"bell\\u0007esc\\u001b\""_qs;
    QTest::newRow("non-ASCII kept as is") << Fields{{u"actor.displayName"_qs, u"Zoë Müller 東京"_qs}}
                                          << QString() << u"actor.displayName eq \"Zoë Müller 東京\""_qs;
    QTest::newRow("plus ampersand percent equals") << Fields{{u"actor.alternateId"_qs, u"a+b&c%d=e"_qs}}
                                                   << QString() << u"actor.alternateId eq \"a+b&c%d=e\""_qs;
    QTest::newRow("every predefined field, in order")
        << Fields{{u"eventType"_qs, u"user.session.start"_qs},
                  {u"uuid"_qs, u"u-1"_qs},
                  {u"severity"_qs, u"WARN"_qs},
                  {u"outcome.result"_qs, u"FAILURE"_qs},
                  {u"client.ipAddress"_qs, u"10.0.0.1"_qs}}
        << QString()
        << u"eventType eq \"user.session.start\" and uuid eq \"u-1\" and severity eq \"WARN\" and "
           u"outcome.result eq \"FAILURE\" and client.ipAddress eq \"10.0.0.1\""_qs;
    QTest::newRow("all fields empty, custom only")
        << Fields{{u"eventType"_qs, QString()}, {u"actor.id"_qs, QString()}} << u"actor.id pr"_qs
        << u"actor.id pr"_qs;
    QTest::newRow("custom with and and not grouped")
        << Fields{type} << u"not (severity eq \"INFO\") and actor.type eq \"User\""_qs
        << u"eventType eq \"user.session.start\" and (not (severity eq \"INFO\") and actor.type eq \"User\")"_qs;
    QTest::newRow("custom only, unparenthesised")
        << Fields{} << u"outcome.result eq \"FAILURE\" or severity eq \"WARN\""_qs
        << u"outcome.result eq \"FAILURE\" or severity eq \"WARN\""_qs;
    QTest::newRow("custom blank ignored")
        << Fields{type} << u"   "_qs << u"eventType eq \"user.session.start\""_qs;
    QTest::newRow("documented example") << Fields{{u"eventType"_qs, u"user.account.privilege.grant"_qs},
                                                  {u"actor.alternateId"_qs, u"admin@example.com"_qs}}
                                        << u" outcome.result eq \"FAILURE\" or severity eq \"WARN\" "_qs
                                        << u"eventType eq \"user.account.privilege.grant\" and "
                                           u"actor.alternateId eq \"admin@example.com\" and "
                                           u"(outcome.result eq \"FAILURE\" or severity eq \"WARN\")"_qs;
}

void TestLogQuery::filterExpression() {
    QFETCH(Fields, fields);
    QFETCH(QString, custom);
    QFETCH(QString, expected);
    LogQuery query;
    query.fields = fields;
    query.customFilter = custom;
    QCOMPARE(query.filterExpression(), expected);
    if (!expected.isEmpty())
        QVERIFY(okta::scim::parse(expected).ok());
}

void TestLogQuery::formatTimestamp() {
    QCOMPARE(LogQuery::formatTimestamp(utc(2026, 5, 1, 12)), u"2026-05-01T12:00:00.000Z"_qs);
    QCOMPARE(LogQuery::formatTimestamp(utc(2026, 5, 1, 12, 3, 4, 56)), u"2026-05-01T12:03:04.056Z"_qs);
    const QDateTime berlin(QDate(2026, 5, 1), QTime(14, 0), QTimeZone(2 * 3600));
    QCOMPARE(LogQuery::formatTimestamp(berlin), u"2026-05-01T12:00:00.000Z"_qs);
    QCOMPARE(LogQuery::formatTimestamp(QDateTime()), QString());
}

void TestLogQuery::urlQuery() {
    LogQuery query;
    query.keyword = u"  reset   password "_qs;
    query.fields = {{u"eventType"_qs, u"user.session.start"_qs}};
    query.since = utc(2026, 4, 1);
    query.until = utc(2026, 5, 1);
    query.order = LogQuery::Order::Descending;
    query.limit = 200;
    const QByteArray encoded = logsUrl(query.toUrlQuery()).toEncoded();
    QCOMPARE(encoded, QByteArray("https://acme.okta.com/api/v1/logs?since=2026-04-01T00%3A00%3A00.000Z"
                                 "&until=2026-05-01T00%3A00%3A00.000Z&q=reset%20password"
                                 "&filter=eventType%20eq%20%22user.session.start%22"
                                 "&sortOrder=DESCENDING&limit=200"));

    LogQuery bare;
    bare.order = LogQuery::Order::Ascending;
    QCOMPARE(logsUrl(bare.toUrlQuery()).toEncoded(),
             QByteArray("https://acme.okta.com/api/v1/logs?sortOrder=ASCENDING&limit=1000"));
}

void TestLogQuery::reservedCharactersSurviveQUrl_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("mustContain");
    QTest::newRow("plus") << u"a+b@example.com"_qs << QByteArray("a%2Bb%40example.com");
    QTest::newRow("ampersand") << u"R&D"_qs << QByteArray("R%26D");
    QTest::newRow("equals") << u"x=y"_qs << QByteArray("x%3Dy");
    QTest::newRow("hash") << u"#1"_qs << QByteArray("%231");
    QTest::newRow("quote and space") << u"say \"hi\""_qs << QByteArray("say%20%5C%22hi%5C%22");
    QTest::newRow("percent") << u"100%25"_qs << QByteArray("100%2525");
    QTest::newRow("unicode") << u"Zoë 東京"_qs << QByteArray("Zo%C3%AB%20%E6%9D%B1%E4%BA%AC");
    QTest::newRow("slash question") << u"/a?b"_qs << QByteArray("%2Fa%3Fb");
}

void TestLogQuery::reservedCharactersSurviveQUrl() {
    QFETCH(QString, value);
    QFETCH(QByteArray, mustContain);
    LogQuery query;
    query.fields = {{u"actor.alternateId"_qs, value}};
    query.keyword = value;
    const QUrl url = logsUrl(query.toUrlQuery());
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(encoded.contains(mustContain), encoded.constData());
    const QByteArray queryPart = encoded.mid(encoded.indexOf('?') + 1);
    QVERIFY2(!queryPart.contains('+') && !queryPart.contains(' ') && !queryPart.contains('"'),
             queryPart.constData());
    QCOMPARE(queryPart.count('&'), 3); // q, filter, sortOrder, limit: the value added none

    // Decodes back exactly, also after a round trip through the encoded text.
    const QUrlQuery back(QUrl::fromEncoded(encoded));
    QCOMPARE(back.queryItemValue(u"filter"_qs, QUrl::FullyDecoded), query.filterExpression());
    QCOMPARE(back.queryItemValue(u"q"_qs, QUrl::FullyDecoded), value.simplified());
}

void TestLogQuery::percentEncodedQueryKeepsOrderAndKeys() {
    const QUrlQuery q = okta::percentEncodedQuery(
        {{u"search"_qs, u"profile.email eq \"a+b@x.com\""_qs}, {u"a&b"_qs, u""_qs}});
    QCOMPARE(q.toString(QUrl::FullyEncoded), u"search=profile.email%20eq%20%22a%2Bb%40x.com%22&a%26b="_qs);
    QCOMPARE(q.queryItemValue(u"search"_qs, QUrl::FullyDecoded), u"profile.email eq \"a+b@x.com\""_qs);
}

void TestLogQuery::polling() {
    LogQuery query;
    query.order = LogQuery::Order::Ascending;
    QVERIFY(query.isPolling());
    query.until = kNow;
    QVERIFY(!query.isPolling());
    query.until = QDateTime();
    query.order = LogQuery::Order::Descending;
    QVERIFY(!query.isPolling());
}

void TestLogQuery::validate_data() {
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("fieldKey");
    QTest::addColumn<QString>("fieldValue");
    QTest::addColumn<QString>("custom");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("sinceDaysAgo"); // -1: none
    QTest::addColumn<int>("untilDaysAgo"); // -1: none
    QTest::addColumn<QString>("error");    // empty: valid, else a substring of the message

    const QString ten = u"a b c d e f g h i j"_qs;
    const QString forty(40, u'x');
    const QString ev = u"eventType"_qs;
    const QString emoji = u"\U0001F600"_qs;
    auto row = [](const char *name, const QString &kw, const QString &k, const QString &v, const QString &c,
                  int limit, int since, int until, const QString &err) {
        QTest::newRow(name) << kw << k << v << c << limit << since << until << err;
    };

    row("defaults", QString(), QString(), QString(), QString(), 1000, -1, -1, QString());
    row("ten keywords", ten, ev, u"x"_qs, QString(), 100, -1, -1, QString());
    row("eleven keywords", ten + u" k"_qs, ev, u"x"_qs, QString(), 100, -1, -1, u"11 words"_qs);
    row("forty characters", forty, ev, u"x"_qs, QString(), 100, -1, -1, QString());
    row("forty-one characters", forty + u'y', ev, u"x"_qs, QString(), 100, -1, -1, u"41 characters"_qs);
    row("limit 0", QString(), ev, u"x"_qs, QString(), 0, -1, -1, QString());
    row("limit negative", QString(), ev, u"x"_qs, QString(), -1, -1, -1, u"between 0 and 1000"_qs);
    row("limit 1001", QString(), ev, u"x"_qs, QString(), 1001, -1, -1, u"it is 1001"_qs);
    row("since before until", QString(), ev, u"x"_qs, QString(), 100, 7, 1, QString());
    row("since after until", QString(), ev, u"x"_qs, QString(), 100, 1, 7, u"after it ends"_qs);
    row("since 179 days", QString(), ev, u"x"_qs, QString(), 100, 179, -1, QString());
    row("since 181 days", QString(), ev, u"x"_qs, QString(), 100, 181, -1, u"more than 180 days"_qs);
    row("emoji in keyword", u"hi"_qs + emoji, ev, u"x"_qs, QString(), 100, -1, -1,
        u"keyword search contains"_qs);
    row("emoji in value", QString(), ev, emoji, QString(), 100, -1, -1, u"value of field “eventType”"_qs);
    row("emoji in custom", QString(), ev, u"x"_qs, u"a eq \""_qs + emoji + u'"', 100, -1, -1,
        u"character 7"_qs);
    row("three-byte characters", u"東京€"_qs, ev, u"Zoë"_qs, QString(), 100, -1, -1, QString());
    row("custom ok", QString(), ev, u"x"_qs, u"a eq \"b\" or c pr"_qs, 100, -1, -1, QString());
    row("custom unknown operator", QString(), ev, u"x"_qs, u"  severity is \"WARN\""_qs, 100, -1, -1,
        u"error at character 12: Unknown operator “is”"_qs);
    row("custom unbalanced", QString(), ev, u"x"_qs, u"(a pr"_qs, 100, -1, -1, u"never closed"_qs);
    row("value without key", QString(), QString(), u"x"_qs, QString(), 100, -1, -1, u"no attribute name"_qs);
    row("empty key and value", QString(), QString(), QString(), QString(), 100, -1, -1, QString());
    row("bad key", QString(), u"event type"_qs, u"x"_qs, QString(), 100, -1, -1,
        u"not a valid attribute name"_qs);
    // "filter cannot use published. Use since/until instead" (okta-api-notes.md 5.2), whether
    // it is typed as a field or inside the custom filter.
    row("published key", QString(), u"published"_qs, u"x"_qs, QString(), 100, -1, -1,
        u"use the time range (since and until) instead"_qs);
    row("published in custom filter", QString(), QString(), QString(),
        u"eventType eq \"x\" or (published gt \"2026-01-01T00:00:00Z\")"_qs, 100, -1, -1,
        u"use the time range (since and until) instead"_qs);
    row("since in the future", QString(), ev, u"x"_qs, QString(), 100, -2, -1, u"starts in the future"_qs);
    row("until in the future", QString(), ev, u"x"_qs, QString(), 100, 1, -2, u"ends in the future"_qs);
}

void TestLogQuery::validate() {
    QFETCH(QString, keyword);
    QFETCH(QString, fieldKey);
    QFETCH(QString, fieldValue);
    QFETCH(QString, custom);
    QFETCH(int, limit);
    QFETCH(int, sinceDaysAgo);
    QFETCH(int, untilDaysAgo);
    QFETCH(QString, error);

    LogQuery query;
    query.keyword = keyword;
    if (!fieldKey.isEmpty() || !fieldValue.isEmpty())
        query.fields = {{fieldKey, fieldValue}};
    query.customFilter = custom;
    query.limit = limit;
    // -2: a day ahead of now.
    if (sinceDaysAgo >= 0 || sinceDaysAgo == -2)
        query.since = kNow.addDays(sinceDaysAgo == -2 ? 1 : -sinceDaysAgo);
    if (untilDaysAgo >= 0 || untilDaysAgo == -2)
        query.until = kNow.addDays(untilDaysAgo == -2 ? 1 : -untilDaysAgo);

    const std::optional<QString> message = query.validate(kNow);
    if (error.isEmpty()) {
        QVERIFY2(!message, message ? qPrintable(*message) : "");
    } else {
        QVERIFY(message);
        QVERIFY2(message->contains(error), qPrintable(*message));
    }
}

// The filter parameter exactly as it goes on the wire: JSON string rules inside the
// quotes, then every byte outside RFC 3986's unreserved set percent-encoded (so `+` is
// %2B: Okta reads a bare `+` as a space).
void TestLogQuery::urlEncoding_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("filter");
    QTest::newRow("plain") << u"user.session.start"_qs
                           << QByteArray("actor.alternateId%20eq%20%22user.session.start%22");
    QTest::newRow("documented quote example")
        << u"bob\"smith"_qs << QByteArray("actor.alternateId%20eq%20%22bob%5C%22smith%22");
    QTest::newRow("backslash") << u"DOMAIN\\jane"_qs
                               << QByteArray("actor.alternateId%20eq%20%22DOMAIN%5C%5Cjane%22");
    QTest::newRow("plus ampersand percent equals")
        << u"a+b&c%d=e"_qs << QByteArray("actor.alternateId%20eq%20%22a%2Bb%26c%25d%3De%22");
    QTest::newRow("non-ASCII as UTF-8")
        << u"Zoë 東"_qs << QByteArray("actor.alternateId%20eq%20%22Zo%C3%AB%20%E6%9D%B1%22");
    QTest::newRow("control character")
        << u"a\x01"_qs << QByteArray("actor.alternateId%20eq%20%22a%5Cu0001%22");
    QTest::newRow("hash question slash")
        << u"#?/"_qs << QByteArray("actor.alternateId%20eq%20%22%23%3F%2F%22");
}

void TestLogQuery::urlEncoding() {
    QFETCH(QString, value);
    QFETCH(QByteArray, filter);
    LogQuery query;
    query.fields = {{u"actor.alternateId"_qs, value}};
    const QByteArray encoded = logsUrl(query.toUrlQuery()).toEncoded();
    const QByteArray expected = QByteArray("?filter=") + filter + QByteArray("&sortOrder=");
    QVERIFY2(encoded.contains(expected), encoded.constData());
    // And the server reads back exactly the expression that was built.
    QCOMPARE(QUrlQuery(QUrl::fromEncoded(encoded)).queryItemValue(u"filter"_qs, QUrl::FullyDecoded),
             query.filterExpression());
}

// What the form checks as the admin types: each rule alone, with the same words as
// validate() uses.
void TestLogQuery::formChecksAlone() {
    QVERIFY(!LogQuery::keywordProblem(u"  reset   password "_qs));
    QVERIFY(LogQuery::keywordProblem(QString(41, u'x'))->contains(u"41 characters"_qs));
    QVERIFY(LogQuery::keywordProblem(u"1 2 3 4 5 6 7 8 9 10 11"_qs)->contains(u"11 words"_qs));
    QVERIFY(!LogQuery::customFilterProblem(u"   "_qs));
    QVERIFY(!LogQuery::customFilterProblem(u"eventType sw \"user.\""_qs));
    const auto problem = LogQuery::customFilterProblem(u"eventType eq \"a\" and"_qs);
    QVERIFY(problem);
    QVERIFY2(problem->contains(u"character 21"_qs), qPrintable(*problem));
}

void TestLogQuery::fieldArguments() {
    Fields fields;
    QString error;
    QVERIFY(LogQuery::parseFieldArguments(
        {u"eventType=user.session.start"_qs, u" actor.id =a=b"_qs, u"displayMessage="_qs}, &fields, &error));
    QCOMPARE(fields, (Fields{{u"eventType"_qs, u"user.session.start"_qs},
                             {u"actor.id"_qs, u"a=b"_qs},
                             {u"displayMessage"_qs, QString()}}));
    QVERIFY(!LogQuery::parseFieldArguments({u"=x"_qs}, &fields, &error));
    QVERIFY(error.contains(u"KEY=VALUE"_qs));
    QVERIFY(!LogQuery::parseFieldArguments({u"novalue"_qs}, &fields, &error));
}

OKTADESK_TEST_GUILESS_MAIN(TestLogQuery)
#include "tst_logquery.moc"

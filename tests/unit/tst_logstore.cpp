// The compact store behind the System Log results: the columns a table shows, texts
// shared, and every event's bytes kept compressed yet returned exactly as Okta sent them;
// and the JSON tree the detail pane shows.
#include "core/logs/logstore.h"
#include "core/values/jsonnode.h"
#include "core/values/logevent.h"
#include "core/values/page.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <future>

using okta::JsonNode;
using okta::LogColumns;
using okta::LogEvent;
using okta::LogStore;

namespace {

// A page of `n` events, one per line. A space is added after the first comma of each: the
// bytes must survive exactly, spacing included.
QByteArray page(int n, int offset = 0) {
    QByteArray out = "[\n";
    for (int i = offset; i < offset + n; ++i) {
        const QString id = QString::number(i);
        QJsonObject actor{{u"id"_qs, QString(u"00u"_qs + id)},
                          {u"type"_qs, u"User"_qs},
                          {u"alternateId"_qs, QString(u"user"_qs + id + u"@example.com"_qs)}};
        actor.insert(u"displayName"_qs,
                     i % 5 == 0 ? QJsonValue() : QJsonValue(u"Person "_qs + QString::number(i % 50)));
        const QJsonObject event{
            {u"uuid"_qs, QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'))},
            {u"published"_qs, QStringLiteral("2026-05-01T12:%1:%2.000Z")
                                  .arg((i / 60) % 60, 2, 10, QLatin1Char('0'))
                                  .arg(i % 60, 2, 10, QLatin1Char('0'))},
            {u"eventType"_qs, i % 3 == 0 ? u"user.session.start"_qs : u"user.authentication.sso"_qs},
            {u"severity"_qs, i % 7 == 0 ? u"WARN"_qs : u"INFO"_qs},
            {u"displayMessage"_qs, QString(u"Message \""_qs + id + u'"')},
            {u"actor"_qs, actor},
            {u"outcome"_qs, QJsonObject{{u"result"_qs, i % 4 == 0 ? u"FAILURE"_qs : u"SUCCESS"_qs},
                                        {u"reason"_qs, QJsonValue()}}},
            {u"client"_qs,
             QJsonObject{
                 {u"ipAddress"_qs, QStringLiteral("10.0.%1.1").arg(i % 200)},
                 {u"userAgent"_qs, QJsonObject{{u"browser"_qs, u"CHROME"_qs}, {u"os"_qs, u"Mac OS X"_qs}}},
                 {u"geographicalContext"_qs, QJsonObject{{u"city"_qs, u"Zürich"_qs},
                                                         {u"state"_qs, u"Zurich"_qs},
                                                         {u"country"_qs, u"Switzerland"_qs}}}}},
            {u"target"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"0oa1"_qs},
                                                  {u"type"_qs, u"AppInstance"_qs},
                                                  {u"displayName"_qs, u"GitHub"_qs}},
                                      QJsonObject{{u"id"_qs, QString(u"00g"_qs + id)},
                                                  {u"type"_qs, u"UserGroup"_qs},
                                                  {u"alternateId"_qs, QString(u"group "_qs + id)}}}},
            {u"debugContext"_qs,
             QJsonObject{{u"debugData"_qs, QJsonObject{{u"requestUri"_qs, QString(u"/api/v1/users/"_qs + id)},
                                                       {u"padding"_qs, QString(200 + i % 97, u'x')}}}}},
        };
        QByteArray line = QJsonDocument(event).toJson(QJsonDocument::Compact);
        line.insert(line.indexOf(',') + 1, ' ');
        if (i > offset)
            out += ",\n";
        out += line;
    }
    out += "\n]";
    return out;
}

QList<QByteArray> elements(const QByteArray &page) {
    QList<QByteArray> out;
    for (const QByteArray &line : page.split('\n'))
        if (line.startsWith('{'))
            out.append(line.endsWith(',') ? line.chopped(1) : line);
    return out;
}

} // namespace

class TestLogStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void columnsFromEvents() {
        const auto parsed = LogEvent::parsePage(page(10));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        LogStore store;
        store.append(parsed.rows);
        QCOMPARE(store.size(), 10);
        QCOMPARE(store.cell(1, LogColumns::Time), u"2026-05-01T12:00:01.000Z"_qs);
        QCOMPARE(store.cell(0, LogColumns::Severity), u"WARN"_qs);
        QCOMPARE(store.cell(0, LogColumns::Message), u"Message \"0\""_qs);
        QCOMPARE(store.cell(1, LogColumns::Actor), u"Person 1"_qs);
        // Without a display name the actor is its alternate ID.
        QCOMPARE(store.cell(5, LogColumns::Actor), u"user5@example.com"_qs);
        QCOMPARE(store.text(1, LogStore::ActorDetail), u"user1@example.com (User)"_qs);
        QCOMPARE(store.cell(2, LogColumns::Targets), u"GitHub (AppInstance); group 2 (UserGroup)"_qs);
        QCOMPARE(store.cell(4, LogColumns::Outcome), u"FAILURE"_qs);
        QCOMPARE(store.cell(3, LogColumns::ClientIp), u"10.0.3.1"_qs);
        QCOMPARE(store.cell(3, LogColumns::Location), u"Zürich, Zurich, Switzerland"_qs);
        QCOMPARE(store.cell(3, LogColumns::Client), u"CHROME, Mac OS X"_qs);
        // The store's cells are the columns' texts of the events themselves.
        for (int row = 0; row < 10; ++row)
            for (const LogColumns::Column c : LogColumns::all())
                QCOMPARE(store.cell(row, c), LogColumns::text(parsed.rows.at(row), c));
        // Repeated texts are stored once.
        QCOMPARE(store.textId(0, LogStore::EventType), store.textId(3, LogStore::EventType));
        QVERIFY(store.textId(0, LogStore::EventType) != store.textId(1, LogStore::EventType));
        QCOMPARE(store.textId(0, LogStore::Location), store.textId(9, LogStore::Location));
    }

    // Rows prepared on another thread (where a big page is parsed) store exactly what the
    // events appended directly do: every column's text, the tooltips' texts, times,
    // severities and bytes.
    void rowsPreparedElsewhereStoreTheSame() {
        const QByteArray body = page(300);
        const auto parsed = LogEvent::parsePage(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        auto prepared = std::async(std::launch::async, [&parsed] { return LogStore::prepare(parsed.rows); });
        const LogStore::Rows rows = prepared.get();
        QCOMPARE(rows.size(), 300);
        // Each distinct text once (the empty one first), however many rows repeat it.
        QVERIFY(rows.texts.first().isEmpty());
        QCOMPARE(QSet<QString>(rows.texts.cbegin(), rows.texts.cend()).size(), rows.texts.size());
        QVERIFY(rows.texts.size() < 300 * LogStore::TextCount / 2);
        LogStore direct, viaRows;
        direct.append(parsed.rows);
        viaRows.append(rows);
        QCOMPARE(viaRows.size(), direct.size());
        const QList<QByteArray> originals = elements(body);
        for (int row = 0; row < 300; ++row) {
            QCOMPARE(viaRows.published(row), direct.published(row));
            QCOMPARE(viaRows.severity(row), direct.severity(row));
            for (int t = 0; t < LogStore::TextCount; ++t)
                QCOMPARE(viaRows.text(row, LogStore::Text(t)), direct.text(row, LogStore::Text(t)));
            QCOMPARE(viaRows.raw(row), originals.at(row));
        }
        QCOMPARE(viaRows.cell(1, LogColumns::Targets), u"GitHub (AppInstance); group 1 (UserGroup)"_qs);
    }

    // What a page carries prepared always describes its rows: dropping or cutting rows
    // drops it, so a receiver falls back to the rows themselves.
    void preparedRowsGoWhenThePageChanges() {
        const auto parsed = LogEvent::parsePage(page(10));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const auto withRows = [&parsed] {
            okta::Page p(parsed.rows);
            p.setPrepared(LogStore::prepare(parsed.rows));
            return p;
        };
        okta::Page kept = withRows();
        QVERIFY(kept.prepared<LogStore::Rows>());
        QCOMPARE(kept.prepared<LogStore::Rows>()->size(), 10);
        QVERIFY(!kept.prepared<QString>()); // another type: none
        kept.truncate(10);
        QCOMPARE(kept.removeIf([](const QString &) { return false; }), 0);
        QVERIFY(kept.prepared<LogStore::Rows>()); // nothing changed

        okta::Page cut = withRows();
        cut.truncate(4);
        QVERIFY(!cut.prepared<LogStore::Rows>());
        okta::Page filtered = withRows();
        QCOMPARE(filtered.removeIf([](const QString &key) { return key.startsWith(u"00000003"); }), 1);
        QVERIFY(!filtered.prepared<LogStore::Rows>());
    }

    // Thousands of events: most blocks get compressed on the worker while rows keep coming,
    // and every event reads back byte for byte, before and after.
    void bytesExactThroughCompression() {
        LogStore store;
        QList<QByteArray> expected;
        for (int p = 0; p < 6; ++p) {
            const QByteArray body = page(1000, p * 1000);
            expected += elements(body);
            const auto parsed = LogEvent::parsePage(body);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            store.append(parsed.rows);
            QCOMPARE(store.raw(store.size() - 1), expected.last()); // the open block
        }
        QCOMPARE(store.size(), expected.size());
        for (int i = 0; i < expected.size(); i += 97)
            QCOMPARE(store.raw(i), expected.at(i));
        // Only the open block stays uncompressed once the worker is done.
        QTRY_COMPARE(store.bytes().pendingBlocks(), 1);
        qint64 raw = 0;
        for (const QByteArray &e : expected)
            raw += e.size();
        QCOMPARE(store.rawBytes(), raw);
        QVERIFY2(store.bytes().storedBytes() * 4 < raw,
                 qPrintable(QStringLiteral("%1 of %2 bytes").arg(store.bytes().storedBytes()).arg(raw)));
        // In order (one decompression per block) and out of order.
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(store.raw(i), expected.at(i));
        for (int i = expected.size() - 1; i >= 0; i -= 13)
            QCOMPARE(store.raw(i), expected.at(i));

        store.clear();
        QCOMPARE(store.size(), 0);
        QCOMPARE(store.rawBytes(), 0);
        QCOMPARE(store.pool().size(), 1); // the empty text
        store.append(LogEvent::parsePage(page(3)).rows);
        QCOMPARE(store.raw(2), elements(page(3)).at(2));
    }

    void jsonTree() {
        const QByteArray json =
            "{\"a\":{\"b\":[1, 2.50, {\"c\":\"x\\\"y\\u00e9\"}]},\"t\":true,\"n\":null,\"e\":[] }";
        const std::optional<JsonNode> root = JsonNode::parse(json);
        QVERIFY(root);
        QCOMPARE(root->kind, JsonNode::Kind::Object);
        QCOMPARE(root->children.size(), 4);
        const JsonNode &a = root->children.at(0);
        QCOMPARE(a.path, u"a"_qs);
        QCOMPARE(a.text, u"{\"b\":[1, 2.50, {\"c\":\"x\\\"y\\u00e9\"}]}"_qs); // as sent
        const JsonNode &b = a.children.at(0);
        QCOMPARE(b.kind, JsonNode::Kind::Array);
        QCOMPARE(b.children.at(1).text, u"2.50"_qs); // numbers as written
        QCOMPARE(b.children.at(1).kind, JsonNode::Kind::Number);
        const JsonNode &c = b.children.at(2).children.at(0);
        QCOMPARE(c.path, u"a.b.2.c"_qs);
        QCOMPARE(c.text, u"x\"yé"_qs); // strings unescaped
        QCOMPARE(root->children.at(1).kind, JsonNode::Kind::Bool);
        QCOMPARE(root->children.at(2).kind, JsonNode::Kind::Null);
        QCOMPARE(root->children.at(3).text, u"[]"_qs);

        QVERIFY(!JsonNode::parse("{\"a\":"));
        QVERIFY(!JsonNode::parse("{} {}"));
        QVERIFY(!JsonNode::parse(QByteArray(QByteArray(200, '[') + QByteArray(200, ']')))); // too deep
        QVERIFY(JsonNode::parse(elements(page(1)).constFirst()));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"

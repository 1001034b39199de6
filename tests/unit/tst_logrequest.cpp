// A System Log search as the form sets it up: how each result mode and time preset turns
// into the query that is sent, the saved-search JSON, the predefined fields, and the curl
// command (which never carries the credential).
#include "core/logs/logfields.h"
#include "core/logs/logrequest.h"
#include "core/okta/authorizer.h"
#include "core/okta/curlcommand.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using okta::LogFields;
using okta::LogQuery;
using okta::LogSearchRequest;
using okta::LogTimeRange;
using Mode = LogSearchRequest::Mode;
using Preset = LogTimeRange::Preset;

class TestLogRequest : public QObject {
    Q_OBJECT

    const QDateTime kNow{QDate(2026, 5, 1), QTime(12, 0), QTimeZone::utc()};

private Q_SLOTS:
    void presets_data() {
        QTest::addColumn<int>("preset");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("15 minutes") << int(Preset::Last15Minutes) << qint64(15 * 60);
        QTest::newRow("hour") << int(Preset::LastHour) << qint64(3600);
        QTest::newRow("24 hours") << int(Preset::Last24Hours) << qint64(86400);
        QTest::newRow("7 days") << int(Preset::Last7Days) << qint64(7 * 86400);
    }
    void presets() {
        QFETCH(int, preset);
        QFETCH(qint64, seconds);
        LogTimeRange range;
        range.preset = Preset(preset);
        QCOMPARE(range.sinceAt(kNow), kNow.addSecs(-seconds));
        QCOMPARE(range.untilAt(kNow), kNow);
        QVERIFY(range.retentionNote(kNow).isEmpty());
        QCOMPARE(LogTimeRange::presetFromKey(LogTimeRange::presetKey(range.preset)), range.preset);
    }

    // Okta's defaults stay Okta's: an open custom range sends nothing for that end.
    void customRangeAndRetention() {
        LogTimeRange range;
        range.preset = Preset::Custom;
        QVERIFY(!range.sinceAt(kNow).isValid());
        QVERIFY(!range.untilAt(kNow).isValid());
        QVERIFY(range.retentionNote(kNow).isEmpty()); // 7 days back by default
        range.since = kNow.addDays(-120);
        const QString note = range.retentionNote(kNow);
        QVERIFY2(note.contains(u"90 days"_qs), qPrintable(note));
        range.since = kNow.addDays(-89);
        QVERIFY(range.retentionNote(kNow).isEmpty());
    }

    void resolvedPerMode() {
        LogSearchRequest r;
        r.query.fields = {{u"eventType"_qs, u"user.session.start"_qs}};
        r.query.limit = 1000;
        r.range.preset = Preset::LastHour;

        // First N: bounded, newest first, and never more per page than N.
        r.mode = Mode::FirstN;
        r.firstN = 200;
        LogQuery q = r.resolved(kNow);
        QCOMPARE(q.since, kNow.addSecs(-3600));
        QCOMPARE(q.until, kNow);
        QCOMPARE(q.limit, 200);
        QCOMPARE(q.order, LogQuery::Order::Descending);
        QVERIFY(!q.isPolling());
        r.firstN = 5000;
        QCOMPARE(r.resolved(kNow).limit, 1000);

        // All: bounded even when the custom range leaves the end open.
        r.mode = Mode::All;
        r.range.preset = Preset::Custom;
        r.range.since = kNow.addDays(-2);
        q = r.resolved(kNow);
        QCOMPARE(q.until, kNow);
        QCOMPARE(q.limit, 1000);
        QVERIFY(!q.isPolling());

        // Tail: a polling query from the range's start, oldest first, whatever the order says.
        r.mode = Mode::Tail;
        r.range.until = kNow.addSecs(-60);
        q = r.resolved(kNow);
        QVERIFY(q.isPolling());
        QCOMPARE(q.since, kNow.addDays(-2));
        QVERIFY(!q.until.isValid());
        QCOMPARE(q.order, LogQuery::Order::Ascending);
        QCOMPARE(q.filterExpression(), u"eventType eq \"user.session.start\""_qs);
    }

    void validate() {
        LogSearchRequest r;
        QVERIFY(!r.validate(kNow));
        r.firstN = 0;
        QVERIFY(r.validate(kNow)->contains(u"First N"_qs));
        r.firstN = 10;
        r.query.customFilter = u"eventType eq"_qs;
        QVERIFY(r.validate(kNow)->contains(u"custom filter"_qs));
    }

    void savedJsonRoundTrip() {
        LogSearchRequest r;
        r.query.keyword = u"reset password"_qs;
        r.query.fields = {{u"actor.alternateId"_qs, u"zoë+1@example.com"_qs}, {u"severity"_qs, u"WARN"_qs}};
        r.query.customFilter = u"outcome.result eq \"FAILURE\" or severity eq \"ERROR\""_qs;
        r.query.order = LogQuery::Order::Ascending;
        r.query.limit = 250;
        r.range.preset = Preset::Custom;
        r.range.since = kNow.addDays(-3);
        r.mode = Mode::All;
        r.firstN = 42;
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        const auto back = LogSearchRequest::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(back);
        QVERIFY(*back == r);
        QVERIFY(!back->range.until.isValid());
        // Something this version cannot read is refused, not guessed at.
        QJsonObject broken = r.toJson();
        broken.insert(u"mode"_qs, u"sometimes"_qs);
        QVERIFY(!LogSearchRequest::fromJson(broken));
    }

    void predefinedFields() {
        QStringList keys;
        for (const LogFields::Field &f : LogFields::predefined())
            keys.append(f.key);
        QCOMPARE(keys, (QStringList{u"eventType"_qs, u"uuid"_qs, u"displayMessage"_qs, u"actor.id"_qs,
                                    u"actor.displayName"_qs, u"actor.type"_qs, u"actor.alternateId"_qs,
                                    u"target.id"_qs, u"target.displayName"_qs, u"target.type"_qs,
                                    u"severity"_qs, u"outcome.result"_qs, u"client.ipAddress"_qs}));
        QCOMPARE(LogFields::label(u"actor.alternateId"), u"Actor alternate ID"_qs);
        QVERIFY(LogFields::knownEventTypes().contains(u"user.session.start"_qs));
        QVERIFY(std::is_sorted(LogFields::knownEventTypes().begin(), LogFields::knownEventTypes().end()));
        // "Filter on this value": array positions are dropped, any target matches.
        QCOMPARE(LogFields::fieldForPath(u"target.1.id"), u"target.id"_qs);
        QCOMPARE(LogFields::fieldForPath(u"outcome.result"), u"outcome.result"_qs);
        QCOMPARE(LogFields::fieldForPath(u"client.geographicalContext.city"), QString());
        QCOMPARE(LogFields::attributeForPath(u"request.ipChain.0.ip"), u"request.ipChain.ip"_qs);
    }

    void curlLeavesTheCredentialOut() {
        const QByteArray secret = "00SECRET-token-value";
        okta::StaticAuthorizer ssws(okta::StaticAuthorizer::Scheme::Ssws, secret);
        okta::StaticAuthorizer bearer(okta::StaticAuthorizer::Scheme::Bearer, secret);
        LogQuery q;
        q.fields = {{u"actor.alternateId"_qs, u"o'brien+x@example.com"_qs}};
        QUrl url(u"https://acme.okta.com/api/v1/logs"_qs);
        url.setQuery(q.toUrlQuery());
        const QString a = okta::curlCommand(url, &ssws);
        const QString b = okta::curlCommand(url, &bearer);
        QVERIFY(!a.contains(QString::fromLatin1(secret)));
        QVERIFY(!b.contains(QString::fromLatin1(secret)));
        QVERIFY(a.contains(u"\"Authorization: SSWS $OKTA_API_TOKEN\""_qs));
        QVERIFY(b.contains(u"\"Authorization: Bearer $OKTA_ACCESS_TOKEN\""_qs));
        // The URL is single-quoted as sent: the shell expands nothing in it.
        QVERIFY2(a.endsWith(u'\'' + QString::fromLatin1(url.toEncoded()) + u'\''), qPrintable(a));
        QVERIFY(a.contains(u"o%27brien%2Bx"_qs));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TestLogRequest)
#include "tst_logrequest.moc"

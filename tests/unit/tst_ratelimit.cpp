#include "core/okta/ratelimit.h"
#include "support/testmain.h"

#include <QTest>

using okta::RateLimit;

class TstRateLimit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesHeaders() {
        const RateLimit r = RateLimit::parse("120", " 7 ", "1780000000");
        QCOMPARE(r.limit, 120);
        QCOMPARE(r.remaining, 7);
        QCOMPARE(r.resetEpochSeconds, 1780000000);
        QVERIFY(r.isValid());
        QVERIFY(r.isLow()); // 7 < 12
    }

    void missingOrGarbageHeaders() {
        const RateLimit r = RateLimit::parse(QByteArray(), "abc", "-5");
        QCOMPARE(r.limit, -1);
        QCOMPARE(r.remaining, -1);
        QCOMPARE(r.resetEpochSeconds, -1);
        QVERIFY(!r.isValid());
        QVERIFY(!r.isLow());
    }

    void lowThresholdIsTenPercent() {
        QVERIFY(!RateLimit::parse("100", "10", "0").isLow());
        QVERIFY(RateLimit::parse("100", "9", "0").isLow());
        QVERIFY(!RateLimit::parse("0", "0", "0").isLow()); // concurrency 429s: no budget info
    }

    void retryWaitsUntilResetPlusJitter() {
        const qint64 now = 1780000000000;
        const RateLimit r = RateLimit::parse("120", "0", "1780000005");
        QCOMPARE(r.retryDelayMs(now, 300), 5300);
    }

    void retryWaitsAtLeastOneSecond() {
        const qint64 now = 1780000000000;
        // Concurrency 429: every header reads 0.
        QCOMPARE(RateLimit::parse("0", "0", "0").retryDelayMs(now, 0), 1000);
        // A reset already in the past.
        QCOMPARE(RateLimit::parse("120", "0", "1779999990").retryDelayMs(now, 250), 1250);
        // Headers absent.
        QCOMPARE(RateLimit().retryDelayMs(now, 0), 1000);
    }

    void retryIsCapped() {
        const qint64 now = 1780000000000;
        QCOMPARE(RateLimit::parse("120", "0", "1780009999").retryDelayMs(now, 0, 60000), 60000);
    }

    void slowDownSpreadsTheRest() {
        const qint64 now = 1780000000000;
        QCOMPARE(RateLimit::parse("100", "50", "1780000030").slowDownDelayMs(now), 0);
        // 4 calls left, 30 s to go: one call every 6 s.
        QCOMPARE(RateLimit::parse("100", "4", "1780000030").slowDownDelayMs(now), 6000);
        QCOMPARE(RateLimit::parse("100", "4", "1779999000").slowDownDelayMs(now), 0);
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstRateLimit)
#include "tst_ratelimit.moc"

// The retry rule for transient faults, without a network: which faults count, how long to
// wait, and when to give up.
#include "core/okta/retrypolicy.h"
#include "support/testmain.h"

#include <QTest>
#include <QTimeZone>

using namespace okta;

namespace {

AttemptOutcome get(int status, QNetworkReply::NetworkError error = QNetworkReply::NoError) {
    AttemptOutcome a;
    a.idempotent = true;
    a.httpStatus = status;
    a.networkError = error;
    return a;
}

} // namespace

class TstRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classify_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<int>("expected");
        const int none = QNetworkReply::NoError, closed = QNetworkReply::RemoteHostClosedError;
        QTest::newRow("200") << 200 << none << false << int(TransientFault::None);
        QTest::newRow("500") << 500 << none << false << int(TransientFault::ServerError);
        QTest::newRow("502") << 502 << none << false << int(TransientFault::ServerError);
        QTest::newRow("503") << 503 << none << false << int(TransientFault::ServerError);
        QTest::newRow("504") << 504 << none << false << int(TransientFault::ServerError);
        QTest::newRow("501 is not transient") << 501 << none << false << int(TransientFault::None);
        QTest::newRow("429 has its own rule") << 429 << none << false << int(TransientFault::None);
        QTest::newRow("400") << 400 << none << false << int(TransientFault::None);
        QTest::newRow("reset before the status")
            << 0 << closed << false << int(TransientFault::ConnectionReset);
        QTest::newRow("closed mid-body") << 200 << closed << false << int(TransientFault::ShortBody);
        QTest::newRow("stalled") << 200 << int(QNetworkReply::OperationCanceledError) << true
                                 << int(TransientFault::Stalled);
        QTest::newRow("refused is not transient")
            << 0 << int(QNetworkReply::ConnectionRefusedError) << false << int(TransientFault::None);
        QTest::newRow("TLS is not transient")
            << 0 << int(QNetworkReply::SslHandshakeFailedError) << false << int(TransientFault::None);
    }
    void classify() {
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(bool, timedOut);
        QFETCH(int, expected);
        AttemptOutcome a = get(status, QNetworkReply::NetworkError(error));
        a.timedOut = timedOut;
        QCOMPARE(int(RetryPolicy::classify(a)), expected);
    }

    // RFC 9112 §6.3: a body shorter than its Content-Length is incomplete, even when the
    // socket reported no error.
    void shortBodyWithoutError() {
        AttemptOutcome a = get(200);
        a.contentLength = 100;
        a.bodySize = 60;
        QCOMPARE(RetryPolicy::classify(a), TransientFault::ShortBody);
        a.contentLength = -1; // unknown (or decoded from gzip): nothing to compare
        QCOMPARE(RetryPolicy::classify(a), TransientFault::None);
    }

    // RFC 9110 §10.2.3: Retry-After = HTTP-date / delay-seconds.
    void retryAfter() {
        const qint64 now = QDateTime(QDate(2026, 5, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(RetryPolicy::parseRetryAfter("120", now), 120000);
        QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", now), 0);
        QCOMPARE(RetryPolicy::parseRetryAfter("Fri, 01 May 2026 12:00:30 GMT", now), 30000);
        QCOMPARE(RetryPolicy::parseRetryAfter("Fri, 01 May 2026 11:00:00 GMT", now), 0); // past
        QCOMPARE(RetryPolicy::parseRetryAfter("", now), -1);
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", now), -1);
        QCOMPARE(RetryPolicy::parseRetryAfter("-5", now), -1);
    }

    // Exponential backoff, jittered within its upper half, capped, and a bounded number of
    // attempts (the first one included).
    void backoffGrowsJitteredAndBounded() {
        RetryOptions o;
        o.maxAttempts = 5;
        o.baseDelayMs = 100;
        o.maxDelayMs = 300;
        RetryPolicy low(o), high(o);
        const AttemptOutcome a = get(503);
        const qint64 expectedStep[] = {100, 200, 300, 300};
        for (qint64 step : expectedStep) {
            const qint64 least = low.nextDelayMs(a, 0, 0);
            const qint64 most = high.nextDelayMs(a, 0, 0xffffffffu);
            QVERIFY(least >= step / 2 && least <= step);
            QVERIFY(most >= step / 2 && most <= step);
            QCOMPARE(least, step / 2);
        }
        QCOMPARE(low.nextDelayMs(a, 0, 0), -1); // the fifth attempt was the last
        QCOMPARE(low.retries(), 4);
    }

    void retryAfterWinsOverBackoffUpToItsLimit() {
        RetryOptions o;
        o.maxRetryAfterMs = 10000;
        RetryPolicy p(o);
        AttemptOutcome a = get(503);
        a.retryAfter = "3";
        QCOMPARE(p.nextDelayMs(a, 0, 0), 3000);
        a.retryAfter = "60"; // longer than we would wait: report instead
        QCOMPARE(p.nextDelayMs(a, 0, 0), -1);
    }

    // Sending a write twice is not harmless (a second DELETE of a user deletes it for good).
    void writesAreNeverRetried() {
        RetryPolicy p;
        AttemptOutcome a = get(503);
        a.idempotent = false;
        QCOMPARE(p.nextDelayMs(a, 0, 0), -1);
        a = get(0, QNetworkReply::RemoteHostClosedError);
        a.idempotent = false;
        QCOMPARE(p.nextDelayMs(a, 0, 0), -1);
    }

    // A 200 whose body is not JSON is fetched once more, not five times.
    void malformedBodyOnlyOnce() {
        RetryPolicy p;
        AttemptOutcome a = get(200);
        a.malformedBody = true;
        QVERIFY(p.nextDelayMs(a, 0, 0) >= 0);
        QCOMPARE(p.nextDelayMs(a, 0, 0), -1);
        QVERIFY(p.nextDelayMs(get(503), 0, 0) >= 0); // other faults keep their own budget
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstRetryPolicy)
#include "tst_retrypolicy.moc"

// The status bar's rate-limit label with several buckets (issue 7, item 4): Okta counts each
// endpoint group on its own, so the label shows the bucket closest to its limit, whichever
// answered last, and lists the others in its tooltip.
#include "support/testmain.h"
#include "ui/ratelimitlabel.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

okta::RateLimit budget(const QString &bucket, qint64 limit, qint64 remaining, qint64 secondsToReset) {
    okta::RateLimit r;
    r.bucket = bucket;
    r.limit = limit;
    r.remaining = remaining;
    r.resetEpochSeconds = QDateTime::currentSecsSinceEpoch() + secondsToReset;
    return r;
}

} // namespace

class TstRateLimitLabel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheBucketClosestToItsLimit() {
        oktadesk::RateLimitLabel label;
        label.show();
        label.setRateLimit(budget(u"GET /api/v1/users/{id}"_s, 1000, 400, 50)); // 40% left
        label.setRateLimit(budget(u"/api/v1/logs*"_s, 60, 50, 50));             // 83% left, latest
        QVERIFY2(label.text().startsWith(u"Rate limit for GET /api/v1/users/{id}: 400 / 1000 left"_s),
                 qPrintable(label.text()));
        QCOMPARE(label.rateLimit().bucket, u"GET /api/v1/users/{id}"_s);
        QVERIFY(label.toolTip().contains(u"Rate limit for /api/v1/logs*: 50 / 60 left"_s));

        // The log bucket drops below 10%: it is now the closest, and flagged.
        label.setRateLimit(budget(u"/api/v1/logs*"_s, 60, 5, 50));
        QVERIFY2(label.text().startsWith(u"⚠ Rate limit for /api/v1/logs*: 5 / 60 left"_s),
                 qPrintable(label.text()));
        QCOMPARE(label.property("lowBudget").toBool(), true);
    }

    // A bucket whose window has reset is full again and gives way to one still counting.
    void aResetBucketGivesWay() {
        oktadesk::RateLimitLabel label;
        label.show();
        label.setRateLimit(budget(u"/api/v1/logs*"_s, 60, 1, -5)); // its window ended 5 s ago
        label.setRateLimit(budget(u"/api/v1/groups*"_s, 250, 200, 40));
        QCOMPARE(label.rateLimit().bucket, u"/api/v1/groups*"_s);
        QCOMPARE(label.property("lowBudget").toBool(), false);

        // Signing out (an invalid budget) forgets every bucket.
        label.setRateLimit({});
        QVERIFY(!label.isVisible());
        QVERIFY(!label.rateLimit().isValid());
    }
};

OKTADESK_TEST_MAIN(TstRateLimitLabel)
#include "tst_ratelimitlabel.moc"

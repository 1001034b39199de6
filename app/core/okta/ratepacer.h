#pragma once

#include "ratebudgets.h"
#include "ratelimit.h"

#include <QHash>
#include <QString>

namespace okta {

// When the next request of each rate-limit bucket may start. Okta counts every bucket on
// its own, so a bucket running low, or a 429 on it, holds back only the requests of that
// bucket, paced from that bucket's own headers; a concurrency 429 (org-wide) holds back all.
class RatePacer {
public:
    // Paces a bucket once fewer than `slowDownFraction` of its window's calls are left.
    explicit RatePacer(double slowDownFraction = 0.10)
        : m_slowDownFraction(slowDownFraction) {}
    void setSlowDownFraction(double fraction) { m_slowDownFraction = fraction; }

    // A response's headers; rateLimit.bucket names the bucket.
    void note(const RateLimit &rateLimit) { m_budgets.note(rateLimit); }
    // A request of `bucket` goes out now: its spacing counts from here.
    void started(const QString &bucket, qint64 nowMs);
    // Nothing of `bucket` starts before `untilMs` (a 429 on it); a concurrency 429 blocks
    // every bucket.
    void block(const RateLimit &tooMany, qint64 untilMs);
    // How long the next request of `bucket` should wait; 0: it may start now.
    qint64 delayMs(const QString &bucket, qint64 nowMs) const;

    const RateBudgets &budgets() const { return m_budgets; }

private:
    struct Timing {
        qint64 lastStartMs = 0;
        qint64 blockedUntilMs = 0;
    };
    double m_slowDownFraction;
    RateBudgets m_budgets;
    QHash<QString, Timing> m_timing;
    qint64 m_allBlockedUntilMs = 0;
};

} // namespace okta

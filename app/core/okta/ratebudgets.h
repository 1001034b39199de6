#pragma once

#include "ratelimit.h"

#include <QHash>
#include <QList>
#include <QString>

namespace okta {

// The budget of each rate-limit bucket as its latest response reported it, and which of
// them is closest to its limit: what the status bar shows.
class RateBudgets {
public:
    // Keeps `rateLimit` as the budget of its bucket (rateLimit.bucket); invalid ones are
    // ignored.
    void note(const RateLimit &rateLimit);
    void clear() { m_buckets.clear(); }
    bool isEmpty() const { return m_buckets.isEmpty(); }

    RateLimit of(const QString &bucket) const { return m_buckets.value(bucket).rateLimit; }
    // The latest budget noted, whichever bucket.
    RateLimit latest() const;
    // The bucket with the smallest share of its limit left whose window is still open at
    // `nowMs` (a window that has reset is full again); with every window reset, the latest.
    // Concurrency 429s (limit 0) are no budget and never chosen.
    RateLimit closest(qint64 nowMs) const;
    // The budgets whose windows are open at `nowMs`, closest to its limit first.
    QList<RateLimit> byCloseness(qint64 nowMs) const;

private:
    struct Entry {
        RateLimit rateLimit;
        quint64 order = 0; // when it was noted, for ties and latest()
    };
    QHash<QString, Entry> m_buckets;
    quint64 m_noted = 0;
};

} // namespace okta

#include "ratebudgets.h"

#include <algorithm>

namespace okta {

void RateBudgets::note(const RateLimit &rateLimit) {
    if (!rateLimit.isValid())
        return;
    m_buckets.insert(rateLimit.bucket, {rateLimit, ++m_noted});
}

RateLimit RateBudgets::latest() const {
    const Entry *best = nullptr;
    for (const Entry &e : m_buckets)
        if (!best || e.order > best->order)
            best = &e;
    return best ? best->rateLimit : RateLimit();
}

QList<RateLimit> RateBudgets::byCloseness(qint64 nowMs) const {
    QList<const Entry *> open;
    for (const Entry &e : m_buckets) {
        const RateLimit &r = e.rateLimit;
        if (r.limit <= 0)
            continue;
        if (r.resetEpochSeconds > 0 && r.resetEpochSeconds * 1000 <= nowMs)
            continue; // that window is over: the bucket is full again
        open.append(&e);
    }
    std::sort(open.begin(), open.end(), [](const Entry *a, const Entry *b) {
        const RateLimit &x = a->rateLimit, &y = b->rateLimit;
        // remaining / limit, compared without division; then fewer left; then the newer.
        const qint64 lhs = x.remaining * y.limit, rhs = y.remaining * x.limit;
        if (lhs != rhs)
            return lhs < rhs;
        if (x.remaining != y.remaining)
            return x.remaining < y.remaining;
        return a->order > b->order;
    });
    QList<RateLimit> sorted;
    sorted.reserve(open.size());
    for (const Entry *e : std::as_const(open))
        sorted.append(e->rateLimit);
    return sorted;
}

RateLimit RateBudgets::closest(qint64 nowMs) const {
    const QList<RateLimit> open = byCloseness(nowMs);
    if (!open.isEmpty())
        return open.first();
    const Entry *latestBudget = nullptr;
    for (const Entry &e : m_buckets)
        if (e.rateLimit.limit > 0 && (!latestBudget || e.order > latestBudget->order))
            latestBudget = &e;
    return latestBudget ? latestBudget->rateLimit : RateLimit();
}

} // namespace okta

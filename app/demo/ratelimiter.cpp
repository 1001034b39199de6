#include "ratelimiter.h"

#include "core/okta/ratebuckets.h"

#include <algorithm>

namespace demo {

RateLimiter::Decision RateLimiter::count(const QList<RateLimitBucket> &buckets, QByteArrayView method,
                                         QStringView path, const QByteArray &principal, qint64 nowMs) {
    if (buckets != m_buckets) {
        // New limits (a test, or --no-rate-limits): every window starts afresh.
        m_buckets = buckets;
        m_windows.clear();
    }
    const qsizetype index = okta::RateBuckets::find(
        m_buckets, method, path, [](const RateLimitBucket &b, QByteArrayView m, QStringView p) {
            return okta::RateBuckets::matchScore(b.pathPrefix, b.exact, b.methods, m, p);
        });
    Decision d;
    if (index < 0 || m_buckets[index].limitPerMinute <= 0)
        return d;
    const RateLimitBucket &bucket = m_buckets[index];
    const qint64 windowMs = qint64(std::max(bucket.windowSeconds, 1)) * 1000;
    // Fixed windows that open with the first request, not on wall-clock minutes (as Okta's).
    Window &window = m_windows[index];
    if (window.start == 0 || nowMs >= window.start + windowMs)
        window = {nowMs, 0, {}};
    const int limit = bucket.limitPerMinute;
    // "By default, each API token or OAuth 2.0 app can use up to 50% of a bucket's total
    // rate limit." A request without a known principal is held only to the bucket.
    const bool shared = !principal.isEmpty() && bucket.principalSharePercent < 100;
    const int ceiling =
        shared ? std::max(1, int(qint64(limit) * std::max(bucket.principalSharePercent, 0) / 100)) : limit;
    int &usedByPrincipal = window.usedBy[principal];
    d.tooMany = window.used >= limit || (shared && usedByPrincipal >= ceiling);
    if (!d.tooMany) {
        ++window.used;
        ++usedByPrincipal;
    }
    // "X-Rate-Limit-Limit: the rate limit ceiling that is applicable for the current
    // request": the principal's share. What is left is the smaller of its share and what
    // the other callers left of the bucket (over 100% in sum, "first-come, first-serve").
    const int remaining =
        shared ? std::min(ceiling - usedByPrincipal, limit - window.used) : limit - window.used;
    const qint64 reset = (window.start + windowMs + 999) / 1000;
    d.headers = {{"X-Rate-Limit-Limit", QByteArray::number(ceiling)},
                 {"X-Rate-Limit-Remaining", QByteArray::number(std::max(remaining, 0))},
                 {"X-Rate-Limit-Reset", QByteArray::number(reset)}};
    return d;
}

} // namespace demo

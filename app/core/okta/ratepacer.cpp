#include "ratepacer.h"

#include <algorithm>

namespace okta {

void RatePacer::started(const QString &bucket, qint64 nowMs) {
    m_timing[bucket].lastStartMs = nowMs;
}

void RatePacer::block(const RateLimit &tooMany, qint64 untilMs) {
    if (tooMany.isConcurrencyLimit()) {
        m_allBlockedUntilMs = std::max(m_allBlockedUntilMs, untilMs);
        return;
    }
    qint64 &until = m_timing[tooMany.bucket].blockedUntilMs;
    until = std::max(until, untilMs);
}

qint64 RatePacer::delayMs(const QString &bucket, qint64 nowMs) const {
    const Timing timing = m_timing.value(bucket);
    qint64 wait = std::max(m_allBlockedUntilMs, timing.blockedUntilMs) - nowMs;
    // The spacing is measured from the bucket's last start: what was left of its window
    // then, shared among the calls left. (Measured from now, the wait would shrink as time
    // passes and the last call of a window would start before the reset.)
    if (timing.lastStartMs > 0) {
        const qint64 pace = m_budgets.of(bucket).slowDownDelayMs(timing.lastStartMs, m_slowDownFraction);
        if (pace > 0)
            wait = std::max(wait, timing.lastStartMs + pace - nowMs);
    }
    return std::max<qint64>(wait, 0);
}

} // namespace okta

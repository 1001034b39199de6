#include "ratelimit.h"

#include <algorithm>

namespace okta {

namespace {
qint64 parseNumber(const QByteArray &value) {
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}
} // namespace

RateLimit RateLimit::parse(const QByteArray &limit, const QByteArray &remaining, const QByteArray &reset) {
    RateLimit r;
    r.limit = parseNumber(limit);
    r.remaining = parseNumber(remaining);
    r.resetEpochSeconds = parseNumber(reset);
    return r;
}

qint64 RateLimit::retryDelayMs(qint64 nowEpochMs, int jitterMs, qint64 maxMs) const {
    qint64 delay = 0;
    if (resetEpochSeconds > 0)
        delay = resetEpochSeconds * 1000 - nowEpochMs;
    // Concurrency 429s read 0 everywhere and their reset is only an estimate: never retry
    // sooner than a second.
    delay = std::max<qint64>(delay, 1000);
    return std::min<qint64>(delay + std::max(jitterMs, 0), maxMs);
}

qint64 RateLimit::slowDownDelayMs(qint64 nowEpochMs, double lowFraction) const {
    if (!isLow(lowFraction) || resetEpochSeconds <= 0)
        return 0;
    const qint64 windowLeftMs = resetEpochSeconds * 1000 - nowEpochMs;
    if (windowLeftMs <= 0)
        return 0;
    // Spread what is left over the rest of the window instead of spending it at once.
    return windowLeftMs / std::max<qint64>(remaining + 1, 1);
}

} // namespace okta

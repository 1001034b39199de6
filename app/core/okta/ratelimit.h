#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace okta {

// The X-Rate-Limit-* headers of one response. -1 marks a header that was absent.
struct RateLimit {
    qint64 limit = -1;
    qint64 remaining = -1;
    qint64 resetEpochSeconds = -1;
    // The bucket the request counted against (RateBuckets::nameFor); Okta does not say
    // which in the headers, so the client names it from the request.
    QString bucket;

    bool isValid() const { return limit >= 0 && remaining >= 0; }
    // True when fewer than `fraction` of the window's calls are left.
    bool isLow(double fraction = 0.10) const {
        return isValid() && limit > 0 && double(remaining) < double(limit) * fraction;
    }
    // The headers of a concurrency 429: limit and remaining read 0, whatever the bucket.
    bool isConcurrencyLimit() const { return limit == 0 && remaining == 0; }

    static RateLimit parse(const QByteArray &limit, const QByteArray &remaining, const QByteArray &reset);

    // How long to wait after a 429 before retrying: until the reset plus jitter, and at
    // least one second (concurrency 429s report 0 everywhere). Capped at `maxMs`.
    qint64 retryDelayMs(qint64 nowEpochMs, int jitterMs, qint64 maxMs = 120000) const;
    // A polite pause before the next request when the budget runs low, spreading the
    // remaining calls over the time left in the window; 0 when there is plenty left.
    qint64 slowDownDelayMs(qint64 nowEpochMs, double lowFraction = 0.10) const;

    friend bool operator==(const RateLimit &, const RateLimit &) = default;
};

} // namespace okta

Q_DECLARE_METATYPE(okta::RateLimit)

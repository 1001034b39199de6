#include "retrypolicy.h"

#include <QDateTime>

#include <algorithm>

namespace okta {

TransientFault RetryPolicy::classify(const AttemptOutcome &a) {
    if (a.timedOut)
        return TransientFault::Stalled;
    switch (a.networkError) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
        return a.httpStatus > 0 ? TransientFault::ShortBody : TransientFault::ConnectionReset;
    default:
        break;
    }
    switch (a.httpStatus) {
    case 500: // Okta also answers a System Log query that timed out with 500 E0000009
    case 502:
    case 503:
    case 504:
        return TransientFault::ServerError;
    default:
        break;
    }
    if (a.httpStatus >= 200 && a.httpStatus < 300) {
        if (a.contentLength >= 0 && a.bodySize < a.contentLength)
            return TransientFault::ShortBody;
        if (a.malformedBody)
            return TransientFault::MalformedBody;
    }
    return TransientFault::None;
}

qint64 RetryPolicy::parseRetryAfter(const QByteArray &value, qint64 nowEpochMs) {
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds >= 0 ? seconds * 1000 : -1;
    // RFC 9110 §10.2.3: an HTTP date. IMF-fixdate ends in "GMT", which Qt's RFC 2822 reader
    // only takes as a numeric offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(3) + QLatin1String("+0000");
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, at.toMSecsSinceEpoch() - nowEpochMs);
}

qint64 RetryPolicy::nextDelayMs(const AttemptOutcome &attempt, qint64 nowEpochMs, quint32 random) {
    if (!attempt.idempotent)
        return -1;
    const TransientFault fault = classify(attempt);
    if (fault == TransientFault::None)
        return -1;
    if (fault == TransientFault::MalformedBody) {
        // A body that is not JSON is seldom cured by asking again: once, then report it.
        if (m_malformedRefetches >= m_options.malformedRefetches)
            return -1;
        ++m_malformedRefetches;
    }
    if (m_retries + 1 >= std::max(1, m_options.maxAttempts))
        return -1;
    const qint64 retryAfter = parseRetryAfter(attempt.retryAfter, nowEpochMs);
    if (retryAfter > m_options.maxRetryAfterMs)
        return -1;
    ++m_retries;
    // Exponential backoff with "equal jitter": at least half the step, so clients that failed
    // together do not come back together, and the delay still grows with every retry.
    const int shift = std::min(m_retries - 1, 20);
    const qint64 step = std::min<qint64>(qint64(std::max(m_options.baseDelayMs, 1)) << shift,
                                         std::max(m_options.maxDelayMs, 1));
    const qint64 jittered = step / 2 + qint64(random % quint32(step / 2 + 1));
    return std::max(jittered, retryAfter);
}

} // namespace okta

#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QtGlobal>

namespace okta {

// The faults a read survives by asking again for the same URL.
enum class TransientFault {
    None,
    ServerError,     // 500, 502, 503 or 504
    ConnectionReset, // the connection broke before a status line arrived
    ShortBody,       // the body ended before its Content-Length
    Stalled,         // nothing arrived for the transfer timeout
    MalformedBody,   // a 2xx whose body is not the JSON it should be
};

struct RetryOptions {
    int maxAttempts = 5;          // tries of one request for transient faults, the first included
    int baseDelayMs = 500;        // backoff: base * 2^(retry - 1), the upper half jittered
    int maxDelayMs = 30000;       // cap of one backoff step
    int maxRetryAfterMs = 120000; // a server asking for a longer pause is not waited for
    int malformedRefetches = 1;   // a 2xx whose body is not JSON is fetched once more
};

// What one attempt looked like, as far as asking again is concerned.
struct AttemptOutcome {
    bool idempotent = false; // only GETs are retried: Okta's DELETE of a user is not idempotent
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;     // the transfer timeout fired
    qint64 bodySize = 0;       // bytes received
    qint64 contentLength = -1; // as announced, -1 when unknown or the body was decoded
    bool malformedBody = false;
    QByteArray retryAfter; // the Retry-After header, seconds or an HTTP date
};

// The retry rule for one request: which faults are transient, how many attempts, and the
// backoff between them. One instance per request; it counts that request's retries.
class RetryPolicy {
public:
    explicit RetryPolicy(const RetryOptions &options = {})
        : m_options(options) {}

    static TransientFault classify(const AttemptOutcome &attempt);
    // Milliseconds of a Retry-After value (delta-seconds or HTTP date), or -1.
    static qint64 parseRetryAfter(const QByteArray &value, qint64 nowEpochMs);

    // How long to wait before asking again, or -1 to give up (or when the attempt did not
    // fail transiently). `random` supplies the jitter. Each non-negative answer counts a retry.
    qint64 nextDelayMs(const AttemptOutcome &attempt, qint64 nowEpochMs, quint32 random);

    int retries() const { return m_retries; }

private:
    RetryOptions m_options;
    int m_retries = 0;
    int m_malformedRefetches = 0;
};

} // namespace okta

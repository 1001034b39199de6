#pragma once

#include "demoorg.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace demo {

// The demo org's rate limits, as Okta documents them: a request counts against one bucket
// (okta::RateBuckets' rule: exact path first, then longest prefix, by method where a bucket
// says so); each bucket is a fixed window opened by its first request; and within a bucket
// one API token or OAuth app may use only its share. Runs in the server thread only.
class RateLimiter {
public:
    struct Decision {
        QList<QPair<QByteArray, QByteArray>> headers; // X-Rate-Limit-*; empty: not limited
        bool tooMany = false;                         // answer 429 E0000047
    };

    // Counts one request of `principal` ("the API token or OAuth app"; empty when the
    // request carries no credential the org knows) against `buckets`.
    Decision count(const QList<RateLimitBucket> &buckets, QByteArrayView method, QStringView path,
                   const QByteArray &principal, qint64 nowMs);

private:
    struct Window {
        qint64 start = 0; // ms since epoch
        int used = 0;
        QHash<QByteArray, int> usedBy; // per principal
    };
    QList<RateLimitBucket> m_buckets;   // the list the windows belong to
    QHash<qsizetype, Window> m_windows; // by index in m_buckets
};

} // namespace demo

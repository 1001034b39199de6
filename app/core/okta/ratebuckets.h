#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace okta {

// One of Okta's rate-limit buckets: the requests that count against one per-minute limit.
struct RateBucket {
    QString path;       // "/api/v1/users/{id}": {id} stands for any one path segment
    bool exact = false; // only that path; otherwise the path and every path below it
    QByteArray methods; // "GET POST"; empty: every method
    int limit = 0;      // requests per minute, Workforce Identity column of Okta's table

    // The bucket as Okta's rate-limit dashboard names it: "GET /api/v1/users/{id}",
    // "/api/v1/logs*" (a trailing * marks a prefix bucket).
    QString name() const;
};

// Okta's documented endpoint groups (okta-api-notes.md 9.2: the management and
// authentication rate-limit tables) and the rule that picks a request's bucket. The client
// paces each bucket on its own; the demo org counts them with the same rule.
namespace RateBuckets {

// The buckets OktaDesk's requests fall in, with the published Workforce limits.
const QList<RateBucket> &documented();

// How well a bucket's pattern fits a request, or -1 when it does not. Okta matches "by
// exact path first, then longest prefix", so any exact match outranks every prefix match,
// and a longer prefix a shorter one.
int matchScore(QStringView pattern, bool exact, QByteArrayView methods, QByteArrayView method,
               QStringView path);

// The index in `buckets` of the bucket a request counts against, or -1. `score(bucket,
// method, path)` applies matchScore() to a bucket of any type.
template<typename Bucket, typename Score>
qsizetype find(const QList<Bucket> &buckets, QByteArrayView method, QStringView path, Score score) {
    qsizetype best = -1;
    int bestScore = -1;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (const int s = score(buckets[i], method, path); s > bestScore) {
            best = i;
            bestScore = s;
        }
    }
    return best;
}
qsizetype find(const QList<RateBucket> &buckets, QByteArrayView method, QStringView path);

// The name of the documented bucket of a request; empty for the public metadata endpoints,
// which are not rate limited.
QString nameFor(QByteArrayView method, QStringView path);

// The public metadata endpoints, which Okta does not rate limit.
bool isUnlimited(QStringView path);

} // namespace RateBuckets

} // namespace okta

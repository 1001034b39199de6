#include "ratebuckets.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace okta {

QString RateBucket::name() const {
    QString n;
    if (!methods.isEmpty())
        n = QString::fromLatin1(methods) + u' ';
    n += path;
    if (!exact)
        n += u'*';
    return n;
}

namespace RateBuckets {

const QList<RateBucket> &documented() {
    // Per minute, Workforce Identity, from Okta's last published per-endpoint tables
    // (okta-api-notes.md 9.2). Live values are only in each org's rate-limit dashboard.
    static const QList<RateBucket> buckets = {
        // "Create or list applications: /api/v1/apps except /api/v1/apps/{id}"; grants and
        // app users live below it and share it.
        {u"/api/v1/apps"_s, false, {}, 100},
        // "Get, update, or delete an application by ID: /api/v1/apps/{id} only"
        {u"/api/v1/apps/{id}"_s, true, {}, 500},
        // "Create or list groups: /api/v1/groups except /api/v1/groups/{id}"
        {u"/api/v1/groups"_s, false, {}, 500},
        // "Get, update, or delete a group by ID: /api/v1/groups/{id} only"
        {u"/api/v1/groups/{id}"_s, true, {}, 1000},
        // "Create or list users: Only GET or POST to /api/v1/users"
        {u"/api/v1/users"_s, true, "GET POST", 600},
        // "Get a user by ID or login: Only GET to /api/v1/users/{idOrLogin}"
        {u"/api/v1/users/{id}"_s, true, "GET", 2000},
        // "Update or delete a user by ID: Only POST, PUT or DELETE to /api/v1/users/{id}"
        {u"/api/v1/users/{id}"_s, true, "POST PUT DELETE", 600},
        // "Get System Log data: /api/v1/logs"
        {u"/api/v1/logs"_s, false, {}, 120},
        // "Most other API actions: /api/v1"
        {u"/api/v1"_s, false, {}, 1200},
        // "OAuth2 client configuration requests: /oauth2/v1/clients"
        {u"/oauth2/v1/clients"_s, false, {}, 100},
        // "OAuth2 requests for the Org Authorization Server: /oauth2/v1 except
        // /oauth2/v1/clients and public metadata endpoints" (/token, /authorize, /revoke…)
        {u"/oauth2/v1"_s, false, {}, 2000},
        // "All other OAuth2 requests: /oauth2"
        {u"/oauth2"_s, false, {}, 600},
    };
    return buckets;
}

namespace {

bool methodListed(QByteArrayView methods, QByteArrayView method) {
    if (methods.isEmpty())
        return true;
    qsizetype start = 0;
    while (start < methods.size()) {
        qsizetype end = methods.indexOf(' ', start);
        if (end < 0)
            end = methods.size();
        if (methods.sliced(start, end - start) == method)
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace

int matchScore(QStringView pattern, bool exact, QByteArrayView methods, QByteArrayView method,
               QStringView path) {
    if (!methodListed(methods, method))
        return -1;
    const auto patternParts = pattern.split(u'/', Qt::SkipEmptyParts);
    const auto pathParts = path.split(u'/', Qt::SkipEmptyParts);
    if (pathParts.size() < patternParts.size() || (exact && pathParts.size() != patternParts.size()))
        return -1;
    int literal = 0;
    for (qsizetype i = 0; i < patternParts.size(); ++i) {
        if (patternParts[i] == u"{id}")
            continue;
        if (patternParts[i] != pathParts[i])
            return -1;
        ++literal;
    }
    // Exact matches rank above every prefix; then more segments, then more literal ones
    // (a bucket for /users/me would beat /users/{id}).
    const int segments = int(std::min<qsizetype>(patternParts.size(), 100));
    return (exact ? 100000 : 0) + segments * 200 + literal;
}

qsizetype find(const QList<RateBucket> &buckets, QByteArrayView method, QStringView path) {
    return find(buckets, method, path, [](const RateBucket &b, QByteArrayView m, QStringView p) {
        return matchScore(b.path, b.exact, b.methods, m, p);
    });
}

bool isUnlimited(QStringView path) {
    // "The following public metadata endpoints aren't subjected to rate limiting."
    return path == u"/oauth2/v1/keys" || path == u"/.well-known/openid-configuration" ||
           path == u"/.well-known/oauth-authorization-server";
}

QString nameFor(QByteArrayView method, QStringView path) {
    if (isUnlimited(path))
        return QString();
    const qsizetype i = find(documented(), method, path);
    return i < 0 ? QString() : documented()[i].name();
}

} // namespace RateBuckets

} // namespace okta

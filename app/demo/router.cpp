#include "router.h"
#include "demoshared.h"
#include "logevents.h"
#include "orgdata.h"

#include "core/okta/ratebuckets.h"

#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace demo {

Router::Router(const DemoOptions &options, std::shared_ptr<DemoShared> shared, std::shared_ptr<OrgData> org,
               std::shared_ptr<const LogGenerator> logs, qint64 orgNowMs)
    : m_options(options)
    , m_shared(std::move(shared))
    , m_org(std::move(org))
    , m_logs(std::move(logs))
    , m_apiToken(options.apiToken.toUtf8())
    , m_orgNowAtStart(orgNowMs) {
    m_clock.start();
    m_liveClock.start();
}

void Router::setBaseUrl(const QByteArray &base) {
    m_base = base;
    for (App &app : m_org->apps)
        for (Grant &grant : app.grants)
            if (grant.issuer.isEmpty())
                grant.issuer = QString::fromUtf8(base);
}

HttpResponse Router::handle(const HttpRequest &request) {
    ++m_shared->requests;
    m_request = &request;
    m_requestId = randomToken(27);
    m_caller = Principal();
    HttpResponse response;
    QList<QPair<QByteArray, QByteArray>> rateHeaders;
    const bool limited = applyRateLimit(request, response, rateHeaders);
    const QByteArray fault = limited ? QByteArray() : answerWithFaults(request, response, rateHeaders);
    response.headers = rateHeaders + response.headers;
    response.addHeader("X-Okta-Request-Id", m_requestId);
    m_request = nullptr;
    if (response.status != 302 && response.headerValue("Content-Type").isEmpty())
        response.addHeader("Content-Type", "application/json");
    m_shared->record(
        {QDateTime::currentMSecsSinceEpoch(), request.method, request.target, response.status, fault});
    return response;
}

bool Router::applyRateLimit(const HttpRequest &request, HttpResponse &limited,
                            QList<QPair<QByteArray, QByteArray>> &headers) {
    // "The following public metadata endpoints aren't subjected to rate limiting."
    if (okta::RateBuckets::isUnlimited(request.path))
        return false;
    QList<RateLimitBucket> buckets;
    {
        QMutexLocker lock(&m_shared->mutex);
        buckets = m_shared->buckets;
    }
    const auto d = m_rateLimiter.count(buckets, request.method, request.path, rateLimitPrincipal(request),
                                       QDateTime::currentMSecsSinceEpoch());
    headers = d.headers;
    if (d.tooMany)
        limited = oktaError(429, "E0000047", u"API call exceeded rate limit due to too many requests."_s);
    return d.tooMany;
}

QByteArray Router::rateLimitPrincipal(const HttpRequest &request) const {
    const QByteArray header = request.header("authorization").trimmed();
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray credential = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (scheme == "ssws" && credential == m_apiToken && !credential.isEmpty())
        return "token:" + credential;
    if (scheme == "bearer" && !credential.isEmpty()) {
        const auto token = m_shared->tokens.access(credential, QDateTime::currentMSecsSinceEpoch());
        return token ? "app:" + token->clientId : QByteArray();
    }
    if (scheme == "basic") { // an OAuth app at /token or /revoke: client_secret_basic
        const QByteArray pair = QByteArray::fromBase64(credential);
        return "app:" + QUrl::fromPercentEncoding(pair.left(pair.indexOf(':'))).toUtf8();
    }
    if (request.method == "POST" && request.path.startsWith(u"/oauth2/"_s)) {
        const QString clientId = formDecode(request.body).queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
        if (!clientId.isEmpty())
            return "app:" + clientId.toUtf8();
    }
    return {};
}

HttpResponse Router::route(const HttpRequest &request) {
    const QStringList &s = request.segments;
    const QByteArray &method = request.method;
    if (s.size() == 2 && s[0] == u".well-known"_s && s[1] == u"openid-configuration"_s)
        return method == "GET"
                   ? wellKnown()
                   : oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
    if (s.size() == 3 && s[0] == u"oauth2"_s && s[1] == u"v1"_s) {
        if (s[2] == u"authorize"_s && method == "GET")
            return authorize(request);
        if (s[2] == u"token"_s && method == "POST")
            return token(request);
        if (s[2] == u"revoke"_s && method == "POST")
            return revoke(request);
        if (s[2] == u"userinfo"_s && (method == "GET" || method == "POST"))
            return userinfo(request);
        if (s[2] == u"keys"_s && method == "GET")
            return jsonResponse(200, "{\"keys\":[]}");
    }
    if (s.size() >= 3 && s[0] == u"api"_s && s[1] == u"v1"_s) {
        Principal principal;
        if (auto denied = authenticate(request, principal))
            return *denied;
        m_caller = principal;
        return api(request, principal);
    }
    return oktaError(404, "E0000007", u"Not found: Resource not found: "_s + request.path);
}

HttpResponse Router::api(const HttpRequest &request, const Principal &principal) {
    const QString &family = request.segments[2];
    if (family == u"users"_s)
        return users(request, principal);
    if (family == u"groups"_s)
        return groups(request, principal);
    if (family == u"apps"_s)
        return apps(request, principal);
    if (family == u"meta"_s)
        return schemas(request, principal);
    if (family == u"iam"_s)
        return iam(request, principal);
    if (family == u"logs"_s && request.segments.size() == 3) {
        if (request.method != "GET")
            return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
        if (auto denied = require(principal, "okta.logs.read"))
            return *denied;
        return logs(request);
    }
    return oktaError(404, "E0000007", u"Not found: Resource not found: "_s + request.path);
}

std::optional<HttpResponse> Router::authenticate(const HttpRequest &request, Principal &principal) {
    const QByteArray header = request.header("authorization");
    // Okta answers a management call that carries no credential at all as a browser call
    // without a session: 403 E0000005 "Invalid session" (okta-api-notes.md 1.3); a credential
    // it does not accept gets 401 E0000011 "Invalid token".
    if (header.trimmed().isEmpty())
        return oktaError(403, "E0000005", u"Invalid session"_s);
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray credential = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (scheme == "ssws" && !credential.isEmpty() && credential == m_apiToken) {
        principal.user = m_org->adminIndex;
        principal.allScopes = true;
        return std::nullopt;
    }
    if (scheme == "bearer" && !credential.isEmpty()) {
        if (const auto token = m_shared->tokens.access(credential, QDateTime::currentMSecsSinceEpoch())) {
            principal.user = m_org->findUser(QString::fromUtf8(token->userId));
            principal.scopes = token->scopes;
            principal.clientId = token->clientId;
            if (principal.user >= 0)
                return std::nullopt;
        }
    }
    HttpResponse r = oktaError(401, "E0000011", u"Invalid token provided"_s);
    if (scheme == "bearer")
        r.addHeader("WWW-Authenticate",
                    "Bearer error=\"invalid_token\", error_description=\"The access token is invalid.\"");
    return r;
}

std::optional<HttpResponse> Router::require(const Principal &principal, const char *scope) const {
    if (principal.allScopes)
        return std::nullopt;
    const QString wanted = QString::fromLatin1(scope);
    if (principal.scopes.contains(wanted))
        return std::nullopt;
    // okta.<resource>.manage covers okta.<resource>.read.
    if (wanted.endsWith(u".read"_s) && principal.scopes.contains(wanted.chopped(5) + u".manage"_s))
        return std::nullopt;
    HttpResponse r =
        oktaError(403, "E0000006", u"You do not have permission to perform the requested action"_s);
    r.addHeader("WWW-Authenticate",
                "Bearer error=\"insufficient_scope\", scope=\"" + QByteArray(scope) + '"');
    return r;
}

std::optional<HttpResponse> Router::requireSuperAdmin(const Principal &principal) const {
    if (principal.user >= 0)
        for (const Role &role : m_org->users[principal.user].roles)
            if (role.type == "SUPER_ADMIN")
                return std::nullopt;
    return oktaError(403, "E0000006", u"You do not have permission to perform the requested action"_s);
}

void Router::addLinks(HttpResponse &response, const HttpRequest &request, const QString &nextAfter,
                      const QStringList &drop) const {
    response.addHeader("link", '<' + m_base + request.target + ">; rel=\"self\"");
    if (nextAfter.isNull())
        return;
    QByteArray query;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first == u"after"_s || drop.contains(item.first))
            continue;
        query += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second) + '&';
    }
    query += "after=" + QUrl::toPercentEncoding(nextAfter);
    response.addHeader("link", '<' + m_base + request.rawPath + '?' + query + ">; rel=\"next\"");
}

std::optional<int> Router::intParam(const HttpRequest &request, const QString &name, int fallback,
                                    HttpResponse &error) const {
    if (!request.hasParam(name))
        return fallback;
    bool ok = false;
    const int value = request.param(name).toInt(&ok);
    if (!ok) {
        error = invalidField(name, u"The value must be an integer."_s);
        return std::nullopt;
    }
    return value;
}

qsizetype Router::pageStart(const HttpRequest &request,
                            const std::function<qsizetype(const QString &)> &rowOf,
                            HttpResponse &error) const {
    if (!request.hasParam(u"after"_s))
        return 0;
    const qsizetype row = rowOf(request.param(u"after"_s));
    if (row < 0) {
        error = invalidField(u"after"_s, u"The cursor is not valid."_s);
        return -1;
    }
    return row + 1;
}

qsizetype Router::pageStart(const HttpRequest &request, const QList<int> &order,
                            const std::function<int(const QString &)> &find, HttpResponse &error) const {
    const auto rowOf = [&](const QString &cursor) {
        const int object = find(cursor);
        return object < 0 ? qsizetype(-1) : order.indexOf(object);
    };
    return pageStart(request, rowOf, error);
}

} // namespace demo

#include "core/scopes/scopecatalog.h"
#include "demoshared.h"
#include "jsonwriter.h"
#include "orgdata.h"
#include "router.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

QByteArray b64(const QByteArray &data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString formValue(const QUrlQuery &form, const QString &key) {
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

// Looks like a JWT (header.payload.signature) so clients that peek at claims work; it is
// deliberately unsigned, the demo never claims otherwise.
QByteArray jwtShaped(const QByteArray &payload) {
    return b64(R"({"kid":"demo","alg":"RS256"})") + '.' + b64(payload) + '.' + randomToken(43);
}

} // namespace

QByteArray Router::accessTokenFor(const QStringList &scopes, const QByteArray &userId,
                                  const QByteArray &clientId, const QByteArray &issuer, qint64 nowMs,
                                  int lifetimeSeconds) {
    QByteArray payload;
    JsonWriter w(payload);
    w.beginObject();
    w.fieldAscii("ver", "1");
    w.fieldAscii("jti", QByteArray("AT." + randomToken(24)));
    w.fieldAscii("iss", issuer);
    w.fieldAscii("aud", issuer);
    w.key("iat");
    w.number(nowMs / 1000);
    w.key("exp");
    w.number(nowMs / 1000 + lifetimeSeconds);
    w.fieldAscii("cid", clientId);
    w.fieldAscii("uid", userId);
    w.key("scp");
    w.beginArray();
    for (const QString &s : scopes)
        w.string(s);
    w.endArray();
    w.endObject();
    return jwtShaped(payload);
}

HttpResponse Router::wellKnown() {
    const QByteArray &b = m_base;
    QByteArray body;
    JsonWriter w(body);
    auto list = [&w](const char *key, std::initializer_list<const char *> items) {
        w.key(key);
        w.beginArray();
        for (const char *item : items)
            w.ascii(item);
        w.endArray();
    };
    w.beginObject();
    w.fieldAscii("issuer", b);
    w.fieldAscii("authorization_endpoint", QByteArray(b + "/oauth2/v1/authorize"));
    w.fieldAscii("token_endpoint", QByteArray(b + "/oauth2/v1/token"));
    w.fieldAscii("userinfo_endpoint", QByteArray(b + "/oauth2/v1/userinfo"));
    w.fieldAscii("registration_endpoint", QByteArray(b + "/oauth2/v1/clients"));
    w.fieldAscii("jwks_uri", QByteArray(b + "/oauth2/v1/keys"));
    w.fieldAscii("revocation_endpoint", QByteArray(b + "/oauth2/v1/revoke"));
    w.fieldAscii("end_session_endpoint", QByteArray(b + "/oauth2/v1/logout"));
    list("response_types_supported", {"code"});
    list("response_modes_supported", {"query"});
    list("grant_types_supported", {"authorization_code", "refresh_token"});
    list("subject_types_supported", {"public"});
    list("id_token_signing_alg_values_supported", {"RS256"});
    // The org authorization server lists the OIDC scopes here, never the okta.* ones (the
    // OrgASOidcMetadata example of Okta's OAuth spec); they are the ones granted to every app.
    w.key("scopes_supported");
    w.beginArray();
    for (const QString &s : okta::ScopeCatalog::autoGrantedScopes())
        w.string(s);
    w.endArray();
    list("token_endpoint_auth_methods_supported", {"client_secret_basic", "client_secret_post", "none"});
    list("revocation_endpoint_auth_methods_supported", {"client_secret_basic", "client_secret_post", "none"});
    list("claims_supported", {"iss", "sub", "aud", "iat", "exp", "name", "email", "preferred_username"});
    list("code_challenge_methods_supported", {"S256"});
    w.key("request_parameter_supported");
    w.boolean(false);
    w.endObject();
    return jsonResponse(200, body);
}

bool Router::isOAuthClient(const QString &clientId) const {
    return !clientId.isEmpty() && (clientId == m_options.clientId || clientId == m_options.publicClientId);
}

HttpResponse Router::authorize(const HttpRequest &r) {
    const QString clientId = r.param(u"client_id"_s);
    const QString redirectUri = r.param(u"redirect_uri"_s);
    // Never redirect to a URI we cannot vouch for: those errors are shown in the browser as
    // an error page, not sent back. Okta compares the URI with the registered sign-in
    // redirect URIs exactly, port included (no loopback wildcard).
    if (!isOAuthClient(clientId))
        return errorPage(400, u"The client_id is not valid."_s);
    if (redirectUri.isEmpty() || !m_shared->isRedirectUri(redirectUri))
        return errorPage(
            400,
            u"The 'redirect_uri' parameter must be a Sign-in redirect URI in the client app settings: "_s +
                redirectUri);
    const QString state = r.param(u"state"_s);
    auto redirect = [&](QList<QPair<QString, QString>> items) {
        if (r.hasParam(u"state"_s))
            items.append({u"state"_s, state});
        QByteArray query;
        for (const auto &item : items)
            query += (query.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(item.first) + '=' +
                     QUrl::toPercentEncoding(item.second);
        HttpResponse response;
        response.status = 302;
        response.addHeader("Location",
                           redirectUri.toUtf8() + (redirectUri.contains(u'?') ? '&' : '?') + query);
        return response;
    };
    auto fail = [&](const QString &error, const QString &description) {
        return redirect({{u"error"_s, error}, {u"error_description"_s, description}});
    };
    if (r.param(u"response_type"_s) != u"code"_s)
        return fail(
            u"unsupported_response_type"_s,
            u"The response type is not supported by the authorization server. Configured response types: [code]."_s);
    if (state.isEmpty())
        return fail(u"invalid_request"_s, u"The 'state' parameter is required."_s);
    const QString challenge = r.param(u"code_challenge"_s);
    if (challenge.isEmpty() || r.param(u"code_challenge_method"_s) != u"S256"_s)
        return fail(u"invalid_request"_s,
                    u"PKCE code_challenge and code_challenge_method=S256 are required."_s);
    const QStringList scopes = r.param(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    if (!scopes.contains(u"openid"_s))
        return fail(u"invalid_scope"_s, u"The authorization request must include the openid scope."_s);
    const App &app = m_org->apps[m_org->findApp(clientId)];
    for (const QString &scope : scopes) {
        bool granted = okta::ScopeCatalog::autoGrantedScopes().contains(scope);
        for (const Grant &g : app.grants)
            granted = granted || g.scopeId == scope;
        if (!granted)
            return fail(u"invalid_scope"_s,
                        u"One or more scopes are not configured for the authorization server resource: "_s +
                            scope);
    }
    AuthCode code;
    code.clientId = clientId.toUtf8();
    code.redirectUri = redirectUri;
    code.challenge = challenge.toUtf8();
    code.scopes = scopes;
    code.nonce = r.param(u"nonce"_s);
    code.userId = m_org->users[m_org->adminIndex].id;
    code.expiresAt = QDateTime::currentMSecsSinceEpoch() + 300000;
    const QByteArray value = randomToken(43);
    m_shared->tokens.addCode(value, code);
    recordFor(m_org->adminIndex, code.clientId, "user.session.start", "User login to Okta", {});
    return redirect({{u"code"_s, QString::fromLatin1(value)}});
}

std::optional<HttpResponse> Router::authenticateClient(const HttpRequest &r, const QUrlQuery &form,
                                                       QString *clientId) const {
    QString id, secret;
    const QByteArray header = r.header("authorization");
    const bool basic = header.left(6).toLower() == "basic ";
    const bool post = form.hasQueryItem(u"client_secret"_s);
    if (basic && post)
        return oauthError(400, "invalid_request", u"Cannot supply multiple client credentials."_s);
    if (basic) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        id = QUrl::fromPercentEncoding(decoded.left(colon));
        secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
    } else {
        id = formValue(form, u"client_id"_s);
        secret = formValue(form, u"client_secret"_s);
    }
    // A public client (token_endpoint_auth_method "none") names itself and proves nothing
    // but the PKCE verifier; a confidential one must authenticate with its secret.
    const bool publicClient = id == m_options.publicClientId && !basic && !post;
    const bool confidential =
        id == m_options.clientId && !secret.isEmpty() && secret == m_options.clientSecret;
    if (!publicClient && !confidential)
        return oauthError(401, "invalid_client", u"Client authentication failed."_s);
    *clientId = id;
    return std::nullopt;
}

HttpResponse Router::errorPage(int status, const QString &summary) {
    HttpResponse response;
    response.status = status;
    response.body =
        "<!DOCTYPE html><html><head><title>Error</title></head><body><h1>400 Bad Request</h1><p>" +
        summary.toHtmlEscaped().toUtf8() + "</p></body></html>";
    response.addHeader("Content-Type", "text/html;charset=utf-8");
    return response;
}

} // namespace demo

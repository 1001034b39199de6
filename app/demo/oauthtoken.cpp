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

QString formValue(const QUrlQuery &form, const QString &key) {
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

QByteArray idToken(const User &user, const QByteArray &issuer, const QByteArray &clientId,
                   const QString &nonce, qint64 nowMs) {
    QByteArray payload;
    JsonWriter w(payload);
    w.beginObject();
    w.fieldAscii("sub", user.id);
    w.key("name");
    w.string(QString(user.profile.value(u"firstName"_s).toString() + u' ' +
                     user.profile.value(u"lastName"_s).toString()));
    w.field("email", user.login());
    w.fieldAscii("ver", "1");
    w.fieldAscii("iss", issuer);
    w.fieldAscii("aud", clientId);
    w.key("iat");
    w.number(nowMs / 1000);
    w.key("exp");
    w.number(nowMs / 1000 + 3600);
    w.fieldAscii("jti", QByteArray("ID." + randomToken(24)));
    if (!nonce.isEmpty())
        w.field("nonce", nonce);
    w.field("preferred_username", user.login());
    w.endObject();
    const auto b64 = [](const QByteArray &d) {
        return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return b64(R"({"kid":"demo","alg":"RS256"})") + '.' + b64(payload) + '.' + randomToken(43);
}

} // namespace

HttpResponse Router::token(const HttpRequest &r) {
    const QUrlQuery form = formDecode(r.body);
    QString clientId;
    if (auto failed = authenticateClient(r, form, &clientId))
        return *failed;
    const QString grantType = formValue(form, u"grant_type"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IssuedToken issued;
    QString nonce;
    QByteArray oldRefresh;
    if (grantType == u"authorization_code"_s) {
        const auto code = m_shared->tokens.takeCode(formValue(form, u"code"_s).toUtf8());
        if (!code || code->expiresAt <= now || code->clientId != clientId.toUtf8())
            return oauthError(400, "invalid_grant", u"The authorization code is invalid or has expired."_s);
        if (formValue(form, u"redirect_uri"_s) != code->redirectUri)
            return oauthError(
                400, "invalid_grant",
                u"The 'redirect_uri' does not match the redirection URI used in the authorization request."_s);
        const QByteArray verifier = formValue(form, u"code_verifier"_s).toUtf8();
        const QByteArray computed =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.size() < 43 || verifier.size() > 128 || computed != code->challenge)
            return oauthError(400, "invalid_grant", u"PKCE verification failed."_s);
        issued.scopes = code->scopes;
        issued.userId = code->userId;
        issued.clientId = code->clientId;
        nonce = code->nonce;
        issued.expiresAt = now + 90LL * 86400000;
    } else if (grantType == u"refresh_token"_s) {
        oldRefresh = formValue(form, u"refresh_token"_s).toUtf8();
        const auto refresh = m_shared->tokens.refresh(oldRefresh, now);
        if (!refresh || refresh->clientId != clientId.toUtf8())
            return oauthError(400, "invalid_grant", u"The refresh token is invalid or expired."_s);
        issued = *refresh;
        const QStringList narrower = formValue(form, u"scope"_s).split(u' ', Qt::SkipEmptyParts);
        for (const QString &s : narrower)
            if (!refresh->scopes.contains(s))
                return oauthError(400, "invalid_scope",
                                  u"The requested scope is not a subset of the original grant: "_s + s);
        if (!narrower.isEmpty())
            issued.scopes = narrower;
    } else if (grantType.isEmpty()) {
        return oauthError(400, "invalid_request", u"The grant_type parameter is required."_s);
    } else {
        return oauthError(400, "unsupported_grant_type",
                          u"The authorization grant type is not supported by the authorization server."_s);
    }

    const int lifetime = m_options.accessTokenLifetimeSeconds;
    const QByteArray access =
        accessTokenFor(issued.scopes, issued.userId, issued.clientId, m_base, now, lifetime);
    IssuedToken accessInfo = issued;
    accessInfo.expiresAt = now + qint64(lifetime) * 1000;
    m_shared->tokens.addAccess(access, accessInfo);

    QByteArray refresh;
    if (issued.scopes.contains(u"offline_access"_s)) {
        if (!oldRefresh.isEmpty() && !m_options.rotateRefreshTokens) {
            refresh = oldRefresh;
        } else {
            // Rotation keeps the original expiry and retires the old token at once.
            if (!oldRefresh.isEmpty())
                m_shared->tokens.revoke(oldRefresh);
            refresh = randomToken(43);
            m_shared->tokens.addRefresh(refresh, issued);
        }
    }
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.fieldAscii("token_type", "Bearer");
    w.key("expires_in");
    w.number(qint64(lifetime));
    w.fieldAscii("access_token", access);
    w.field("scope", issued.scopes.join(u' '));
    if (!refresh.isEmpty())
        w.fieldAscii("refresh_token", refresh);
    const int user = m_org->findUser(QString::fromUtf8(issued.userId));
    if (issued.scopes.contains(u"openid"_s) && user >= 0)
        w.fieldAscii("id_token", idToken(m_org->users[user], m_base, issued.clientId, nonce, now));
    w.endObject();
    recordFor(user, issued.clientId, "app.oauth2.as.token.grant", "OAuth2 token granted", {});
    HttpResponse response = jsonResponse(200, body);
    response.addHeader("Cache-Control", "no-cache, no-store");
    response.addHeader("Pragma", "no-cache");
    return response;
}

HttpResponse Router::revoke(const HttpRequest &r) {
    const QUrlQuery form = formDecode(r.body);
    QString clientId;
    if (auto failed = authenticateClient(r, form, &clientId))
        return *failed;
    const QString token = formValue(form, u"token"_s);
    if (token.isEmpty())
        return oauthError(400, "invalid_request", u"The token parameter is required."_s);
    m_shared->tokens.revoke(token.toUtf8());
    return jsonResponse(200, {});
}

HttpResponse Router::userinfo(const HttpRequest &r) {
    const QByteArray header = r.header("authorization");
    const auto token =
        header.left(7).toLower() == "bearer "
            ? m_shared->tokens.access(header.mid(7).trimmed(), QDateTime::currentMSecsSinceEpoch())
            : std::nullopt;
    const int user = token ? m_org->findUser(QString::fromUtf8(token->userId)) : -1;
    if (user < 0) {
        HttpResponse response = oauthError(401, "invalid_token", u"The access token is invalid."_s);
        response.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return response;
    }
    const User &u = m_org->users[user];
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.fieldAscii("sub", u.id);
    w.key("name");
    w.string(QString(u.profile.value(u"firstName"_s).toString() + u' ' +
                     u.profile.value(u"lastName"_s).toString()));
    w.field("preferred_username", u.login());
    w.field("email", u.profile.value(u"email"_s).toString());
    w.key("email_verified");
    w.boolean(true);
    w.endObject();
    return jsonResponse(200, body);
}

} // namespace demo

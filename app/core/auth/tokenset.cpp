#include "tokenset.h"

#include <QJsonValue>

namespace okta {

namespace {
Secret secret(const QJsonObject &json, QLatin1String key) {
    return Secret::fromUtf8(json.value(key).toString());
}

// expires_in is a JSON number per RFC 6749, but some servers send a string.
qint64 seconds(const QJsonValue &value) {
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok ? n : -1;
    }
    return -1;
}
} // namespace

bool TokenSet::expiresWithin(qint64 marginSeconds, const QDateTime &now) const {
    return expiresAt.isValid() && now.secsTo(expiresAt) <= marginSeconds;
}

TokenSet TokenSet::fromTokenResponse(const QJsonObject &json, const QDateTime &receivedAt) {
    TokenSet t;
    t.accessToken = secret(json, QLatin1String("access_token"));
    t.refreshToken = secret(json, QLatin1String("refresh_token"));
    t.idToken = secret(json, QLatin1String("id_token"));
    t.tokenType = json.value(QLatin1String("token_type")).toString();
    if (t.tokenType.isEmpty())
        t.tokenType = QStringLiteral("Bearer");
    t.scopes = json.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qint64 expiresIn = seconds(json.value(QLatin1String("expires_in")));
    if (expiresIn >= 0)
        t.expiresAt = receivedAt.toUTC().addSecs(expiresIn);
    return t;
}

TokenSet TokenSet::refreshedWith(const TokenSet &newer) const {
    TokenSet t = newer;
    if (t.refreshToken.isEmpty())
        t.refreshToken = refreshToken;
    if (t.idToken.isEmpty())
        t.idToken = idToken;
    if (t.scopes.isEmpty())
        t.scopes = scopes;
    return t;
}

} // namespace okta

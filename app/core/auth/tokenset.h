#pragma once

#include "core/secrets/secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace okta {

// What /oauth2/v1/token hands back. Every member except expiresAt, scopes and tokenType
// is a secret, held in a Secret: never logged, never in a message, wiped when released.
struct TokenSet {
    Secret accessToken;
    Secret refreshToken; // only when offline_access was granted
    Secret idToken;      // only with openid
    QDateTime expiresAt; // UTC; invalid when the server sent no expires_in
    QStringList scopes;  // as granted (the `scope` field), space-split
    QString tokenType;   // "Bearer" (or "DPoP"); "Bearer" when the server omits it

    bool isValid() const { return !accessToken.isEmpty(); }
    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    // True when expiresAt is known and no more than `marginSeconds` away from `now`.
    bool expiresWithin(qint64 marginSeconds, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Parses a successful token response; `receivedAt` turns expires_in into expiresAt.
    // Missing fields stay empty; the result is !isValid() without an access_token.
    static TokenSet fromTokenResponse(const QJsonObject &json,
                                      const QDateTime &receivedAt = QDateTime::currentDateTimeUtc());
    // The set after a refresh: `newer` wins; a refresh response without refresh_token
    // (no rotation) or id_token keeps ours, and one without scope keeps our scopes.
    TokenSet refreshedWith(const TokenSet &newer) const;

    friend bool operator==(const TokenSet &, const TokenSet &) = default;
};

} // namespace okta

Q_DECLARE_METATYPE(okta::TokenSet)

#pragma once

#include "core/secrets/secret.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

namespace okta {

// How OktaDesk authenticates its OAuth app at /oauth2/v1/token and /revoke. A public
// native app has no secret (token_endpoint_auth_method "none", PKCE required): it sends
// client_id in the form. A confidential app sends its secret with HTTP Basic (default) or
// in the form body.
struct ClientCredentials {
    enum class Method { SecretBasic, SecretPost };

    QString clientId;
    Secret clientSecret; // empty for a public client
    Method method = Method::SecretBasic;

    bool isPublic() const { return clientSecret.isEmpty(); }

    // Adds client_id (public client or client_secret_post) and client_secret (post) to
    // `form`, and returns the "id:secret" pair for OktaClient::postForm's Basic header,
    // each half form-encoded first as RFC 6749 §2.3.1 asks; empty when no header is due.
    Secret apply(QUrlQuery &form) const;

    // Adds key=value with the value fully percent-encoded ('+' as %2B, '/' as %2F…), so
    // QUrlQuery sends it verbatim and form decoding cannot turn it into something else.
    static void addFormField(QUrlQuery &form, const QString &key, const QString &value);
    static void addFormField(QUrlQuery &form, const QString &key, const QByteArray &value);
    static void addFormField(QUrlQuery &form, const QString &key, const Secret &value);
};

} // namespace okta

#pragma once

#include "oktaresult.h"

#include <QCoreApplication>
#include <QString>

namespace okta {

// The one table that turns failures into translated, human messages.
class ErrorMessages {
    Q_DECLARE_TR_FUNCTIONS(okta::ErrorMessages)
public:
    // The whole message for a failed result: what went wrong, and the request id when
    // Okta sent one (so the admin can find it in the System Log).
    static QString forResult(const OktaResult &result);
    // The sentence for an Okta error code alone, or an empty string for an unknown code.
    static QString forErrorCode(const QString &errorCode);
    // The sentence for an HTTP status alone.
    static QString forHttpStatus(int status);
    // The sentence for an OAuth `error` value from /oauth2/v1/*.
    static QString forOAuthError(const QString &error, const QString &description);

    // Connecting to an org. Why the check of `host` (its OpenID configuration) failed, naming
    // the host; for a `result` that succeeded, the configuration named no issuer.
    static QString forOrgCheck(const OktaResult &result, const QString &host);
    // The org refused a credential that was just entered or signed in (HTTP 401).
    static QString forRefusedCredential(bool apiToken);
};

} // namespace okta

#include "errormessages.h"

#include "core/scopes/scopecatalog.h"

namespace okta {

QString ErrorMessages::forErrorCode(const QString &code) {
    struct Entry {
        const char *code;
        const char *text;
    };
    // Okta says to branch on errorCode only; the summaries may change.
    static const Entry table[] = {
        {"E0000001", QT_TR_NOOP("Okta rejected the request as invalid.")},
        {"E0000005", QT_TR_NOOP("Okta reports an invalid session (E0000005) for this credential.")},
        {"E0000006", QT_TR_NOOP("The signed-in account does not have permission for this action.")},
        {"E0000007", QT_TR_NOOP("Okta could not find that object; it may have been deleted.")},
        {"E0000009", QT_TR_NOOP("Okta had an internal error or the query timed out; try a narrower query.")},
        {"E0000011", QT_TR_NOOP("Okta did not accept the API token or access token (E0000011 Invalid token): "
                                "it is wrong, expired or revoked; reauthorize the profile.")},
        {"E0000015", QT_TR_NOOP("This feature is not enabled for the org.")},
        {"E0000016", QT_TR_NOOP("The user is already active.")},
        {"E0000022", QT_TR_NOOP("Okta does not support this operation on that endpoint.")},
        {"E0000031", QT_TR_NOOP("Okta does not support this search criterion.")},
        {"E0000038", QT_TR_NOOP("This operation is not allowed in the user's current status.")},
        {"E0000047", QT_TR_NOOP("The org's API rate limit was exceeded.")},
        {"E0000053", QT_TR_NOOP("Okta could not parse the filter expression.")},
        {"E0000075", QT_TR_NOOP("An attribute is set by a profile mapping and cannot be changed here.")},
        {"E0000093", QT_TR_NOOP("A target count limit was reached.")},
        {"E0000124", QT_TR_NOOP("A password is required to force a password change at next login.")},
        {"E0000125", QT_TR_NOOP("Forcing a password change needs the user to be activated.")},
        {"E0000227", QT_TR_NOOP("Admin roles can only be assigned to service apps.")},
    };
    for (const Entry &e : table)
        if (code == QLatin1String(e.code))
            return tr(e.text);
    return {};
}

QString ErrorMessages::forHttpStatus(int status) {
    switch (status) {
    case 400:
        return tr("Okta rejected the request (HTTP 400).");
    case 401:
        return tr("Okta did not accept the credentials (HTTP 401); reauthorize the profile.");
    case 403:
        return tr("The account or token lacks permission for this action (HTTP 403).");
    case 404:
        return tr("Not found (HTTP 404): the object or endpoint does not exist in this org.");
    case 405:
        return tr("Okta does not allow this method on that endpoint (HTTP 405).");
    case 411:
        return tr("Okta requires a Content-Length on this request (HTTP 411).");
    case 429:
        return tr("The org's API rate limit was exceeded (HTTP 429).");
    default:
        break;
    }
    if (status >= 500)
        return tr("Okta had a server error (HTTP %1); try again shortly.").arg(status);
    return tr("Okta answered with HTTP status %1.").arg(status);
}

QString ErrorMessages::forOAuthError(const QString &error, const QString &description) {
    QString text;
    if (error == QLatin1String("invalid_grant"))
        text = tr("The authorization code or refresh token is invalid or expired; sign in again.");
    else if (error == QLatin1String("invalid_client"))
        text = tr("Okta did not accept the client ID or client secret.");
    else if (error == QLatin1String("invalid_scope"))
        text = tr("Okta refused the requested scopes; grant them to the app first.");
    else if (error == QLatin1String("access_denied"))
        text = tr("Access was denied: consent was refused or the account is not assigned to the app.");
    else if (error == QLatin1String("unauthorized_client"))
        text = tr("The app is not allowed to use this grant type.");
    else if (error == QLatin1String("unsupported_grant_type"))
        text = tr("Okta does not support this grant type for the app.");
    else if (error == QLatin1String("invalid_request"))
        text = tr("Okta rejected the sign-in request as malformed.");
    else if (error == QLatin1String("invalid_dpop_proof") || error == QLatin1String("use_dpop_nonce"))
        text = tr("The app requires DPoP-bound tokens, which this connection does not use.");
    else
        text = tr("Okta refused the request (%1).").arg(error);
    if (!description.isEmpty())
        text += QLatin1Char(' ') + tr("Okta says: %1").arg(description);
    return text;
}

QString ErrorMessages::forOrgCheck(const OktaResult &result, const QString &host) {
    switch (result.failure) {
    case Failure::None:
        return tr("%1 answered, but its OpenID configuration names no issuer, so it is not an Okta org.")
            .arg(host);
    case Failure::Network:
        if (result.networkError == QNetworkReply::HostNotFoundError)
            return tr("The host name %1 could not be found (DNS). Check the spelling of the domain and your "
                      "network connection.")
                .arg(host);
        return tr("OktaDesk could not connect to %1: %2").arg(host, result.networkErrorString);
    case Failure::Tls:
        return tr("The secure connection to %1 failed (TLS): %2. A wrong domain or a proxy that inspects "
                  "traffic can cause this.")
            .arg(host, result.networkErrorString);
    case Failure::Timeout:
        return tr("%1 did not answer in time. Check the domain and your network connection.").arg(host);
    case Failure::Http:
        if (result.httpStatus > 0)
            return tr("%1 answered, but it is not an Okta org: it has no OpenID configuration (HTTP %2).")
                .arg(host)
                .arg(result.httpStatus);
        [[fallthrough]];
    case Failure::MalformedJson:
        return tr("%1 answered, but not with an OpenID configuration, so it is not an Okta org.").arg(host);
    default:
        return tr("OktaDesk could not check %1: %2").arg(host, result.message());
    }
}

QString ErrorMessages::forRefusedCredential(bool apiToken) {
    return apiToken ? tr("Okta did not accept the API token. Check that it was copied completely and that it "
                         "has not expired or been revoked.")
                    : tr("Okta did not accept the new access token. Sign in again.");
}

QString ErrorMessages::forResult(const OktaResult &r) {
    QString text;
    switch (r.failure) {
    case Failure::None:
        return {};
    case Failure::Canceled:
        return tr("Cancelled.");
    case Failure::InvalidRequest:
        text = r.networkErrorString.isEmpty() ? tr("The request was not sent because it is invalid.")
                                              : r.networkErrorString;
        break;
    case Failure::Network:
        switch (r.networkError) {
        case QNetworkReply::HostNotFoundError:
            text = tr("The org's host name could not be found (DNS). Check the domain.");
            break;
        case QNetworkReply::ConnectionRefusedError:
            text = tr("The connection was refused by %1.").arg(r.url.host());
            break;
        case QNetworkReply::RemoteHostClosedError:
            text = tr("The connection was closed before the response was complete; the data received so far "
                      "is kept.");
            break;
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
            text = tr("The network proxy could not be used (%1).").arg(r.networkErrorString);
            break;
        default:
            text = tr("Network error: %1").arg(r.networkErrorString);
            break;
        }
        break;
    case Failure::Tls:
        text = tr("The secure connection to %1 failed: %2").arg(r.url.host(), r.networkErrorString);
        break;
    case Failure::Timeout:
        text = tr("Okta did not answer in time; try again or narrow the query.");
        break;
    case Failure::RateLimited:
        text = tr("The org's API rate limit was still exceeded after %n attempt(s); try again later.",
                  nullptr, r.attempts);
        break;
    case Failure::MalformedJson:
        text = tr("The server's answer is not valid JSON (HTTP %1); the data received so far is kept.")
                   .arg(r.httpStatus);
        // The parser's sentence names the element and field at fault.
        if (!r.networkErrorString.isEmpty())
            text += QLatin1Char(' ') + tr("Details: %1").arg(r.networkErrorString);
        break;
    case Failure::Http: {
        const QString scope = ScopeCatalog::missingScope(r.httpStatus, r.wwwAuthenticate);
        if (!scope.isEmpty()) {
            text = tr("The token lacks the scope %1: grant it to the app, then reauthorize.").arg(scope);
        } else if (!r.error.oauthError.isEmpty()) {
            text = forOAuthError(r.error.oauthError, r.error.oauthErrorDescription);
        } else if (r.error.errorCode == QLatin1String("E0000005") && !r.credentialSent) {
            text =
                tr("The request carried no API token or access token, so Okta answered \"Invalid session\" "
                   "(E0000005); sign in again or give an API token.");
        } else if (r.change && r.error.errorCode == QLatin1String("E0000009")) {
            // Not the query advice E0000009 gets on a read: a change has no narrower form.
            text = tr("Okta had an internal error or the request timed out (E0000009).");
        } else {
            text = forErrorCode(r.error.errorCode);
            // A change is not simply tried again (see below).
            if (text.isEmpty() && r.change && r.httpStatus >= 500)
                text = tr("Okta had a server error (HTTP %1).").arg(r.httpStatus);
            else if (text.isEmpty())
                text = forHttpStatus(r.httpStatus);
            // Okta's own causes name the field at fault; they help more than our summary.
            if (!r.error.errorCauses.isEmpty())
                text += QLatin1Char(' ') + r.error.errorCauses.join(QLatin1String("; "));
            else if (!r.error.errorSummary.isEmpty() && r.error.errorCode != QLatin1String("E0000047"))
                text += QLatin1Char(' ') + tr("Okta says: %1").arg(r.error.errorSummary);
        }
        break;
    }
    }
    // A read that failed transiently was asked for again before giving up (RetryPolicy).
    const bool serverError = r.failure == Failure::Http && r.httpStatus >= 500;
    const bool transient = serverError || r.failure == Failure::Network || r.failure == Failure::Timeout ||
                           r.failure == Failure::MalformedJson;
    if (transient && r.attempts > 1)
        text += QLatin1Char(' ') + tr("Gave up after %n attempt(s).", nullptr, r.attempts);
    // A change is never sent twice (RetryPolicy), and one whose answer was lost, late or a
    // server error may still have been made: say so, rather than invite a blind retry.
    const bool neverSent =
        r.failure == Failure::Network && (r.networkError == QNetworkReply::HostNotFoundError ||
                                          r.networkError == QNetworkReply::ConnectionRefusedError);
    if (r.change && transient && !neverSent)
        text += QLatin1Char(' ') +
                tr("The change may have been made at Okta all the same: check it there before trying again.");
    if (!r.requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(Request ID %1)").arg(QString::fromLatin1(r.requestId));
    return text;
}

QString OktaResult::message() const {
    return ErrorMessages::forResult(*this);
}

} // namespace okta

#pragma once

#include "oktaerror.h"
#include "ratelimit.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace okta {

// Why a call did not succeed. Each kind maps to one human message in errormessages.h.
enum class Failure {
    None,
    Canceled,       // the caller cancelled; nothing to report to the user
    InvalidRequest, // refused before sending (bad URL, foreign next link)
    Network,        // DNS, connection refused/reset, dropped mid-body
    Tls,            // certificate or handshake failure
    Timeout,        // transfer timeout expired
    Http,           // a non-2xx status with (usually) an Okta error body
    RateLimited,    // 429 and the retries ran out
    MalformedJson,  // 2xx but the body is not the JSON we expected
};

struct OktaResult {
    Failure failure = Failure::None;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString; // Qt's wording, kept for the details pane
    OktaError error;            // parsed from the body of a failed response
    QByteArray requestId;       // X-Okta-Request-Id
    QByteArray wwwAuthenticate; // e.g. error="insufficient_scope", scope="okta.logs.read"
    QUrl url;                   // the request URL (never carries a credential)
    QByteArray body;            // the raw payload; released once parsed into `json`
    qint64 bodySize = 0;        // its size in bytes, kept after the release
    QJsonDocument json;         // the parsed payload (2xx with a JSON body)
    QUrl next;                  // Link rel="next", verbatim
    RateLimit rateLimit;
    int attempts = 0;            // 1 + retries (after 429s and transient faults)
    bool credentialSent = false; // the request carried an Authorization header
    bool change = false;         // a management API POST, PUT or DELETE: it changes org data

    bool ok() const { return failure == Failure::None; }
    bool canceled() const { return failure == Failure::Canceled; }
    // One translated sentence a person can act on (see errormessages.h).
    QString message() const;
};

} // namespace okta

Q_DECLARE_METATYPE(okta::OktaResult)

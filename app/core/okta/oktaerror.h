#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace okta {

// Okta's error body: the management API shape (errorCode, errorSummary, errorCauses,
// errorId) or the OAuth shape (error, error_description). Branch on the codes only;
// summaries are for people.
struct OktaError {
    QString errorCode;
    QString errorSummary;
    QString errorLink;
    QString errorId;
    QStringList errorCauses;
    QString oauthError;
    QString oauthErrorDescription;

    bool isEmpty() const { return errorCode.isEmpty() && oauthError.isEmpty() && errorSummary.isEmpty(); }
    // Returns an empty error when the body is not a JSON object of either shape.
    static OktaError fromJson(const QByteArray &body);
};

} // namespace okta

#include "oktaerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okta {

OktaError OktaError::fromJson(const QByteArray &body) {
    OktaError e;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return e;
    const QJsonObject o = doc.object();
    e.errorCode = o.value(QLatin1String("errorCode")).toString();
    e.errorSummary = o.value(QLatin1String("errorSummary")).toString();
    e.errorLink = o.value(QLatin1String("errorLink")).toString();
    e.errorId = o.value(QLatin1String("errorId")).toString();
    const QJsonArray causes = o.value(QLatin1String("errorCauses")).toArray();
    for (const QJsonValue &c : causes) {
        const QString summary = c.toObject().value(QLatin1String("errorSummary")).toString();
        if (!summary.isEmpty())
            e.errorCauses.append(summary);
    }
    e.oauthError = o.value(QLatin1String("error")).toString();
    e.oauthErrorDescription = o.value(QLatin1String("error_description")).toString();
    return e;
}

} // namespace okta

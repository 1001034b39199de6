#include "curlcommand.h"

#include "authorizer.h"

namespace okta {

namespace {

QString shellQuoted(const QString &text) {
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace

QString curlCommand(const QUrl &url, const Authorizer *authorizer) {
    // Only the scheme word of the header is looked at; the value is dropped at once.
    const bool apiToken = authorizer && authorizer->authorizationHeader().view().startsWith("SSWS ");
    const QString authorization = apiToken ? QStringLiteral("Authorization: SSWS $OKTA_API_TOKEN")
                                           : QStringLiteral("Authorization: Bearer $OKTA_ACCESS_TOKEN");
    // Double quotes around the header so the shell expands the variable.
    return QStringLiteral("curl -sS -H \"%1\" -H \"Accept: application/json\" %2")
        .arg(authorization, shellQuoted(QString::fromLatin1(url.toEncoded())));
}

} // namespace okta

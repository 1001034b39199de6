#include "clientcredentials.h"

#include <QUrl>

namespace okta {

void ClientCredentials::addFormField(QUrlQuery &form, const QString &key, const QString &value) {
    addFormField(form, key, value.toUtf8());
}

void ClientCredentials::addFormField(QUrlQuery &form, const QString &key, const QByteArray &value) {
    form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(value))));
}

QByteArray ClientCredentials::apply(QUrlQuery &form) const {
    if (isPublic() || method == Method::SecretPost)
        addFormField(form, QStringLiteral("client_id"), clientId);
    if (isPublic())
        return {};
    if (method == Method::SecretPost) {
        addFormField(form, QStringLiteral("client_secret"), clientSecret);
        return {};
    }
    return QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret);
}

} // namespace okta

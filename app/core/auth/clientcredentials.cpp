#include "clientcredentials.h"

#include <QUrl>

namespace okta {

void ClientCredentials::addFormField(QUrlQuery &form, const QString &key, const QString &value) {
    addFormField(form, key, value.toUtf8());
}

void ClientCredentials::addFormField(QUrlQuery &form, const QString &key, const QByteArray &value) {
    form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(value))));
}

void ClientCredentials::addFormField(QUrlQuery &form, const QString &key, const Secret &value) {
    QByteArray bytes = value.copyOut();
    addFormField(form, key, bytes);
    wipeSecret(bytes);
}

Secret ClientCredentials::apply(QUrlQuery &form) const {
    if (isPublic() || method == Method::SecretPost)
        addFormField(form, QStringLiteral("client_id"), clientId);
    if (isPublic())
        return {};
    if (method == Method::SecretPost) {
        addFormField(form, QStringLiteral("client_secret"), clientSecret);
        return {};
    }
    QByteArray secret = clientSecret.copyOut();
    QByteArray encoded = secret.toPercentEncoding();
    const QByteArray id = QUrl::toPercentEncoding(clientId) + ':';
    const Secret pair = Secret::withPrefix(id, Secret(encoded));
    wipeSecret(encoded);
    wipeSecret(secret);
    return pair;
}

} // namespace okta

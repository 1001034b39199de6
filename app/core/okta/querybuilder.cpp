#include "querybuilder.h"

#include <QUrl>

namespace okta {

QUrlQuery percentEncodedQuery(const QList<QPair<QString, QString>> &items) {
    QUrlQuery query;
    for (const auto &[key, value] : items)
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return query;
}

} // namespace okta

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

// listUsers `filter`: "Filtering is case-sensitive for property names and query values, while
// operators are case-insensitive"; the other `filter` parameters refer to the same rules.
QString QueryCaseRules::filter() {
    return tr("Attribute names and values are case-sensitive.");
}

// listUsers `search`: "Property names in the search parameter are case sensitive, whereas
// operators (eq, sw, and so on) and string values are case insensitive."
QString QueryCaseRules::search() {
    return tr("Attribute names are case-sensitive, values are not.");
}

// listLogEvents `q`: "one or more case insensitive keywords"; the users, groups and apps `q`
// lookups match names as people type them.
QString QueryCaseRules::caseless() {
    return tr("Not case-sensitive.");
}

} // namespace okta

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace okta {

// A query whose keys and values are percent-encoded up front (everything but RFC 3986
// unreserved characters), so QUrlQuery and QUrl::setQuery() keep `+`, `&`, `=`, `#`, `"`
// and spaces as %2B, %26, %3D, %23, %22 and %20. Okta reads a bare `+` as a space, so
// leaving it to QUrlQuery's defaults would corrupt filter values such as "a+b@example.com".
// queryItemValue(key, QUrl::FullyDecoded) still returns the original value.
QUrlQuery percentEncodedQuery(const QList<QPair<QString, QString>> &items);

// How Okta compares what is typed into each kind of query parameter, one sentence each, for
// the CLI's help and the fields that take such values (the demo org follows the same rules).
struct QueryCaseRules {
    Q_DECLARE_TR_FUNCTIONS(okta::QueryCaseRules)
public:
    static QString filter();   // `filter` (users, groups, apps, System Log) and System Log fields
    static QString search();   // `search` (users, groups)
    static QString caseless(); // System Log keywords (`q`) and starts-with lookups (`q`)
};

} // namespace okta

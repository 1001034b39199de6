#pragma once

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

} // namespace okta

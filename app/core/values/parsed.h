#pragma once

#include <QList>
#include <QString>

namespace okta {

// What a page parser returns: the rows, or why the bytes are not the page expected
// (one sentence naming the element and field at fault). Never both.
template<typename T> struct Parsed {
    QList<T> rows;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace okta

#pragma once

#include <QList>
#include <QString>

namespace okta {

// Spare bytes a page body should have after its data, so the parser can read it in place
// (simdjson reads whole 64-byte blocks); without them it parses a padded copy.
inline constexpr qsizetype ParsePadding = 64;

// What a page parser returns: the rows, or why the bytes are not the page expected
// (one sentence naming the element and field at fault). Never both.
template<typename T> struct Parsed {
    QList<T> rows;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace okta

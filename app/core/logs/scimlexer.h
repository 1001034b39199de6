#pragma once

// Building blocks of the SCIM filter parser, shared by its two source files. Not public API.

#include "scimfilter.h"

#include <QString>
#include <QStringView>

namespace okta::scim::detail {

// Index of the first character that breaks `name(.name)*`, or -1 when the path is valid.
qsizetype firstInvalidAttributeChar(QStringView path);

// Strict JSON number grammar: QString::toDouble alone would also take "0x1", "inf", "1.".
bool isJsonNumber(QStringView s);

// Decodes the JSON string literal whose opening quote is at `open` into `out`. Returns the
// index after the closing quote, or -1 with `error` filled in.
qsizetype readJsonString(QStringView text, qsizetype open, QString &out, ParseError &error);

} // namespace okta::scim::detail

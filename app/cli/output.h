#pragma once

#include <QString>

#include <cstdio>

namespace oktadesk::cli {

// One line of our own text (a message, not Okta data) to stdout or stderr, flushed.
void printLine(FILE *out, const QString &text);

} // namespace oktadesk::cli

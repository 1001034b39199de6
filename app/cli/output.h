#pragma once

#include <QString>

#include <cstdio>

namespace oktadesk::cli {

// One message to stdout or stderr, flushed; control characters other than line breaks and
// tabs are escaped visibly (Okta's text in a message must not drive the terminal).
void printLine(FILE *out, const QString &text);

} // namespace oktadesk::cli

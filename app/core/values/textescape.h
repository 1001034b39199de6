#pragma once

#include <QString>

namespace okta {

// Text from Okta is untrusted: a user may put ESC ] 0 ; … BEL, ESC [ 2 J or a newline in
// their own name. Wherever such text is printed or shown, C0 and C1 control characters,
// DEL, the Unicode line and paragraph separators and the bidirectional overrides appear as
// visible escapes (\n, \t, \x1b, \u202e) and act on nothing. Backslashes stay as they are:
// the escapes are for reading, not for parsing back.
enum class LineBreaks {
    Escape,       // tables, tooltips, one-line messages
    Keep,         // CSV: RFC 4180 quoting carries CR, LF and tab inside a field
    KeepLineFeed, // multi-line messages: LF and tab stay, a CR (which overwrites a line) does not
};

// Returns `text` itself (no copy) when nothing needs escaping.
QString escapeControls(const QString &text, LineBreaks lineBreaks = LineBreaks::Escape);

} // namespace okta

#include "output.h"

#include "core/values/textescape.h"

namespace oktadesk::cli {

void printLine(FILE *out, const QString &text) {
    // Messages may quote Okta's text: whatever else they carry, no control sequence reaches
    // the terminal (line breaks stay, for multi-line help).
    const QByteArray bytes = okta::escapeControls(text, okta::LineBreaks::KeepLineFeed).toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out);
    std::fflush(out);
}

} // namespace oktadesk::cli

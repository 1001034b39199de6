#include "output.h"

namespace oktadesk::cli {

void printLine(FILE *out, const QString &text) {
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out);
    std::fflush(out);
}

} // namespace oktadesk::cli

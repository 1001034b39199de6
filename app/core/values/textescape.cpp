#include "textescape.h"

namespace okta {

namespace {

bool needsEscape(char16_t c, LineBreaks lineBreaks) {
    if (c < 0x20) {
        switch (lineBreaks) {
        case LineBreaks::Escape:
            return true;
        case LineBreaks::Keep:
            return c != u'\n' && c != u'\r' && c != u'\t';
        case LineBreaks::KeepLineFeed:
            return c != u'\n' && c != u'\t';
        }
    }
    if (c < 0x7f)
        return false;
    return c <= 0x9f                                                        // DEL and C1
           || c == 0x2028 || c == 0x2029                                    // line and paragraph separators
           || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // bidi overrides
}

void appendEscape(QString &out, char16_t c) {
    static constexpr char hex[] = "0123456789abcdef";
    switch (c) {
    case u'\n':
        out += QLatin1String("\\n");
        return;
    case u'\r':
        out += QLatin1String("\\r");
        return;
    case u'\t':
        out += QLatin1String("\\t");
        return;
    default:
        break;
    }
    if (c <= 0xff) {
        out += QLatin1String("\\x");
        out += QLatin1Char(hex[c >> 4]);
        out += QLatin1Char(hex[c & 0xf]);
        return;
    }
    out += QLatin1String("\\u");
    for (int shift = 12; shift >= 0; shift -= 4)
        out += QLatin1Char(hex[(c >> shift) & 0xf]);
}

} // namespace

QString escapeControls(const QString &text, LineBreaks lineBreaks) {
    const char16_t *begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = begin + text.size();
    const char16_t *p = begin;
    while (p != end && !needsEscape(*p, lineBreaks))
        ++p;
    if (p == end)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    out.append(QStringView(begin, p));
    for (; p != end; ++p) {
        if (needsEscape(*p, lineBreaks))
            appendEscape(out, *p);
        else
            out.append(QChar(*p));
    }
    return out;
}

} // namespace okta

#include "scimlexer.h"

#include <QCoreApplication>

namespace okta::scim::detail {

namespace {

bool isAttrStart(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isAttrChar(QChar c) {
    return isAttrStart(c) || (c >= u'0' && c <= u'9') || c == u'-';
}

int hexValue(QChar c) {
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

class JsonStringReader {
    Q_DECLARE_TR_FUNCTIONS(okta::scim::Parser)
public:
    JsonStringReader(QStringView text, QString &out, ParseError &error)
        : m_text(text)
        , m_out(out)
        , m_error(error) {}

    qsizetype read(qsizetype open) {
        m_pos = open + 1;
        m_out.clear();
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u'"')
                return m_pos + 1;
            if (c.unicode() < 0x20)
                return fail(tr("A string cannot contain a raw control character or line break; write it "
                               "as an escape such as \\n or \\u0009."),
                            m_pos);
            if (c != u'\\') {
                m_out.append(c);
                ++m_pos;
            } else if (!readEscape()) {
                return m_failed ? -1 : fail(unterminated(), open);
            }
        }
        return fail(unterminated(), open);
    }

private:
    static QString unterminated() {
        return tr("The string that starts here is never closed with a double quote.");
    }

    qsizetype fail(const QString &message, qsizetype position) {
        m_error = ParseError{message, int(position)};
        m_failed = true;
        return -1;
    }

    // One escape at m_pos (the backslash). False on error, or with m_failed unset when the
    // text ends inside the escape (the caller reports that as an unterminated string).
    bool readEscape() {
        const qsizetype at = m_pos;
        if (at + 1 >= m_text.size())
            return false;
        static const char16_t names[] = u"\"\\/bfnrt";
        static const char16_t values[] = u"\"\\/\b\f\n\r\t";
        const char16_t e = m_text[at + 1].unicode();
        for (int i = 0; names[i]; ++i) {
            if (names[i] == e) {
                m_out.append(QChar(values[i]));
                m_pos += 2;
                return true;
            }
        }
        if (e != u'u') {
            fail(tr("“\\%1” is not a valid escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX.")
                     .arg(QChar(e)),
                 at);
            return false;
        }
        const int unit = readHex4(at);
        if (unit < 0)
            return false;
        m_pos += 6;
        if (QChar::isLowSurrogate(char32_t(unit))) {
            fail(tr("“\\u%1” is a low surrogate without a preceding high surrogate.")
                     .arg(unit, 4, 16, QLatin1Char('0')),
                 at);
            return false;
        }
        if (!QChar::isHighSurrogate(char32_t(unit))) {
            m_out.append(QChar(char16_t(unit)));
            return true;
        }
        const bool escapeFollows =
            m_pos + 1 < m_text.size() && m_text[m_pos] == u'\\' && m_text[m_pos + 1] == u'u';
        const int low = escapeFollows ? readHex4(m_pos) : -1;
        if (m_failed)
            return false;
        if (low < 0 || !QChar::isLowSurrogate(char32_t(low))) {
            fail(tr("“\\u%1” is a high surrogate that must be followed by a low surrogate escape "
                    "(\\uDC00–\\uDFFF).")
                     .arg(unit, 4, 16, QLatin1Char('0')),
                 at);
            return false;
        }
        m_out.append(QChar(char16_t(unit)));
        m_out.append(QChar(char16_t(low)));
        m_pos += 6;
        return true;
    }

    // The code unit of the \uXXXX escape at `at`, or -1 after reporting an error.
    int readHex4(qsizetype at) {
        int unit = 0;
        for (qsizetype k = at + 2; k < at + 6; ++k) {
            const int h = k < m_text.size() ? hexValue(m_text[k]) : -1;
            if (h < 0) {
                fail(tr("“\\u” must be followed by exactly four hexadecimal digits."), at);
                return -1;
            }
            unit = unit * 16 + h;
        }
        return unit;
    }

    QStringView m_text;
    QString &m_out;
    ParseError &m_error;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

} // namespace

qsizetype firstInvalidAttributeChar(QStringView path) {
    if (path.isEmpty())
        return 0;
    bool segmentStart = true;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path[i];
        if (segmentStart) {
            if (!isAttrStart(c))
                return i;
            segmentStart = false;
        } else if (c == u'.') {
            segmentStart = true;
        } else if (!isAttrChar(c)) {
            return i;
        }
    }
    return segmentStart ? path.size() - 1 : -1;
}

bool isJsonNumber(QStringView s) {
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto digit = [&](qsizetype k) {
        return k < n && s[k] >= u'0' && s[k] <= u'9';
    };
    auto digits = [&] {
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
        return true;
    };
    if (i < n && s[i] == u'-')
        ++i;
    if (digit(i) && s[i] == u'0')
        ++i;
    else if (!digits())
        return false;
    if (i < n && s[i] == u'.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < n && (s[i] == u'e' || s[i] == u'E')) {
        ++i;
        if (i < n && (s[i] == u'+' || s[i] == u'-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

qsizetype readJsonString(QStringView text, qsizetype open, QString &out, ParseError &error) {
    return JsonStringReader(text, out, error).read(open);
}

} // namespace okta::scim::detail

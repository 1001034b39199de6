#include "jsonreader.h"

#include <QCoreApplication>
#include <QDateTime>

#include <QHashFunctions>

#include <array>
#include <memory>
#include <string>

namespace okta::json {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("okta::json", text);
}

// A direct-mapped cache, not a growing table: a stream of unique values (ids, IP
// addresses) cannot make it grow, and a hit costs one hash and one compare. Strings
// already handed out stay valid when their slot is reused.
constexpr size_t SharedSlots = 8192; // a power of two
// Long values (messages with ids in them) are rarely repeated exactly.
constexpr size_t MaxSharedLength = 96;

struct SharedSlot {
    size_t hash = 0;
    std::string utf8; // keeps its capacity when the slot is reused
    QString text;
};

// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool digits(std::string_view s, size_t pos, size_t count, int &out) {
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

QString errorText(error_code error) {
    switch (error) {
    case simdjson::EMPTY:
        return tr("the body is empty");
    case simdjson::UTF8_ERROR:
        return tr("it is not valid UTF-8");
    case simdjson::UNCLOSED_STRING:
        return tr("a string is not closed");
    case simdjson::TAPE_ERROR:
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return tr("brackets or commas do not match (a cut-off or garbled body)");
    default:
        return QString::fromUtf8(simdjson::error_message(error));
    }
}

QString typeName(od::json_type type) {
    switch (type) {
    case od::json_type::object:
        return tr("an object");
    case od::json_type::array:
        return tr("an array");
    case od::json_type::string:
        return tr("a string");
    case od::json_type::number:
        return tr("a number");
    case od::json_type::boolean:
        return tr("true or false");
    case od::json_type::null:
        return tr("null");
    }
    return {};
}

} // namespace

static_assert(ParsePadding >= qsizetype(simdjson::SIMDJSON_PADDING));

void ensurePadding(QByteArray &bytes) {
    if (bytes.capacity() - bytes.size() < ParsePadding)
        bytes.reserve(bytes.size() + ParsePadding);
}

od::parser &threadParser() {
    // One parser per thread: its buffers grow to the largest page once and are reused.
    thread_local od::parser parser;
    return parser;
}

QString unshared(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QString shared(std::string_view utf8) {
    if (utf8.empty())
        return {};
    if (utf8.size() > MaxSharedLength)
        return unshared(utf8);
    thread_local const std::unique_ptr<std::array<SharedSlot, SharedSlots>> slots =
        std::make_unique<std::array<SharedSlot, SharedSlots>>();
    const size_t hash = qHashBits(utf8.data(), utf8.size());
    SharedSlot &slot = (*slots)[hash & (SharedSlots - 1)];
    if (slot.hash == hash && slot.utf8 == utf8)
        return slot.text;
    slot.hash = hash;
    slot.utf8.assign(utf8);
    slot.text = unshared(utf8);
    return slot.text;
}

QString unescapeString(std::string_view content) {
    QString out;
    out.reserve(qsizetype(content.size()));
    size_t plain = 0; // start of the run of bytes without escapes
    const auto flush = [&](size_t end) {
        if (end > plain)
            out += QString::fromUtf8(content.data() + plain, qsizetype(end - plain));
    };
    const auto hex4 = [&content](size_t at, char16_t &unit) {
        if (at + 4 > content.size())
            return false;
        unit = 0;
        for (size_t k = at; k < at + 4; ++k) {
            const char c = content[k];
            const int d = c >= '0' && c <= '9'   ? c - '0'
                          : c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                 : -1;
            if (d < 0)
                return false;
            unit = char16_t(unit * 16 + d);
        }
        return true;
    };
    size_t i = 0;
    while (i < content.size()) {
        if (content[i] != '\\') {
            ++i;
            continue;
        }
        flush(i);
        if (i + 1 >= content.size()) {
            out += QChar::ReplacementCharacter;
            plain = i = content.size();
            break;
        }
        const char c = content[i + 1];
        size_t next = i + 2;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out += QLatin1Char(c);
            break;
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            if (!hex4(i + 2, unit)) {
                out += QChar::ReplacementCharacter;
                break;
            }
            next = i + 6;
            // A lone surrogate stays as it came; QString shows it as U+FFFD.
            out += QChar(unit);
            break;
        }
        default:
            out += QChar::ReplacementCharacter;
            break;
        }
        plain = i = next;
    }
    flush(content.size());
    return out;
}

qint64 parseTimestamp(std::string_view s) {
    if (s.empty())
        return 0;
    // The form Okta sends: 2026-05-01T12:00:00.000Z (fraction optional).
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    if (digits(s, 0, 4, y) && s.size() >= 20 && s[4] == '-' && digits(s, 5, 2, mo) && s[7] == '-' &&
        digits(s, 8, 2, d) && (s[10] == 'T' || s[10] == 't') && digits(s, 11, 2, h) && s[13] == ':' &&
        digits(s, 14, 2, mi) && s[16] == ':' && digits(s, 17, 2, sec) && mo >= 1 && mo <= 12 && d >= 1 &&
        d <= 31 && h < 24 && mi < 60 && sec < 61) {
        size_t pos = 19;
        if (s[pos] == '.') {
            size_t n = 0;
            int scale = 100;
            for (++pos; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos, ++n) {
                ms += (s[pos] - '0') * scale;
                scale /= 10;
            }
            if (n == 0)
                pos = s.size() + 1; // "12:00:00.Z": not the fast form
        }
        if (pos + 1 == s.size() && (s[pos] == 'Z' || s[pos] == 'z'))
            return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000 + qint64(sec) * 1000 + ms;
    }
    // Anything else ISO 8601 (an offset instead of Z, say) takes the slow road.
    const QDateTime t = QDateTime::fromString(unshared(s), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

error_code readString(od::value &value, QString &out, bool share) {
    od::json_type type;
    SIMDJSON_TRY(value.type().get(type));
    if (type == od::json_type::null) {
        out.clear();
        return simdjson::SUCCESS;
    }
    std::string_view text;
    SIMDJSON_TRY(value.get_string().get(text));
    out = share ? shared(text) : unshared(text);
    return simdjson::SUCCESS;
}

error_code readTime(od::value &value, qint64 &out) {
    od::json_type type;
    SIMDJSON_TRY(value.type().get(type));
    if (type == od::json_type::null) {
        out = 0;
        return simdjson::SUCCESS;
    }
    std::string_view text;
    SIMDJSON_TRY(value.get_string().get(text));
    out = parseTimestamp(text);
    return simdjson::SUCCESS;
}

error_code readBool(od::value &value, bool &out) {
    od::json_type type;
    SIMDJSON_TRY(value.type().get(type));
    if (type == od::json_type::null) {
        out = false;
        return simdjson::SUCCESS;
    }
    return value.get_bool().get(out);
}

error_code readCount(od::value &value, qint64 &out) {
    od::json_type type;
    SIMDJSON_TRY(value.type().get(type));
    if (type == od::json_type::null)
        return simdjson::SUCCESS;
    int64_t n = 0;
    SIMDJSON_TRY(value.get_int64().get(n));
    out = n;
    return simdjson::SUCCESS;
}

error_code rawOf(od::object &object, const QByteArray &page, RawJson &out) {
    std::string_view raw;
    SIMDJSON_TRY(object.raw_json().get(raw));
    // raw_json() ends where the next token starts: drop the whitespace before it.
    size_t size = raw.size();
    while (size > 0 &&
           (raw[size - 1] == ' ' || raw[size - 1] == '\n' || raw[size - 1] == '\r' || raw[size - 1] == '\t'))
        --size;
    out = RawJson(page, raw.data() - page.constData(), qsizetype(size));
    return simdjson::SUCCESS;
}

QString notJson(error_code error, qsizetype offset) {
    return offset > 0 ? tr("The body is not valid JSON near byte %1: %2.").arg(offset).arg(errorText(error))
                      : tr("The body is not valid JSON: %1.").arg(errorText(error));
}

QString notAnArray(std::string_view schema, od::json_type got) {
    return tr("Expected a list of %1 objects, got %2.").arg(unshared(schema), typeName(got));
}

QString notAnObject(std::string_view schema, od::json_type got) {
    return tr("Expected a %1 object, got %2.").arg(unshared(schema), typeName(got));
}

QString elementNotAnObject(std::string_view schema, qsizetype index) {
    return tr("Element %1 of the list is not a %2 object.").arg(index + 1).arg(unshared(schema));
}

QString wrongField(std::string_view schema, qsizetype index, std::string_view field, error_code error) {
    if (error == simdjson::INCORRECT_TYPE && !field.empty())
        return tr("Element %1 of the list is not a %2 object: \"%3\" has the wrong type.")
            .arg(index + 1)
            .arg(unshared(schema), unshared(field));
    return tr("Element %1 of the list cannot be read: %2.").arg(index + 1).arg(errorText(error));
}

QString wrongObjectField(std::string_view schema, std::string_view field, error_code error) {
    if (error == simdjson::INCORRECT_TYPE && !field.empty())
        return tr("The %1 object cannot be read: \"%2\" has the wrong type.")
            .arg(unshared(schema), unshared(field));
    return tr("The %1 object cannot be read: %2.").arg(unshared(schema), errorText(error));
}

QString trailingContent(qsizetype offset) {
    return tr("The body is not valid JSON: there is more after the list (byte %1).").arg(offset);
}

} // namespace okta::json

#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstring>

namespace demo {

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    const quint64 bit = quint64(1) << (m_depth & 63);
    if (m_hasItems & bit)
        m_out.append(',');
    m_hasItems |= bit;
}

void JsonWriter::open(char c) {
    separate();
    m_out.append(c);
    ++m_depth;
    m_hasItems &= ~(quint64(1) << (m_depth & 63));
}

void JsonWriter::close(char c) {
    --m_depth;
    m_out.append(c);
}

void JsonWriter::key(const char *name) {
    separate();
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
    m_afterKey = true;
}

void JsonWriter::key(QStringView name) {
    separate();
    escapeUtf8(m_out, name.toUtf8());
    m_out.append(':');
    m_afterKey = true;
}

void JsonWriter::string(QStringView value) {
    separate();
    escapeUtf8(m_out, value.toUtf8());
}

void JsonWriter::utf8(QByteArrayView value) {
    separate();
    escapeUtf8(m_out, value);
}

void JsonWriter::ascii(QByteArrayView value) {
    separate();
    m_out.append('"');
    m_out.append(value);
    m_out.append('"');
}

void JsonWriter::raw(QByteArrayView json) {
    separate();
    m_out.append(json);
}

void JsonWriter::number(qint64 value) {
    separate();
    char buf[24];
    char *p = buf + sizeof buf;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    m_out.append(p, buf + sizeof buf - p);
}

void JsonWriter::number(double value) {
    separate();
    // JSON has no NaN/Infinity; null is what QJsonDocument writes for them too.
    if (!qIsFinite(value))
        m_out.append("null", 4);
    else
        m_out.append(QByteArray::number(value, 'g', 17));
}

void JsonWriter::decimal(qint64 scaled, int decimals) {
    separate();
    if (scaled < 0) {
        m_out.append('-');
        scaled = -scaled;
    }
    qint64 divisor = 1;
    for (int i = 0; i < decimals; ++i)
        divisor *= 10;
    m_out.append(QByteArray::number(scaled / divisor));
    if (decimals > 0) {
        char frac[20];
        qint64 f = scaled % divisor;
        for (int i = decimals - 1; i >= 0; --i) {
            frac[i] = char('0' + f % 10);
            f /= 10;
        }
        m_out.append('.');
        m_out.append(frac, decimals);
    }
}

void JsonWriter::boolean(bool value) {
    separate();
    if (value)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonWriter::null() {
    separate();
    m_out.append("null", 4);
}

void JsonWriter::timestamp(qint64 msSinceEpoch) {
    separate();
    char buf[26];
    buf[0] = '"';
    formatTimestamp(buf + 1, msSinceEpoch);
    buf[25] = '"';
    m_out.append(buf, 26);
}

void JsonWriter::value(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double:
        if (v.toDouble() == double(v.toInteger()))
            number(v.toInteger());
        else
            number(v.toDouble());
        break;
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

void JsonWriter::escapeUtf8(QByteArray &out, QByteArrayView value) {
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    const char *begin = value.data();
    const char *run = begin;
    const char *end = begin + value.size();
    for (const char *p = begin; p != end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(esc, 6);
        }
        }
    }
    out.append(run, end - run);
    out.append('"');
}

// Howard Hinnant's civil-from-days: exact for the proleptic Gregorian calendar and much
// cheaper than QDateTime, which matters at a million timestamps per export.
void JsonWriter::formatTimestamp(char *dst, qint64 ms) {
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    qint64 rem = ms - days * 86400000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 year = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    if (month <= 2)
        ++year;
    const int h = int(rem / 3600000), m = int(rem / 60000 % 60), s = int(rem / 1000 % 60),
              milli = int(rem % 1000);
    auto put = [&dst](int v, int width) {
        for (int i = width - 1; i >= 0; --i) {
            dst[i] = char('0' + v % 10);
            v /= 10;
        }
        dst += width;
    };
    put(int(year), 4);
    *dst++ = '-';
    put(month, 2);
    *dst++ = '-';
    put(day, 2);
    *dst++ = 'T';
    put(h, 2);
    *dst++ = ':';
    put(m, 2);
    *dst++ = ':';
    put(s, 2);
    *dst++ = '.';
    put(milli, 3);
    *dst = 'Z';
}

} // namespace demo

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QStringView>

namespace demo {

// A streaming JSON writer that appends straight into a QByteArray. The System Log pages
// are megabytes of JSON, so this avoids QJsonDocument's per-value allocations; commas
// are tracked per nesting level with a bit stack.
class JsonWriter {
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out) {}

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // `name` must be a plain ASCII literal that needs no escaping.
    void key(const char *name);
    void key(QStringView name);

    void string(QStringView value);
    void utf8(QByteArrayView value);  // UTF-8 text, escaped
    void ascii(QByteArrayView value); // known-safe text (ids, enums): no escaping
    void number(qint64 value);
    void number(double value);
    void boolean(bool value);
    void null();
    void timestamp(qint64 msSinceEpoch);
    void decimal(qint64 scaled,
                 int decimals); // scaled / 10^decimals, written exactly    // "2026-05-01T12:00:00.000Z"
    void value(const QJsonValue &value);
    void raw(QByteArrayView json); // an already serialised JSON value, written as it is

    // key + value shorthands for the common cases
    void field(const char *name, QStringView value) {
        key(name);
        string(value);
    }
    void fieldAscii(const char *name, QByteArrayView value) {
        key(name);
        ascii(value);
    }
    void fieldTime(const char *name, qint64 ms) {
        key(name);
        if (ms > 0)
            timestamp(ms);
        else
            null();
    }

    static void escapeUtf8(QByteArray &out, QByteArrayView value);
    static void formatTimestamp(char *dst, qint64 msSinceEpoch); // writes 24 characters

private:
    void open(char c);
    void close(char c);
    void separate();

    QByteArray &m_out;
    quint64 m_hasItems = 0; // bit n: level n already holds an item
    int m_depth = 0;
    bool m_afterKey = false;
};

} // namespace demo

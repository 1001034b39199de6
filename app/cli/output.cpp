#include "output.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace oktadesk::cli {

void printLine(FILE *out, const QString &text) {
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), out);
    std::fflush(out);
}

RowWriter::RowWriter(Format format, const QStringList &columns, FILE *out)
    : m_format(format)
    , m_columns(columns)
    , m_out(out) {}

bool RowWriter::parseFormat(const QString &text, Format *format) {
    if (text == QLatin1String("table"))
        *format = Format::Table;
    else if (text == QLatin1String("json"))
        *format = Format::Json;
    else if (text == QLatin1String("ndjson"))
        *format = Format::Ndjson;
    else
        return false;
    return true;
}

QString RowWriter::valueAt(const QJsonObject &row, const QString &path) {
    QJsonValue v = row;
    for (const QStringView part : QStringView(path).split(QLatin1Char('.'))) {
        if (v.isArray()) // target.id: the first target's
            v = v.toArray().first();
        v = v.toObject().value(part);
    }
    if (v.isArray())
        v = v.toArray().first();
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

void RowWriter::write(const QJsonArray &rows) {
    QByteArray buf;
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        switch (m_format) {
        case Format::Ndjson:
            buf += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
            break;
        case Format::Json:
            buf += (m_rows == 0 ? QByteArrayLiteral("[\n") : QByteArrayLiteral(",\n")) +
                   QJsonDocument(o).toJson(QJsonDocument::Compact);
            break;
        case Format::Table: {
            if (!m_headerWritten) {
                buf += m_columns.join(QLatin1Char('\t')).toUtf8() + '\n';
                m_headerWritten = true;
            }
            QStringList cells;
            for (const QString &c : std::as_const(m_columns))
                cells.append(valueAt(o, c).replace(QLatin1Char('\t'), QLatin1Char(' ')));
            buf += cells.join(QLatin1Char('\t')).toUtf8() + '\n';
            break;
        }
        }
        ++m_rows;
    }
    std::fwrite(buf.constData(), 1, size_t(buf.size()), m_out);
}

void RowWriter::finish() {
    if (m_format == Format::Json)
        std::fputs(m_rows == 0 ? "[]\n" : "\n]\n", m_out);
    std::fflush(m_out);
}

} // namespace oktadesk::cli

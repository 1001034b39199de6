#include "recordwriter.h"

#include "core/values/textescape.h"

#include <QIODevice>

namespace okta {

RecordWriter::RecordWriter(ExportFormat format, const QStringList &headers, QIODevice *device)
    : m_format(format)
    , m_headers(headers)
    , m_device(device) {}

void RecordWriter::begin() {
    if (m_begun)
        return;
    m_begun = true;
    switch (m_format) {
    case ExportFormat::Table:
        m_buffer += m_headers.join(QLatin1Char('\t')).toUtf8() + '\n';
        break;
    case ExportFormat::Csv:
        for (qsizetype i = 0; i < m_headers.size(); ++i) {
            if (i)
                m_buffer += ',';
            appendCsvField(m_buffer, m_headers.at(i));
        }
        m_buffer += "\r\n";
        break;
    case ExportFormat::Json:
        m_buffer += '[';
        break;
    case ExportFormat::Ndjson:
        break;
    }
}

void RecordWriter::add(const Page &page) {
    std::visit([this](const auto &rows) { add(rows); }, page.variant());
}

void RecordWriter::add(QByteArrayView json, const QStringList &cells) {
    begin();
    switch (m_format) {
    case ExportFormat::Ndjson:
    case ExportFormat::Json:
        if (m_format == ExportFormat::Json)
            m_buffer += m_records == 0 ? "\n" : ",\n";
        // A line break can only be whitespace between tokens (JSON strings escape theirs):
        // an indented object loses them and stays one line with the same meaning.
        if (m_format == ExportFormat::Ndjson && (json.contains('\n') || json.contains('\r'))) {
            for (const char c : json)
                if (c != '\n' && c != '\r')
                    m_buffer += c;
        } else {
            m_buffer += json;
        }
        if (m_format == ExportFormat::Ndjson)
            m_buffer += '\n';
        break;
    case ExportFormat::Table:
    case ExportFormat::Csv:
        addCells(cells);
        break;
    }
    ++m_records;
}

void RecordWriter::addCells(const QStringList &cells) {
    for (qsizetype i = 0; i < m_headers.size(); ++i) {
        const QString cell = cells.value(i);
        if (m_format == ExportFormat::Table) {
            if (i)
                m_buffer += '\t';
            m_buffer += escapeControls(cell).toUtf8(); // tabs and newlines too: one line, one cell each
        } else {
            if (i)
                m_buffer += ',';
            appendCsvField(m_buffer, escapeControls(cell, LineBreaks::Keep));
        }
    }
    m_buffer += m_format == ExportFormat::Csv ? "\r\n" : "\n";
}

void RecordWriter::appendCsvField(QByteArray &out, const QString &field) {
    const QByteArray utf8 = field.toUtf8();
    bool quote = false;
    for (const char c : utf8)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        out += utf8;
        return;
    }
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

bool RecordWriter::flush() {
    if (m_buffer.isEmpty() || !m_error.isEmpty())
        return m_error.isEmpty();
    const qint64 written = m_device->write(m_buffer);
    if (written != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_bytesWritten += written;
    m_buffer.clear(); // keeps its capacity: the next page fills the same buffer
    return true;
}

bool RecordWriter::finish() {
    begin();
    if (m_format == ExportFormat::Json)
        m_buffer += m_records == 0 ? "]\n" : "\n]\n";
    return flush();
}

} // namespace okta

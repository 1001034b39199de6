#pragma once

#include "exportcolumns.h"
#include "exportformat.h"

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace okta {

// Writes a list as it arrives, in any ExportFormat, to a device (a file, stdout). Records
// collect in a buffer that goes out with flush(), once per page, so nothing is held beyond
// a page. JSON and NDJSON write each object's original bytes; table and CSV its cells,
// with control characters escaped visibly (escapeControls) and CSV quoted per RFC 4180.
class RecordWriter {
public:
    RecordWriter(ExportFormat format, const QStringList &headers, QIODevice *device);

    ExportFormat format() const { return m_format; }
    bool needsCells() const { return m_format == ExportFormat::Table || m_format == ExportFormat::Csv; }

    // One record: its original JSON and, when needsCells(), its cells in header order.
    void add(QByteArrayView json, const QStringList &cells);
    template<typename T> void add(const QList<T> &rows);
    void add(const Page &page);

    // Writes what is buffered; false (see errorString()) when the device refused it.
    bool flush();
    // Closes the JSON array (or writes the header of an empty table) and flushes.
    bool finish();

    qint64 records() const { return m_records; }
    qint64 bytesWritten() const { return m_bytesWritten; }
    QString errorString() const { return m_error; }

private:
    void begin();
    void addCells(const QStringList &cells);
    static void appendCsvField(QByteArray &out, const QString &field);

    ExportFormat m_format;
    QStringList m_headers;
    QIODevice *m_device;
    QByteArray m_buffer;
    QStringList m_cells;
    qint64 m_records = 0;
    qint64 m_bytesWritten = 0;
    bool m_begun = false;
    QString m_error;
};

template<typename T> void RecordWriter::add(const QList<T> &rows) {
    const QList<ExportColumn<T>> &columns = exportColumns<T>();
    for (const T &row : rows) {
        if (needsCells()) {
            m_cells.clear();
            for (const ExportColumn<T> &c : columns)
                m_cells.append(c.cell(row));
        }
        const RawJson &raw = [&row]() -> const RawJson & {
            if constexpr (std::is_same_v<T, LogEvent>)
                return row.raw();
            else
                return row.raw;
        }();
        add(raw.view(), m_cells);
    }
}

} // namespace okta

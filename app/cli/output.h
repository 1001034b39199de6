#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

#include <cstdio>

namespace oktadesk::cli {

// Writes rows as they arrive: a table for people, a JSON array, or NDJSON (one object a
// line) for pipes. Nothing is buffered beyond one page.
class RowWriter {
public:
    enum class Format { Table, Json, Ndjson };

    // `columns` are dotted paths into each row (profile.login, outcome.result).
    RowWriter(Format format, const QStringList &columns, FILE *out = stdout);
    void write(const QJsonArray &rows);
    void finish();
    qint64 rowsWritten() const { return m_rows; }

    static bool parseFormat(const QString &text, Format *format);
    static QString valueAt(const QJsonObject &row, const QString &path);

private:
    Format m_format;
    QStringList m_columns;
    FILE *m_out;
    qint64 m_rows = 0;
    bool m_headerWritten = false;
};

void printLine(FILE *out, const QString &text);

} // namespace oktadesk::cli

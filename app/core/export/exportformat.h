#pragma once

#include <QString>
#include <QStringView>

namespace okta {

// How a list is written out. Table and CSV carry the columns the table shows; JSON and
// NDJSON carry every object's original bytes, unchanged.
enum class ExportFormat {
    Table,  // tab-separated text for people; control characters escaped visibly
    Csv,    // RFC 4180: header row, CRLF, quoted fields
    Json,   // one JSON array of the original objects
    Ndjson, // one original object per line
};

bool parseExportFormat(QStringView text, ExportFormat *format);
QString exportFormatName(ExportFormat format);

} // namespace okta

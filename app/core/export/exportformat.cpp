#include "exportformat.h"

namespace okta {

bool parseExportFormat(QStringView text, ExportFormat *format) {
    for (const ExportFormat f :
         {ExportFormat::Table, ExportFormat::Csv, ExportFormat::Json, ExportFormat::Ndjson})
        if (text == exportFormatName(f)) {
            *format = f;
            return true;
        }
    return false;
}

QString exportFormatName(ExportFormat format) {
    switch (format) {
    case ExportFormat::Table:
        return QStringLiteral("table");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Ndjson:
        return QStringLiteral("ndjson");
    }
    return {};
}

} // namespace okta

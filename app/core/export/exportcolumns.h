#pragma once

#include "core/values/page.h"

#include <QList>
#include <QStringList>

namespace okta {

// The columns a list's table shows, per value type: the header (the field's path in
// Okta's JSON) and how to read the cell. One place, for the CLI's table and CSV and the
// GUI's exports.
template<typename T> struct ExportColumn {
    const char *header;
    QString (*cell)(const T &row);
};

template<typename T> const QList<ExportColumn<T>> &exportColumns();
template<> const QList<ExportColumn<User>> &exportColumns<User>();
template<> const QList<ExportColumn<Group>> &exportColumns<Group>();
template<> const QList<ExportColumn<App>> &exportColumns<App>();
template<> const QList<ExportColumn<ScopeGrant>> &exportColumns<ScopeGrant>();
template<> const QList<ExportColumn<LogEvent>> &exportColumns<LogEvent>();

template<typename T> QStringList exportHeaders() {
    QStringList headers;
    for (const ExportColumn<T> &c : exportColumns<T>())
        headers.append(QLatin1String(c.header));
    return headers;
}

} // namespace okta

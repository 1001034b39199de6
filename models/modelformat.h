#pragma once

#include <QIcon>
#include <QString>

namespace oktadesk::modelformat {

// Local time for a table cell ("2026-05-01 14:00:00"); empty for 0.
QString formatDateTime(qint64 msecs);
// The same without seconds, for dates people glance at (last login, granted).
QString formatDateTimeMinutes(qint64 msecs);
// The same in UTC with the zone spelled out, for tooltips.
QString formatUtc(qint64 msecs);

// Small painted icons: the models need no resource files or widget styles.
QIcon lockIcon();
QIcon dotIcon(const QColor &color);

} // namespace oktadesk::modelformat

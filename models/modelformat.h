#pragma once

#include <QIcon>
#include <QJsonValue>
#include <QString>

namespace oktadesk::modelformat {

// Milliseconds since the epoch from an Okta timestamp ("2026-05-01T12:00:00.000Z");
// 0 when the value is null, missing or unparsable.
qint64 parseTime(const QJsonValue &value);
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

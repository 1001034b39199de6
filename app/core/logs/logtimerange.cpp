#include "logtimerange.h"

#include <QLocale>

namespace okta {

QString LogTimeRange::presetName(Preset preset) {
    switch (preset) {
    case Preset::Last15Minutes:
        return tr("Last 15 minutes");
    case Preset::LastHour:
        return tr("Last hour");
    case Preset::Last24Hours:
        return tr("Last 24 hours");
    case Preset::Last7Days:
        return tr("Last 7 days");
    case Preset::Custom:
        break;
    }
    return tr("Custom range");
}

QString LogTimeRange::presetKey(Preset preset) {
    switch (preset) {
    case Preset::Last15Minutes:
        return QStringLiteral("15m");
    case Preset::LastHour:
        return QStringLiteral("1h");
    case Preset::Last24Hours:
        return QStringLiteral("24h");
    case Preset::Last7Days:
        return QStringLiteral("7d");
    case Preset::Custom:
        break;
    }
    return QStringLiteral("custom");
}

LogTimeRange::Preset LogTimeRange::presetFromKey(QStringView key, Preset fallback) {
    for (const Preset p :
         {Preset::Last15Minutes, Preset::LastHour, Preset::Last24Hours, Preset::Last7Days, Preset::Custom})
        if (key == presetKey(p))
            return p;
    return fallback;
}

QDateTime LogTimeRange::sinceAt(const QDateTime &now) const {
    switch (preset) {
    case Preset::Last15Minutes:
        return now.addSecs(-15 * 60);
    case Preset::LastHour:
        return now.addSecs(-3600);
    case Preset::Last24Hours:
        return now.addDays(-1);
    case Preset::Last7Days:
        return now.addDays(-7);
    case Preset::Custom:
        break;
    }
    return since;
}

QDateTime LogTimeRange::untilAt(const QDateTime &now) const {
    return preset == Preset::Custom ? until : now;
}

QString LogTimeRange::retentionNote(const QDateTime &now) const {
    const QDateTime end = untilAt(now).isValid() ? untilAt(now) : now;
    const QDateTime start = sinceAt(now).isValid() ? sinceAt(now) : end.addDays(-DefaultSinceDays);
    const QDateTime oldest = now.addDays(-RetentionDays);
    if (start >= oldest)
        return {};
    return tr("Okta keeps System Log events for %1 days: nothing from before %2 will be found.")
        .arg(RetentionDays)
        .arg(QLocale().toString(oldest.toLocalTime(), QLocale::ShortFormat));
}

} // namespace okta

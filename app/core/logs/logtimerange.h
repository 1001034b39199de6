#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace okta {

// The time range of a System Log search: a preset that ends now (15 minutes, 1 hour, 24
// hours, 7 days) or a custom since/until. Okta's own rules stay Okta's: a missing since
// means 7 days before until, a missing until means now, and events older than 90 days are
// gone whatever the range says.
struct LogTimeRange {
    Q_DECLARE_TR_FUNCTIONS(okta::LogTimeRange)
public:
    enum class Preset { Last15Minutes, LastHour, Last24Hours, Last7Days, Custom };
    static constexpr int RetentionDays = 90;
    static constexpr int DefaultSinceDays = 7;

    Preset preset = Preset::Last24Hours;
    QDateTime since; // Custom only; invalid: Okta's default (7 days before until)
    QDateTime until; // Custom only; invalid: now

    static QString presetName(Preset preset); // translated: "Last 15 minutes", …
    static QString presetKey(Preset preset);  // stable: "15m", "1h", "24h", "7d", "custom"
    static Preset presetFromKey(QStringView key, Preset fallback = Preset::Last24Hours);

    // The bounds to send at `now`; invalid when Okta's default applies.
    QDateTime sinceAt(const QDateTime &now) const;
    QDateTime untilAt(const QDateTime &now) const;

    // A plain note when the range reaches further back than Okta keeps events; empty
    // otherwise.
    QString retentionNote(const QDateTime &now) const;

    friend bool operator==(const LogTimeRange &, const LogTimeRange &) = default;
};

} // namespace okta

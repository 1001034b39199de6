#pragma once

#include "core/logs/logtimerange.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;

namespace oktadesk {

// The time range of a System Log search: a preset ending now, or a custom since/until
// (either may be left open: Okta then starts 7 days before the end, or ends now), shown
// in local time or UTC. Times in the future cannot be picked; a range reaching past
// Okta's 90 days of retention says so.
class LogTimeEditor : public QWidget {
    Q_OBJECT
public:
    explicit LogTimeEditor(QWidget *parent = nullptr);

    okta::LogTimeRange range() const;
    void setRange(const okta::LogTimeRange &range);
    bool isUtc() const;
    void setUtc(bool utc);

Q_SIGNALS:
    void changed();
    void utcChanged(bool utc);

private:
    void update();

    QComboBox *m_preset = nullptr;
    QCheckBox *m_hasSince = nullptr;
    QDateTimeEdit *m_since = nullptr;
    QCheckBox *m_hasUntil = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QCheckBox *m_utc = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace oktadesk

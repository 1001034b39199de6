#pragma once

#include "core/okta/ratelimit.h"

#include <QLabel>
#include <QTimer>

namespace oktadesk {

// The status bar's rate-limit budget: "Rate limit: 118 / 120 left, resets in 42 s".
// Counts the reset down once a second and flags a low budget (fewer than 10% left) in
// a warning colour and with the `lowBudget` property set.
class RateLimitLabel : public QLabel {
    Q_OBJECT
    Q_PROPERTY(bool lowBudget READ isLowBudget NOTIFY lowBudgetChanged)

public:
    explicit RateLimitLabel(QWidget *parent = nullptr);

    void setRateLimit(const okta::RateLimit &rateLimit);
    okta::RateLimit rateLimit() const { return m_rateLimit; }
    bool isLowBudget() const { return m_low; }

Q_SIGNALS:
    void lowBudgetChanged(bool low);

private:
    void refresh();
    void applyLowStyle();
    qint64 secondsLeft() const;

    okta::RateLimit m_rateLimit;
    QTimer m_ticker;
    bool m_low = false;
};

} // namespace oktadesk

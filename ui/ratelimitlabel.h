#pragma once

#include "core/okta/ratelimit.h"

#include <QLabel>
#include <QTimer>

#include <functional>

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

    // Tests substitute the wall clock (milliseconds since the epoch).
    void setClock(std::function<qint64()> nowEpochMs);

Q_SIGNALS:
    void lowBudgetChanged(bool low);

private:
    void refresh();
    void applyLowStyle();
    qint64 secondsLeft() const;

    okta::RateLimit m_rateLimit;
    std::function<qint64()> m_now;
    QTimer m_ticker;
    bool m_low = false;
};

} // namespace oktadesk

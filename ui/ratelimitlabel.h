#pragma once

#include "core/okta/ratebudgets.h"
#include "core/okta/ratelimit.h"

#include <QLabel>
#include <QTimer>

namespace oktadesk {

// The status bar's rate-limit budget. Okta counts each group of endpoints in its own
// bucket, so the label keeps every bucket's latest budget and shows the one closest to its
// limit: "Rate limit for /api/v1/logs*: 58 / 60 left, resets in 42 s"; the tooltip lists
// the others. Counts the reset down once a second (a bucket whose window resets is full
// again, so another may take its place) and flags a low budget (fewer than 10% left) in a
// warning colour and with the `lowBudget` property set.
class RateLimitLabel : public QLabel {
    Q_OBJECT
    Q_PROPERTY(bool lowBudget READ isLowBudget NOTIFY lowBudgetChanged)

public:
    explicit RateLimitLabel(QWidget *parent = nullptr);

    // A bucket's new budget (rateLimit.bucket); an invalid one forgets every bucket.
    void setRateLimit(const okta::RateLimit &rateLimit);
    // The budget shown: the bucket closest to its limit.
    okta::RateLimit rateLimit() const { return m_shown; }
    bool isLowBudget() const { return m_low; }

Q_SIGNALS:
    void lowBudgetChanged(bool low);

private:
    void refresh();
    void applyLowStyle();
    QString bucketLine(const okta::RateLimit &rateLimit) const;

    okta::RateBudgets m_budgets;
    okta::RateLimit m_shown;
    QTimer m_ticker;
    bool m_low = false;
};

} // namespace oktadesk

#include "ratelimitlabel.h"

#include <QDateTime>
#include <QPalette>

namespace oktadesk {

namespace {
// Dark enough to read on the light Fusion status bar, unmistakably a warning.
constexpr QRgb WarningColor = 0xb3261e;
} // namespace

RateLimitLabel::RateLimitLabel(QWidget *parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("rateLimitStatus"));
    setTextFormat(Qt::PlainText);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RateLimitLabel::refresh);
    setVisible(false);
}

void RateLimitLabel::setRateLimit(const okta::RateLimit &rateLimit) {
    m_rateLimit = rateLimit;
    const bool low = rateLimit.isLow();
    if (low != m_low) {
        m_low = low;
        applyLowStyle();
        Q_EMIT lowBudgetChanged(low);
    }
    setVisible(rateLimit.isValid());
    refresh();
}

qint64 RateLimitLabel::secondsLeft() const {
    if (m_rateLimit.resetEpochSeconds < 0)
        return -1;
    const qint64 msLeft = m_rateLimit.resetEpochSeconds * 1000 - QDateTime::currentMSecsSinceEpoch();
    return msLeft <= 0 ? 0 : (msLeft + 999) / 1000;
}

void RateLimitLabel::refresh() {
    if (!m_rateLimit.isValid()) {
        m_ticker.stop();
        clear();
        setToolTip(QString());
        return;
    }
    const QString remaining = QString::number(m_rateLimit.remaining);
    const QString limit = QString::number(m_rateLimit.limit);
    const qint64 left = secondsLeft();
    QString text;
    if (left > 0)
        text = tr("Rate limit: %1 / %2 left, resets in %3 s").arg(remaining, limit, QString::number(left));
    else if (left == 0)
        text = tr("Rate limit: %1 / %2 left, window has reset").arg(remaining, limit);
    else
        text = tr("Rate limit: %1 / %2 left").arg(remaining, limit);
    if (m_low)
        text = QStringLiteral("⚠ ") % text;
    setText(text);
    setToolTip(m_low ? tr("Fewer than 10% of this endpoint's requests are left in the current window; "
                          "OktaDesk slows down until it resets.")
                     : tr("Requests left in the current rate-limit window of the last endpoint called."));

    if (left > 0 && !m_ticker.isActive())
        m_ticker.start();
    else if (left <= 0)
        m_ticker.stop();
}

void RateLimitLabel::applyLowStyle() {
    // Only WindowText is set, so everything else still follows the application palette.
    QPalette pal;
    if (m_low)
        pal.setColor(QPalette::WindowText, QColor(WarningColor));
    setPalette(pal);
    QFont f;
    f.setBold(m_low);
    setFont(m_low ? f : QFont());
}

} // namespace oktadesk

#include "ratelimitlabel.h"

#include <QDateTime>
#include <QPalette>

namespace oktadesk {

namespace {
// Dark enough to read on the light Fusion status bar, unmistakably a warning.
constexpr QRgb WarningColor = 0xb3261e;

qint64 secondsLeft(const okta::RateLimit &rateLimit, qint64 nowMs) {
    if (rateLimit.resetEpochSeconds < 0)
        return -1;
    const qint64 msLeft = rateLimit.resetEpochSeconds * 1000 - nowMs;
    return msLeft <= 0 ? 0 : (msLeft + 999) / 1000;
}
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
    if (rateLimit.isValid())
        m_budgets.note(rateLimit);
    else
        m_budgets.clear();
    refresh();
}

QString RateLimitLabel::bucketLine(const okta::RateLimit &rateLimit) const {
    const QString remaining = QString::number(rateLimit.remaining);
    const QString limit = QString::number(rateLimit.limit);
    // Bucket names are Okta's paths, as its rate-limit dashboard writes them.
    const QString heading =
        rateLimit.bucket.isEmpty() ? tr("Rate limit") : tr("Rate limit for %1").arg(rateLimit.bucket);
    const qint64 left = secondsLeft(rateLimit, QDateTime::currentMSecsSinceEpoch());
    if (left > 0)
        return tr("%1: %2 / %3 left, resets in %4 s").arg(heading, remaining, limit, QString::number(left));
    if (left == 0)
        return tr("%1: %2 / %3 left, window has reset").arg(heading, remaining, limit);
    return tr("%1: %2 / %3 left").arg(heading, remaining, limit);
}

void RateLimitLabel::refresh() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_shown = m_budgets.closest(now);
    const bool low = m_shown.isLow();
    if (low != m_low) {
        m_low = low;
        applyLowStyle();
        Q_EMIT lowBudgetChanged(low);
    }
    setVisible(m_shown.isValid());
    if (!m_shown.isValid()) {
        m_ticker.stop();
        clear();
        setToolTip(QString());
        return;
    }
    QString text = bucketLine(m_shown);
    if (m_low)
        text = QStringLiteral("⚠ ") % text;
    setText(text);

    QString tip = m_low ? tr("Fewer than 10% of this bucket's requests are left in the current window; "
                             "OktaDesk slows down its requests to it until it resets.")
                        : tr("Okta counts each group of endpoints in its own bucket; shown is the one "
                             "closest to its limit.");
    const QList<okta::RateLimit> open = m_budgets.byCloseness(now);
    for (const okta::RateLimit &r : open)
        tip += u'\n' + bucketLine(r);
    setToolTip(tip);

    const qint64 left = secondsLeft(m_shown, now);
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

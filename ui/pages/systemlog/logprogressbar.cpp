#include "logprogressbar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace oktadesk {

using okta::LogStream;

LogProgressBar::LogProgressBar(QWidget *parent)
    : QWidget(parent) {
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("logProgress"));
    m_label->setTextFormat(Qt::PlainText);
    m_sorting = new QLabel(tr("Sorting…"), this);
    m_sorting->setObjectName(QStringLiteral("logSorting"));
    m_sorting->setForegroundRole(QPalette::PlaceholderText);
    m_sorting->setVisible(false);
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("logPause"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("logCancel"));
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_progress.state == LogStream::State::Paused)
            Q_EMIT resumeRequested();
        else
            Q_EMIT pauseRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &LogProgressBar::cancelRequested);

    m_errorFrame = new QFrame(this);
    m_errorFrame->setObjectName(QStringLiteral("logErrorFrame"));
    m_errorFrame->setFrameShape(QFrame::StyledPanel);
    m_errorFrame->setStyleSheet(QStringLiteral(
        "QFrame#logErrorFrame { background: #fdecea; border: 1px solid #e8a29b; border-radius: 4px; }"));
    auto *errorIcon = new QLabel(m_errorFrame);
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(18, 18));
    m_error = new QLabel(m_errorFrame);
    m_error->setObjectName(QStringLiteral("logError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    errorLayout->setContentsMargins(10, 6, 10, 6);
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_error, 1);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label, 1);
    row->addWidget(m_sorting);
    row->addWidget(m_pause);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_errorFrame);
    layout->addLayout(row);
    clear();
}

void LogProgressBar::clear() {
    m_progress = {};
    m_label->setText(tr("Fill in the form and press Search."));
    m_pause->setVisible(false);
    m_cancel->setVisible(false);
    setError({});
}

void LogProgressBar::started(LogStream::Mode mode) {
    m_mode = mode;
    m_progress = {};
    setError({});
    m_pause->setText(tr("Pause"));
    m_pause->setVisible(mode != LogStream::Mode::FirstN);
    m_cancel->setVisible(true);
    m_label->setText(mode == LogStream::Mode::Tail ? tr("Starting the live tail…") : tr("Searching…"));
}

QString LogProgressBar::progressText(const LogStream::Progress &p) const {
    const QLocale locale;
    if (p.rateLimitWaitSeconds > 0)
        return tr("Waiting for Okta's rate limit: continuing in %1 s (events so far: %2)")
            .arg(p.rateLimitWaitSeconds)
            .arg(locale.toString(p.events));
    switch (p.state) {
    case LogStream::State::Waiting:
        return tr("Live tail — events: %1; next check in %2 s")
            .arg(locale.toString(p.events))
            .arg(p.nextPollSeconds);
    case LogStream::State::Paused:
        return tr("Paused — events so far: %1").arg(locale.toString(p.events));
    default:
        break;
    }
    return tr("Fetching — events: %1, pages: %2, %3 per second")
        .arg(locale.toString(p.events), locale.toString(p.pages), locale.toString(p.eventsPerSecond, 'f', 0));
}

void LogProgressBar::setProgress(const LogStream::Progress &progress) {
    m_progress = progress;
    if (progress.state == LogStream::State::Finished)
        return;
    m_pause->setText(progress.state == LogStream::State::Paused ? tr("Resume") : tr("Pause"));
    m_label->setText(progressText(progress));
}

void LogProgressBar::finished(LogStream::Outcome outcome, const QString &error, bool moreAvailable) {
    m_pause->setVisible(false);
    m_cancel->setVisible(false);
    const QString events = QLocale().toString(m_progress.events);
    switch (outcome) {
    case LogStream::Outcome::Complete:
        m_label->setText(m_progress.events == 0 ? tr("No events match this search.")
                                                : tr("Done — events: %1").arg(events));
        break;
    case LogStream::Outcome::LimitReached:
        m_label->setText(moreAvailable
                             ? tr("Showing the first %1; more events match. Raise the number or choose "
                                  "“All in the range”.")
                                   .arg(events)
                             : tr("Done — events: %1").arg(events));
        break;
    case LogStream::Outcome::Canceled:
        m_label->setText(tr("Stopped — events fetched: %1").arg(events));
        break;
    case LogStream::Outcome::Failed:
        m_label->setText(tr("Stopped by an error; the events fetched (%1) stay below.").arg(events));
        setError(error);
        break;
    }
}

void LogProgressBar::setError(const QString &error) {
    m_error->setText(error);
    m_errorFrame->setVisible(!error.isEmpty());
}

void LogProgressBar::setSorting(bool sorting) {
    m_sorting->setVisible(sorting);
}

QString LogProgressBar::text() const {
    return m_label->text();
}

QString LogProgressBar::error() const {
    return m_errorFrame->isVisibleTo(this) ? m_error->text() : QString();
}

} // namespace oktadesk

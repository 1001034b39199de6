#include "logstream.h"

#include "logsearch.h"
#include "logstore.h"

#include "core/okta/oktaclient.h"

#include <QDateTime>

namespace okta {

namespace {
constexpr int MaxPollDelayMs = 60000;
} // namespace

LogStream::LogStream(OktaClient *client, const LogQuery &query, Mode mode, qint64 maxRows, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
    , m_mode(mode) {
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogStream::fetch);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &LogStream::tick);
    if (!client)
        return;
    m_pager = searchLogs(client, m_query, this);
    switch (mode) {
    case Mode::FirstN:
        m_pager->setMaxRows(maxRows);
        break;
    case Mode::All:
        break;
    case Mode::Tail:
        // searchLogs drops repeats of a polling query already; a tail also waits once a
        // page comes back short, as Okta's polling recipe asks.
        m_pager->setDropRepeats();
        m_pager->setStopOnShortPage(m_query.limit);
        break;
    }
    connect(m_pager, &Pager::pageReady, this, &LogStream::onPage);
    connect(m_pager, &Pager::finished, this, &LogStream::onPagerFinished);
    connect(m_pager, &Pager::rateLimitWait, this, [this](int seconds) {
        m_progress.rateLimitWaitSeconds = seconds;
        report();
    });
}

LogStream::~LogStream() {
    if (m_pager)
        m_pager->disconnect(this);
}

void LogStream::prepareTableRows() {
    if (!m_pager)
        return;
    m_pager->setParse([](QByteArray body, QString *error) {
        Page page = Page::parse<LogEvent>(std::move(body), error);
        if (error->isEmpty())
            page.setPrepared(LogStore::prepare(page.rows<LogEvent>()));
        return page;
    });
}

void LogStream::start() {
    if (m_progress.state != State::Idle)
        return;
    m_clock.start();
    if (!m_pager) {
        end(Outcome::Failed, tr("Not connected to an org."), false);
        return;
    }
    fetch();
}

void LogStream::fetch() {
    m_ticker.stop();
    m_progress.nextPollSeconds = 0;
    m_fetchStartedMs = m_clock.elapsed();
    setState(State::Fetching);
    m_pager->start();
}

void LogStream::cancel() {
    if (!isActive())
        return;
    m_pollTimer.stop();
    m_ticker.stop();
    if (m_pager->isRunning()) {
        m_pager->disconnect(this);
        m_pager->cancel();
    }
    end(Outcome::Canceled, QString(), false);
}

void LogStream::pause() {
    if (!canPause() || !isActive() || m_progress.state == State::Paused)
        return;
    m_pollTimer.stop();
    m_ticker.stop();
    m_progress.nextPollSeconds = 0;
    if (m_pager->isRunning()) {
        m_pausing = true;
        m_pager->cancel(); // finished(Canceled) arrives at once; the pager keeps its place
        m_pausing = false;
        m_activeMs += m_clock.elapsed() - m_fetchStartedMs;
    }
    setState(State::Paused);
}

void LogStream::resume() {
    if (m_progress.state == State::Paused)
        fetch();
}

void LogStream::onPage(const Page &page) {
    m_progress.rateLimitWaitSeconds = 0;
    m_progress.pages = m_pager->pageCount();
    m_progress.events += page.size();
    m_progress.duplicates = m_pager->duplicatesDropped();
    m_progress.bytes = m_pager->bytesReceived();
    Q_EMIT pageReady(page);
    report();
}

void LogStream::onPagerFinished(Pager::Outcome outcome, const OktaResult &last) {
    if (m_pausing)
        return;
    m_activeMs += m_clock.elapsed() - m_fetchStartedMs;
    m_progress.pages = m_pager->pageCount();
    m_progress.duplicates = m_pager->duplicatesDropped();
    m_progress.bytes = m_pager->bytesReceived();
    m_progress.rateLimitWaitSeconds = 0;
    switch (outcome) {
    case Pager::Outcome::Complete:
        if (m_mode == Mode::Tail)
            waitForEvents();
        else
            end(Outcome::Complete, QString(), false);
        return;
    case Pager::Outcome::LimitReached:
        // "First N" also stops here when exactly N rows exist: only a next link means more.
        end(Outcome::LimitReached, QString(), m_pager->nextUrl().isValid());
        return;
    case Pager::Outcome::Canceled:
        end(Outcome::Canceled, QString(), false);
        return;
    case Pager::Outcome::Failed:
        end(Outcome::Failed, last.message(), false);
        return;
    }
}

qint64 LogStream::pollDelayMs() const {
    qint64 delay = m_pollIntervalMs;
    // Never spend more than half of what is left of the window on polling: the admin's
    // other work shares the budget.
    const RateLimit rl = m_client ? m_client->lastRateLimit() : RateLimit();
    if (rl.isValid() && rl.limit > 0 && rl.remaining < rl.limit / 2 && rl.resetEpochSeconds > 0) {
        const qint64 left = rl.resetEpochSeconds * 1000 - QDateTime::currentMSecsSinceEpoch();
        const qint64 calls = std::max<qint64>(1, rl.remaining / 2);
        delay = std::max(delay, left / calls);
    }
    return std::clamp<qint64>(delay, 0, std::max(MaxPollDelayMs, m_pollIntervalMs));
}

void LogStream::waitForEvents() {
    const qint64 delay = pollDelayMs();
    m_pollDueMs = m_clock.elapsed() + delay;
    m_progress.nextPollSeconds = int((delay + 999) / 1000);
    setState(State::Waiting);
    m_pollTimer.start(int(delay));
    m_ticker.start();
}

void LogStream::tick() {
    m_progress.nextPollSeconds = int(std::max<qint64>(0, (m_pollDueMs - m_clock.elapsed() + 999) / 1000));
    report();
}

void LogStream::setState(State state) {
    m_progress.state = state;
    report();
}

void LogStream::report() {
    qint64 active = m_activeMs;
    if (m_progress.state == State::Fetching)
        active += m_clock.elapsed() - m_fetchStartedMs;
    // A tail's rate counts its waits too: it says how busy the log is, not the network.
    const qint64 span = m_mode == Mode::Tail ? m_clock.elapsed() : active;
    m_progress.eventsPerSecond = span > 0 ? double(m_progress.events) * 1000.0 / double(span) : 0.0;
    Q_EMIT progressChanged(m_progress);
}

void LogStream::end(Outcome outcome, const QString &error, bool moreAvailable) {
    if (m_progress.state == State::Finished)
        return;
    m_pollTimer.stop();
    m_ticker.stop();
    m_progress.nextPollSeconds = 0;
    setState(State::Finished);
    Q_EMIT finished(outcome, error, moreAvailable);
}

} // namespace okta

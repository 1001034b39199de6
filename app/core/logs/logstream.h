#pragma once

#include "logquery.h"
#include "logrequest.h"

#include "core/okta/pager.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace okta {

class OktaClient;
class Page;

// One System Log search running: "first N", every page of a range, or a live tail. It
// walks Okta's `next` links with a Pager, hands each page over as it arrives and reports
// progress (pages, events, events per second, rate-limit waits). A tail polls: once it
// has caught up (a page shorter than the page size) it waits, longer when the rate-limit
// budget runs low, then follows the last `next` link again; repeats are dropped by uuid.
// Pause keeps the place; resume continues from it. The GUI and the CLI both run it.
class LogStream : public QObject {
    Q_OBJECT
public:
    using Mode = LogSearchRequest::Mode;
    enum class State { Idle, Fetching, Waiting, Paused, Finished };
    Q_ENUM(State)
    enum class Outcome { Complete, LimitReached, Canceled, Failed };
    Q_ENUM(Outcome)

    struct Progress {
        State state = State::Idle;
        int pages = 0;
        qint64 events = 0;     // handed over, repeats not counted
        qint64 duplicates = 0; // repeats a tail dropped
        qint64 bytes = 0;      // JSON received
        double eventsPerSecond = 0;
        int rateLimitWaitSeconds = 0; // > 0 while a 429 is waited out
        int nextPollSeconds = 0;      // a tail that caught up: when it asks again
    };

    static constexpr int DefaultPollIntervalMs = 5000;

    // `query` as it is sent (see LogSearchRequest::resolved); a tail needs a polling query.
    // `maxRows` applies to Mode::FirstN.
    LogStream(OktaClient *client, const LogQuery &query, Mode mode, qint64 maxRows = 0,
              QObject *parent = nullptr);
    ~LogStream() override;

    // The shortest wait between polls of a tail once it has caught up.
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }
    // For a results table (before start()): each page also carries its LogStore rows
    // (Page::prepared<LogStore::Rows>()), worked out on the thread that parsed it, so
    // appending a page of a thousand events does not hold the window up.
    void prepareTableRows();

    void start();
    void cancel();
    // Between pages: an answer in flight is dropped and asked for again on resume().
    void pause();
    void resume();
    bool canPause() const { return m_mode != Mode::FirstN; }
    bool isActive() const { return m_progress.state != State::Finished && m_progress.state != State::Idle; }

    Mode mode() const { return m_mode; }
    const LogQuery &query() const { return m_query; }
    Progress progress() const { return m_progress; }

Q_SIGNALS:
    void pageReady(const okta::Page &page);
    void progressChanged(const okta::LogStream::Progress &progress);
    // Exactly once. `error` says what failed (Outcome::Failed); the pages handed over stay
    // with the receiver. `moreAvailable`: "first N" stopped while Okta has more.
    void finished(okta::LogStream::Outcome outcome, const QString &error, bool moreAvailable);

private:
    void fetch();
    void onPage(const Page &page);
    void onPagerFinished(Pager::Outcome outcome, const OktaResult &last);
    void waitForEvents();
    void tick();
    void setState(State state);
    void report();
    void end(Outcome outcome, const QString &error, bool moreAvailable);
    qint64 pollDelayMs() const;

    QPointer<OktaClient> m_client;
    LogQuery m_query;
    Mode m_mode;
    Pager *m_pager = nullptr;
    QTimer m_pollTimer;
    QTimer m_ticker; // counts a tail's wait down once a second
    QElapsedTimer m_clock;
    qint64 m_activeMs = 0; // time spent fetching, for events per second
    qint64 m_fetchStartedMs = 0;
    qint64 m_pollDueMs = 0;
    int m_pollIntervalMs = DefaultPollIntervalMs;
    bool m_pausing = false;
    Progress m_progress;
};

} // namespace okta

Q_DECLARE_METATYPE(okta::LogStream::Progress)

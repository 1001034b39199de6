#include "pager.h"

#include "core/values/backgroundpriority.h"

#include "oktaclient.h"
#include "oktajob.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace okta {

namespace {

// Bodies from this size on are parsed on a worker thread: a page of 1,000 System Log
// events (about 2 MB) takes longer than a frame to parse, and the window must keep painting.
constexpr qsizetype OffThreadParseBytes = 256 * 1024;

struct ParsedPage {
    Page page;
    QString error;
};

} // namespace

Pager::Pager(OktaClient *client, const QUrl &firstPage, Parse parse, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_parse(std::move(parse))
    , m_first(firstPage)
    , m_pageRetry(client ? client->options().retry : RetryOptions()) {}

Pager::~Pager() {
    m_running = false; // no finished() from a pager being destroyed
    dropPrefetch();
    if (m_job) {
        OktaJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
    }
}

void Pager::setDropRepeats(int window) {
    m_repeatWindow = std::max(window, 1);
}

void Pager::start() {
    if (m_running)
        return;
    m_running = true;
    ++m_run;
    fetch(m_next.isValid() ? m_next : m_first);
}

void Pager::cancel() {
    if (!m_running)
        return;
    if (m_job) {
        OktaJob *job = m_job;
        m_job = nullptr;
        job->cancel();
    }
    dropPrefetch();
    OktaResult r;
    r.failure = Failure::Canceled;
    end(Outcome::Canceled, r);
}

void Pager::fetch(const QUrl &url) {
    if (!m_client) {
        OktaResult r;
        r.failure = Failure::InvalidRequest;
        end(Outcome::Failed, r);
        return;
    }
    m_current = url;
    // The prefetch job deletes itself once finished, so a finished prefetch is known by its
    // kept result, not by the job.
    if (m_prefetchUrl == url && (m_prefetch || m_prefetchResult)) {
        // The page was requested while the previous one was still arriving.
        m_job = m_prefetch;
        m_prefetch = nullptr;
        m_prefetchUrl.clear();
        const QUrl after = m_prefetchNext;
        m_prefetchNext.clear();
        if (m_prefetchResult) {
            const OktaResult r = *std::exchange(m_prefetchResult, std::nullopt);
            m_job = nullptr;
            onPage(r);
        } else if (after.isValid()) {
            prefetch(after);
        }
        return;
    }
    dropPrefetch();
    OktaJob *job = request(url);
    m_job = job;
    watch(job);
}

OktaJob *Pager::request(const QUrl &url) {
    OktaJob *job = m_client->getUrl(url);
    job->setParseJson(false); // the page is parsed once, into typed rows, in onPage()
    return job;
}

void Pager::watch(OktaJob *job) {
    connect(job, &OktaJob::finished, this, [this, job](const OktaResult &r) {
        if (job == m_job) {
            m_job = nullptr;
            onPage(r);
        } else if (job == m_prefetch) {
            m_prefetchResult = r;
        }
    });
    connect(job, &OktaJob::rateLimitWait, this, [this, job](int seconds) {
        if (job == m_job)
            Q_EMIT rateLimitWait(seconds);
    });
    connect(job, &OktaJob::headersReceived, this, [this, job](const QUrl &next) {
        if (job == m_job)
            prefetch(next);
        else if (job == m_prefetch)
            m_prefetchNext = next;
    });
}

void Pager::prefetch(const QUrl &next) {
    // Streaming every page: ask for the next one as soon as its link is known, so the
    // server prepares it while this one is still arriving and being parsed. Never in
    // "first N" mode, where the extra request could be wasted quota.
    if (!m_prefetchEnabled || m_maxRows > 0 || m_prefetchUrl.isValid() || !next.isValid() ||
        next == m_current || !m_client)
        return;
    m_prefetchUrl = next;
    m_prefetch = request(next);
    watch(m_prefetch);
}

void Pager::dropPrefetch() {
    if (m_prefetch) {
        OktaJob *job = m_prefetch;
        m_prefetch = nullptr;
        job->cancel();
    }
    m_prefetchResult.reset();
    m_prefetchNext.clear();
    m_prefetchUrl.clear();
}

bool Pager::isRepeat(const QString &key) {
    if (key.isEmpty())
        return false;
    if (m_seen.contains(key))
        return true;
    // Only a recent window is kept: polling re-sends events near the page boundary, and a
    // set of every key of a million-event stream would cost more memory than the rows.
    m_seen.insert(key);
    m_seenOrder.enqueue(key);
    while (m_seenOrder.size() > m_repeatWindow)
        m_seen.remove(m_seenOrder.dequeue());
    return false;
}

void Pager::onPage(const OktaResult &result) {
    if (!m_running)
        return;
    if (!result.ok()) {
        OktaResult last = result;
        last.body = QByteArray();
        last.attempts += m_pageRetry.retries();
        end(result.canceled() ? Outcome::Canceled : Outcome::Failed, last);
        return;
    }
    if (result.body.size() >= OffThreadParseBytes) {
        parseOffThread(result);
        return;
    }
    QString error;
    Page page = m_parse(result.body, &error);
    onParsed(result, std::move(page), error);
}

// Pages still go out one at a time and in order: the next one is fetched (or taken from
// the prefetch) only once this one has been handed on.
void Pager::parseOffThread(const OktaResult &result) {
    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, result, run = m_run] {
        watcher->deleteLater();
        if (!m_running || run != m_run)
            return; // cancelled meanwhile
        ParsedPage parsed = watcher->result();
        onParsed(result, std::move(parsed.page), parsed.error);
    });
    watcher->setFuture(QtConcurrent::run([parse = m_parse, body = result.body] {
        lowerThisThreadPriority();
        ParsedPage parsed;
        parsed.page = parse(body, &parsed.error);
        return parsed;
    }));
}

void Pager::onParsed(const OktaResult &result, Page page, const QString &error) {
    OktaResult last = result;
    last.body = QByteArray(); // the rows hold what they need of it
    if (!error.isEmpty()) {
        if (refetchMalformed())
            return;
        last.attempts += m_pageRetry.retries();
        last.failure = Failure::MalformedJson;
        last.networkErrorString = error;
        end(Outcome::Failed, last);
        return;
    }
    if (m_client)
        m_pageRetry = RetryPolicy(m_client->options().retry);
    ++m_pages;
    m_bytes += result.bodySize;
    const qsizetype received = page.size();
    if (m_repeatWindow > 0)
        m_duplicates += page.removeIf([this](const QString &key) { return isRepeat(key); });
    bool limitReached = false;
    if (m_maxRows > 0 && m_rows + page.size() >= m_maxRows) {
        page.truncate(m_maxRows - m_rows);
        limitReached = true;
    }
    m_rows += page.size();
    m_next = result.next;
    if (!page.isEmpty())
        Q_EMIT pageReady(page);
    if (!m_running) // a receiver cancelled from pageReady
        return;

    const bool emptyPage = received == 0;
    if (limitReached) {
        end(m_next.isValid() || m_rows >= m_maxRows ? Outcome::LimitReached : Outcome::Complete, last);
    } else if (!m_next.isValid()) {
        end(Outcome::Complete, last);
    } else if ((emptyPage && (m_stopOnEmptyPage || m_next == m_current)) || received < m_shortPageRows) {
        // Polling queries always carry a next link; an empty page means "caught up".
        end(Outcome::Complete, last);
    } else {
        fetch(m_next);
    }
}

bool Pager::refetchMalformed() {
    // "Fetched once more" (RetryPolicy): a body that is not JSON is seldom cured by asking
    // again, but a proxy's hiccup is, and the same URL loses and repeats nothing.
    if (!m_client)
        return false;
    AttemptOutcome attempt;
    attempt.idempotent = true;
    attempt.httpStatus = 200;
    attempt.malformedBody = true;
    const qint64 delay = m_pageRetry.nextDelayMs(attempt, QDateTime::currentMSecsSinceEpoch(),
                                                 QRandomGenerator::global()->generate());
    if (delay < 0)
        return false;
    QTimer::singleShot(delay, this, [this, url = m_current] {
        if (!m_running || m_job || m_current != url || !m_client)
            return;
        m_job = request(url);
        watch(m_job);
    });
    return true;
}

void Pager::end(Outcome outcome, const OktaResult &last) {
    if (!m_running)
        return;
    m_running = false;
    dropPrefetch();
    Q_EMIT finished(outcome, last);
}

} // namespace okta

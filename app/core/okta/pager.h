#pragma once

#include "oktaresult.h"
#include "retrypolicy.h"

#include "core/values/page.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace okta {

class OktaClient;
class OktaJob;

// Walks `next` links verbatim and hands each page over parsed, once, into typed rows.
// "First N" stops after N rows; "all" follows every link. Optionally drops rows whose key
// (id, or an event's uuid) it saw recently: System Log polling re-sends events. Polling
// queries always carry a `next` link, so the pager can be told to stop on the first empty
// page.
class Pager : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Complete, LimitReached, Canceled, Failed };
    Q_ENUM(Outcome)

    // Turns one body into rows, or sets *error (e.g. Page::parse<User>).
    using Parse = std::function<Page(QByteArray body, QString *error)>;

    Pager(OktaClient *client, const QUrl &firstPage, Parse parse, QObject *parent = nullptr);
    ~Pager() override;

    void setMaxRows(qint64 maxRows) { m_maxRows = maxRows; } // <= 0: all
    // Drops rows whose key was seen among the last `window` rows.
    void setDropRepeats(int window = 20000);
    void setStopOnEmptyPage(bool stop) { m_stopOnEmptyPage = stop; }
    // A page with fewer than `rows` rows ends the walk as complete: a poller that has
    // caught up waits before it follows `next` again (start() resumes there).
    void setStopOnShortPage(int rows) { m_shortPageRows = rows; }
    // When streaming all pages, request page n+1 as soon as page n's Link header is in.
    void setPrefetch(bool enabled) { m_prefetchEnabled = enabled; }
    // Another parser for the bodies (before start()); it runs on a worker thread for big ones.
    void setParse(Parse parse) { m_parse = std::move(parse); }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 rowCount() const { return m_rows; }
    int pageCount() const { return m_pages; }
    qint64 duplicatesDropped() const { return m_duplicates; }
    qint64 bytesReceived() const { return m_bytes; }
    QUrl nextUrl() const { return m_next; } // where a resumed walk would continue

Q_SIGNALS:
    // The rows of one page (never empty), in the order Okta sent them.
    void pageReady(const okta::Page &page);
    void rateLimitWait(int secondsLeft);
    // Exactly once. `last` carries the failure for Outcome::Failed; rows already handed
    // over stay with the receiver.
    void finished(okta::Pager::Outcome outcome, const okta::OktaResult &last);

private:
    void fetch(const QUrl &url);
    OktaJob *request(const QUrl &url);
    void watch(OktaJob *job);
    void prefetch(const QUrl &next);
    void dropPrefetch();
    void onPage(const OktaResult &result);
    void parseOffThread(const OktaResult &result);
    void onParsed(const OktaResult &result, Page page, const QString &error);
    void end(Outcome outcome, const OktaResult &last);
    bool isRepeat(const QString &key);
    bool refetchMalformed(); // asks for the current page again when the policy allows

    QPointer<OktaClient> m_client;
    Parse m_parse;
    QPointer<OktaJob> m_job;
    QPointer<OktaJob> m_prefetch; // the next page, asked for before this one is complete
    QUrl m_prefetchUrl;
    QUrl m_prefetchNext;
    std::optional<OktaResult> m_prefetchResult;
    bool m_prefetchEnabled = true;
    QUrl m_first;
    QUrl m_next;
    int m_repeatWindow = 0; // 0: keep repeats
    QSet<QString> m_seen;
    QQueue<QString> m_seenOrder;
    QUrl m_current;
    qint64 m_maxRows = 0;
    qint64 m_rows = 0;
    qint64 m_duplicates = 0;
    qint64 m_bytes = 0;
    int m_pages = 0;
    bool m_stopOnEmptyPage = false;
    int m_shortPageRows = 0;
    bool m_running = false;
    quint64 m_run = 0;       // start() counts; a parse finishing for an earlier run is dropped
    RetryPolicy m_pageRetry; // the current page's refetches of a body that is not JSON
};

} // namespace okta

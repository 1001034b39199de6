#include "pager.h"

#include "oktaclient.h"
#include "oktajob.h"

#include <QJsonObject>

namespace okta {

Pager::Pager(OktaClient *client, const QUrl &firstPage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_first(firstPage) {}

Pager::~Pager() {
    if (m_job)
        m_job->cancel();
}

void Pager::setDedupKey(const QString &key, int window) {
    m_dedupKey = key;
    m_dedupWindow = std::max(window, 1);
}

void Pager::start() {
    if (m_running)
        return;
    m_running = true;
    fetch(m_next.isValid() ? m_next : m_first);
}

void Pager::cancel() {
    if (!m_running)
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
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
    m_job = m_client->getUrl(url);
    connect(m_job, &OktaJob::finished, this, &Pager::onPage);
    connect(m_job, &OktaJob::rateLimitWait, this, &Pager::rateLimitWait);
}

bool Pager::isDuplicate(const QJsonObject &row) {
    const QString key = row.value(m_dedupKey).toString();
    if (key.isEmpty())
        return false;
    if (m_seen.contains(key))
        return true;
    // Only a recent window is kept: polling re-sends events near the page boundary, and a
    // set of every key of a million-event stream would cost more memory than the rows.
    m_seen.insert(key);
    m_seenOrder.enqueue(key);
    while (m_seenOrder.size() > m_dedupWindow)
        m_seen.remove(m_seenOrder.dequeue());
    return false;
}

void Pager::onPage(const OktaResult &result) {
    m_job = nullptr;
    if (!m_running)
        return;
    if (!result.ok()) {
        end(result.canceled() ? Outcome::Canceled : Outcome::Failed, result);
        return;
    }
    if (!result.json.isArray()) {
        OktaResult bad = result;
        bad.failure = Failure::MalformedJson;
        end(Outcome::Failed, bad);
        return;
    }
    ++m_pages;
    m_bytes += result.body.size();
    QJsonArray rows = result.json.array();
    const qsizetype received = rows.size();
    if (!m_dedupKey.isEmpty()) {
        QJsonArray kept;
        for (const QJsonValue &v : std::as_const(rows)) {
            if (isDuplicate(v.toObject()))
                ++m_duplicates;
            else
                kept.append(v);
        }
        rows = kept;
    }
    bool limitReached = false;
    if (m_maxRows > 0 && m_rows + rows.size() >= m_maxRows) {
        while (m_rows + rows.size() > m_maxRows)
            rows.removeLast();
        limitReached = true;
    }
    m_rows += rows.size();
    m_next = result.next;
    if (!rows.isEmpty())
        Q_EMIT rowsReady(rows);
    if (!m_running) // a receiver cancelled from rowsReady
        return;

    const bool emptyPage = received == 0;
    if (limitReached) {
        end(m_next.isValid() || m_rows >= m_maxRows ? Outcome::LimitReached : Outcome::Complete, result);
    } else if (!m_next.isValid()) {
        end(Outcome::Complete, result);
    } else if (emptyPage && (m_stopOnEmptyPage || m_next == m_current)) {
        // Polling queries always carry a next link; an empty page means "caught up".
        end(Outcome::Complete, result);
    } else {
        fetch(m_next);
    }
}

void Pager::end(Outcome outcome, const OktaResult &last) {
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(outcome, last);
}

} // namespace okta

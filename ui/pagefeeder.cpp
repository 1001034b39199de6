#include "pagefeeder.h"

#include "mainwindow.h"
#include "pages/directorypage.h"
#include "pages/scopespage.h"
#include "pages/systemlogpage.h"

#include "core/logs/logquery.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/okta/pager.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace oktadesk {

PageFeeder::PageFeeder(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window) {}

PageFeeder::~PageFeeder() {
    // The pages may already be gone when the application shuts down: only cancel.
    cancelAll();
}

void PageFeeder::setApi(okta::OktaApi *api) {
    cancelAll();
    clearPages();
    m_api = api;
    if (!m_api || !m_window)
        return;
    loadLogs();
    loadUsers();
    loadGrants();
}

void PageFeeder::cancelAll() {
    ++m_generation;
    m_appId.clear();
    for (QPointer<okta::Pager> *slot : {&m_logs, &m_users, &m_apps}) {
        if (okta::Pager *pager = *slot) {
            *slot = nullptr;
            pager->cancel();
            pager->deleteLater();
        }
    }
    if (okta::OktaJob *job = m_grants) {
        m_grants = nullptr;
        job->cancel(); // the job deletes itself once it has reported
    }
}

void PageFeeder::clearPages() {
    if (!m_window)
        return;
    m_window->scopesPage()->clear();
    m_window->systemLogPage()->clear();
    m_window->directoryPage()->clear();
}

template<typename FeedPage> void PageFeeder::feed(okta::Pager *pager, FeedPage *page) {
    const quint64 generation = m_generation;
    QPointer<FeedPage> target(page);
    page->setLoading(true);
    connect(pager, &okta::Pager::rowsReady, this, [this, target, generation](const QJsonArray &rows) {
        if (generation == m_generation && target)
            target->appendRows(rows);
    });
    connect(pager, &okta::Pager::finished, this,
            [this, target, pager, generation](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                pager->deleteLater();
                if (generation != m_generation || !target)
                    return;
                target->setLoading(false);
                if (outcome == okta::Pager::Outcome::Failed)
                    target->setError(last.message());
                // "First N" also ends as LimitReached when exactly N rows exist: only a
                // next link means Okta has more.
                target->setMoreAvailable(outcome == okta::Pager::Outcome::LimitReached &&
                                         pager->nextUrl().isValid());
            });
    pager->start();
}

void PageFeeder::loadLogs() {
    okta::LogQuery query;
    query.until = QDateTime::currentDateTimeUtc();
    query.since = query.until.addSecs(-24 * 3600);
    query.order = okta::LogQuery::Order::Descending;
    query.limit = RowLimit;
    m_logs = m_api->listLogs(query, this);
    m_logs->setMaxRows(RowLimit);
    feed(m_logs.data(), m_window->systemLogPage());
}

void PageFeeder::loadUsers() {
    okta::UserQuery query;
    query.limit = RowLimit;
    m_users = m_api->listUsers(query, this);
    m_users->setMaxRows(RowLimit);
    feed(m_users.data(), m_window->directoryPage());
}

void PageFeeder::loadGrants() {
    okta::AppQuery query;
    query.q = ScopesPage::appLabel();
    m_window->scopesPage()->setLoading(true);
    okta::Pager *pager = m_api->listApps(query, this);
    m_apps = pager;
    const quint64 generation = m_generation;
    // q matches labels that start with the text: pick the app whose label is exactly it.
    connect(pager, &okta::Pager::rowsReady, this, [this, generation](const QJsonArray &apps) {
        if (generation != m_generation || !m_appId.isEmpty())
            return;
        for (const QJsonValue &app : apps) {
            const QJsonObject object = app.toObject();
            if (object.value(QLatin1String("label")).toString() == ScopesPage::appLabel()) {
                m_appId = object.value(QLatin1String("id")).toString();
                break;
            }
        }
    });
    connect(pager, &okta::Pager::finished, this,
            [this, pager, generation](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                pager->deleteLater();
                if (generation != m_generation || !m_window)
                    return;
                ScopesPage *page = m_window->scopesPage();
                if (outcome == okta::Pager::Outcome::Failed) {
                    page->setLoading(false);
                    page->setError(last.message());
                } else if (m_appId.isEmpty()) {
                    page->setLoading(false);
                    page->setError(
                        tr("This org has no app labelled \u201c%1\u201d.").arg(ScopesPage::appLabel()));
                } else {
                    onAppFound(m_appId);
                }
            });
    pager->start();
}

void PageFeeder::onAppFound(const QString &appId) {
    okta::OktaJob *job = m_api->listGrants(appId);
    m_grants = job;
    const quint64 generation = m_generation;
    connect(job, &okta::OktaJob::finished, this, [this, generation](const okta::OktaResult &result) {
        if (generation != m_generation || !m_window)
            return;
        m_grants = nullptr;
        ScopesPage *page = m_window->scopesPage();
        page->setLoading(false);
        if (!result.ok())
            page->setError(result.message());
        else
            page->appendRows(result.json.array());
    });
}

} // namespace oktadesk

#include "pagefeeder.h"

#include "feedtarget.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/pager.h"

namespace oktadesk {

PageFeeder::Target::Target(FeedTarget *target)
    : feed(target)
    , alive(dynamic_cast<QObject *>(target)) {}

PageFeeder::PageFeeder(const Targets &targets, QObject *parent)
    : QObject(parent)
    , m_users(targets.users)
    , m_grants(targets.grants) {}

PageFeeder::~PageFeeder() {
    // The pages may already be gone when the application shuts down: only cancel.
    cancelAll();
}

void PageFeeder::setApi(okta::OktaApi *api) {
    cancelAll();
    for (const Target *t : {&m_grants, &m_users})
        if (FeedTarget *target = t->get())
            target->feedReset();
    m_api = api;
    if (!m_api)
        return;
    loadUsers();
    loadGrants();
}

void PageFeeder::cancelAll() {
    ++m_generation;
    m_appId.clear();
    for (QPointer<okta::Pager> *slot : {&m_usersPager, &m_appsPager, &m_grantsPager}) {
        if (okta::Pager *pager = *slot) {
            *slot = nullptr;
            pager->cancel();
            pager->deleteLater();
        }
    }
}

void PageFeeder::feed(okta::Pager *pager, const Target &target) {
    const quint64 generation = m_generation;
    if (FeedTarget *t = target.get())
        t->feedStarted();
    connect(pager, &okta::Pager::pageReady, this, [this, &target, generation](const okta::Page &page) {
        if (FeedTarget *t = target.get(); t && generation == m_generation)
            t->feedPage(page);
    });
    connect(pager, &okta::Pager::finished, this,
            [this, &target, pager, generation](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                pager->deleteLater();
                FeedTarget *t = target.get();
                if (generation != m_generation || !t)
                    return;
                // "First N" also ends as LimitReached when exactly N rows exist: only a
                // next link means Okta has more.
                t->feedEnded(outcome == okta::Pager::Outcome::Failed ? last.message() : QString(),
                             outcome == okta::Pager::Outcome::LimitReached && pager->nextUrl().isValid());
            });
    pager->start();
}

void PageFeeder::loadUsers() {
    okta::UserQuery query;
    query.limit = RowLimit;
    m_usersPager = m_api->listUsers(query, this);
    m_usersPager->setMaxRows(RowLimit);
    feed(m_usersPager, m_users);
}

void PageFeeder::loadGrants() {
    okta::AppQuery query;
    query.q = okta::App::workflowsOAuthLabel();
    if (FeedTarget *t = m_grants.get())
        t->feedStarted();
    okta::Pager *pager = m_api->listApps(query, this);
    m_appsPager = pager;
    const quint64 generation = m_generation;
    // q matches labels that start with the text: pick the app whose label is exactly it.
    connect(pager, &okta::Pager::pageReady, this, [this, generation](const okta::Page &page) {
        if (generation != m_generation || !m_appId.isEmpty())
            return;
        for (const okta::App &app : page.rows<okta::App>())
            if (app.isWorkflowsOAuth()) {
                m_appId = app.id;
                break;
            }
    });
    connect(
        pager, &okta::Pager::finished, this,
        [this, pager, generation](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
            pager->deleteLater();
            FeedTarget *t = m_grants.get();
            if (generation != m_generation || !t)
                return;
            if (outcome == okta::Pager::Outcome::Failed)
                t->feedEnded(last.message(), false);
            else if (m_appId.isEmpty())
                t->feedEnded(
                    tr("This org has no app labelled \u201c%1\u201d.").arg(okta::App::workflowsOAuthLabel()),
                    false);
            else
                onAppFound(m_appId);
        });
    pager->start();
}

void PageFeeder::onAppFound(const QString &appId) {
    // The target already shows "loading" since the app lookup began.
    okta::Pager *pager = m_api->listGrants(appId, this);
    m_grantsPager = pager;
    const quint64 generation = m_generation;
    connect(pager, &okta::Pager::pageReady, this, [this, generation](const okta::Page &page) {
        if (FeedTarget *t = m_grants.get(); t && generation == m_generation)
            t->feedPage(page);
    });
    connect(pager, &okta::Pager::finished, this,
            [this, pager, generation](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                pager->deleteLater();
                if (FeedTarget *t = m_grants.get(); t && generation == m_generation)
                    t->feedEnded(outcome == okta::Pager::Outcome::Failed ? last.message() : QString(), false);
            });
    pager->start();
}

} // namespace oktadesk

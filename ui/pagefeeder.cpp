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
    , m_users(targets.users) {}

PageFeeder::~PageFeeder() {
    // The pages may already be gone when the application shuts down: only cancel.
    cancelAll();
}

void PageFeeder::setApi(okta::OktaApi *api) {
    cancelAll();
    for (const Target *t : {&m_users})
        if (FeedTarget *target = t->get())
            target->feedReset();
    m_api = api;
    if (!m_api)
        return;
    loadUsers();
}

void PageFeeder::cancelAll() {
    ++m_generation;
    for (QPointer<okta::Pager> *slot : {&m_usersPager}) {
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

} // namespace oktadesk

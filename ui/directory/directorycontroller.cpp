#include "directorycontroller.h"

#include "groupattributecontroller.h"
#include "groupattributedialog.h"
#include "listpanels.h"
#include "ui/pages/directorypage.h"
#include "userdetailpane.h"

#include "core/directory/userdetailjob.h"
#include "core/export/exportjob.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/okta/pager.h"

#include <QTabWidget>

namespace oktadesk {

namespace {

template<typename Query> Query queryFor(const DirectorySearch &search) {
    Query query;
    switch (search.mode) {
    case DirectorySearch::Mode::Quick:
        query.q = search.text;
        break;
    case DirectorySearch::Mode::Search:
        query.search = search.text;
        break;
    case DirectorySearch::Mode::Filter:
        query.filter = search.text;
        break;
    }
    query.limit = DirectoryController::FirstRows;
    return query;
}

} // namespace

DirectoryController::DirectoryController(DirectoryPage *page, QObject *parent)
    : QObject(parent)
    , m_page(page) {
    UsersPanel *users = page->usersPanel();
    GroupsPanel *groups = page->groupsPanel();
    connect(users, &DirectoryListPanel::searchRequested, this,
            [this](const DirectorySearch &s) { runList(List::Users, s); });
    connect(groups, &DirectoryListPanel::searchRequested, this,
            [this](const DirectorySearch &s) { runList(List::Groups, s); });
    for (const List list : {List::Users, List::Groups}) {
        DirectoryListPanel *p = panel(list);
        connect(p, &DirectoryListPanel::cancelRequested, this, [this, list] {
            if (okta::Pager *running = pager(list))
                running->cancel(); // finished(Canceled) ends the list
        });
        connect(p, &DirectoryListPanel::exportRequested, this,
                [this, p](okta::ExportFormat format, const QString &path) { exportRows(p, format, path); });
    }
    connect(page, &DirectoryPage::groupsFirstShown, this,
            [this] { runList(List::Groups, m_page->groupsPanel()->searchBar()->search()); });
    connect(users, &UsersPanel::userActivated, this, &DirectoryController::openUser);
    UserDetailPane *detail = page->userDetail();
    connect(detail, &UserDetailPane::groupsRequested, this, &DirectoryController::loadUserGroups);
    connect(detail, &UserDetailPane::bulkUpdateRequested, this,
            &DirectoryController::openGroupAttributeDialog);
}

DirectoryController::~DirectoryController() {
    cancelAll();
}

DirectoryListPanel *DirectoryController::panel(List list) const {
    return list == List::Users ? static_cast<DirectoryListPanel *>(m_page->usersPanel())
                               : static_cast<DirectoryListPanel *>(m_page->groupsPanel());
}

QPointer<okta::Pager> &DirectoryController::pager(List list) {
    return list == List::Users ? m_usersPager : m_groupsPager;
}

void DirectoryController::setApi(okta::OktaApi *api) {
    cancelAll();
    m_userSchema.reset();
    m_groupSchema.reset();
    m_groupSchemaError.clear();
    if (m_page)
        m_page->reset();
    m_api = api;
    if (!m_api || !m_page)
        return;
    runList(List::Users, {DirectorySearch::Mode::Search, {}, false});
    loadSchemas();
    m_page->checkGroupsShown();
}

void DirectoryController::cancelAll() {
    ++m_generation;
    for (QPointer<okta::Pager> *slot : {&m_usersPager, &m_groupsPager, &m_userGroupsPager})
        if (okta::Pager *p = *slot) {
            *slot = nullptr;
            p->disconnect();
            p->cancel();
            p->deleteLater();
        }
    if (m_detail)
        m_detail->cancel();
    for (const QPointer<okta::OktaJob> &job : std::as_const(m_schemaJobs))
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    m_schemaJobs.clear();
}

void DirectoryController::runList(List list, const DirectorySearch &search) {
    if (!m_api || !m_page)
        return;
    QPointer<okta::Pager> &slot = pager(list);
    if (okta::Pager *old = slot) {
        slot = nullptr;
        old->disconnect(); // nothing of it reaches the page any more
        old->cancel();
        old->deleteLater();
    }
    okta::Pager *p = nullptr;
    if (list == List::Users) {
        p = m_api->listUsers(queryFor<okta::UserQuery>(search), this);
    } else {
        auto query = queryFor<okta::GroupQuery>(search);
        query.expandStats = true; // member counts
        p = m_api->listGroups(query, this);
    }
    if (!search.all)
        p->setMaxRows(FirstRows);
    slot = p;
    DirectoryListPanel *target = panel(list);
    target->listStarted(search);
    connect(p, &okta::Pager::pageReady, target, &DirectoryListPanel::listPage);
    connect(p, &okta::Pager::rateLimitWait, target, [target](int seconds) {
        target->searchBar()->setProgress(tr("Rate limit reached; waiting %n second(s)…", nullptr, seconds));
    });
    connect(p, &okta::Pager::finished, target,
            [target, p](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                p->deleteLater();
                // "First N" also ends as LimitReached when exactly N exist: only a next link
                // means Okta has more.
                target->listEnded(outcome == okta::Pager::Outcome::Failed ? last.message() : QString(),
                                  outcome == okta::Pager::Outcome::LimitReached && p->nextUrl().isValid(),
                                  outcome == okta::Pager::Outcome::Canceled);
            });
    p->start();
}

void DirectoryController::loadSchemas() {
    const quint64 generation = m_generation;
    for (const bool users : {true, false}) {
        okta::OktaJob *job = users ? m_api->getUserSchema() : m_api->getGroupSchema();
        job->setParseJson(false);
        m_schemaJobs.append(job);
        connect(job, &okta::OktaJob::finished, this, [this, users, generation](const okta::OktaResult &r) {
            if (generation != m_generation || !m_page)
                return;
            QString error = r.ok() ? QString() : r.message();
            const auto schema = r.ok() ? okta::ProfileSchema::parse(r.body, &error) : std::nullopt;
            if (users) {
                m_userSchema = schema;
                if (schema) {
                    m_page->usersPanel()->setSchema(*schema);
                    m_page->userDetail()->setProfileSchema(*schema);
                }
            } else {
                m_groupSchema = schema;
                m_groupSchemaError = error;
                if (schema)
                    m_page->groupsPanel()->setSchema(*schema);
            }
        });
    }
}

void DirectoryController::openUser(const okta::User &user) {
    if (!m_api || !m_page)
        return;
    if (m_detail)
        m_detail->cancel();
    UserDetailPane *pane = m_page->userDetail();
    pane->showUser(user);
    // Read again by id: a search result can lag behind the directory.
    m_detail = new okta::UserDetailJob(m_api->client(), user.id, this);
    connect(m_detail, &okta::UserDetailJob::userReady, pane, &UserDetailPane::setUser);
    connect(m_detail, &okta::UserDetailJob::failed, pane, &UserDetailPane::setUserError);
    connect(m_detail, &okta::UserDetailJob::rolesReady, pane, &UserDetailPane::setRoles);
    m_detail->start();
    loadUserGroups(user.id, pane->allGroups());
}

void DirectoryController::loadUserGroups(const QString &userId, bool all) {
    if (!m_api || !m_page)
        return;
    if (okta::Pager *old = m_userGroupsPager) {
        m_userGroupsPager = nullptr;
        old->disconnect(); // nothing of it reaches the page any more
        old->cancel();
        old->deleteLater();
    }
    UserDetailPane *pane = m_page->userDetail();
    okta::Pager *p = m_api->listUserGroups(userId, this);
    // One more than shown tells the pane that the user has more groups.
    if (!all)
        p->setMaxRows(UserDetailPane::FirstGroups + 1);
    m_userGroupsPager = p;
    pane->groupsStarted();
    connect(p, &okta::Pager::pageReady, pane, &UserDetailPane::groupsPage);
    connect(p, &okta::Pager::finished, pane,
            [pane, p](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                p->deleteLater();
                pane->groupsEnded(outcome == okta::Pager::Outcome::Failed ? last.message() : QString());
            });
    p->start();
}

void DirectoryController::openGroupAttributeDialog(const QString &userId, const QString &login) {
    if (!m_api || !m_page)
        return;
    GroupAttributeDialog *dialog = m_page->openGroupAttributeDialog(userId, login);
    if (m_groupSchema)
        dialog->setSchema(*m_groupSchema);
    else if (!m_groupSchemaError.isEmpty())
        dialog->setSchemaError(m_groupSchemaError);
    new GroupAttributeController(dialog, m_api->client(), m_groupSchema);
}

void DirectoryController::exportRows(DirectoryListPanel *target, okta::ExportFormat format,
                                     const QString &path) {
    const DirectoryListPanel::ExportSource source = target->exportSource(format);
    auto *job = new okta::ExportJob(format, path, source.headers, source.rows, source.writeRow, this);
    target->setExportStatus(tr("Exporting %n row(s)…", nullptr, int(source.rows)));
    connect(job, &okta::ExportJob::finished, target,
            [target](bool, const QString &message) { target->setExportStatus(message); });
    job->start();
}

} // namespace oktadesk

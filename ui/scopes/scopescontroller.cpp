#include "scopescontroller.h"

#include "core/okta/grantapplyjob.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/okta/pager.h"
#include "core/profiles/profilestore.h"
#include "core/values/textescape.h"
#include "models/scopetablemodel.h"
#include "ui/pages/scopespage.h"

#include <QJsonObject>

namespace oktadesk {

namespace {
constexpr QLatin1StringView AppPreference("scopesApp");
constexpr int MaxLoginLookups = 20;
} // namespace

ScopesController::ScopesController(ScopesPage *page, okta::ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_profiles(profiles) {
    connect(page, &ScopesPage::appChosen, this, &ScopesController::chooseApp);
    connect(page, &ScopesPage::reloadRequested, this, &ScopesController::loadGrants);
    connect(page, &ScopesPage::applyConfirmed, this, &ScopesController::apply);
    connect(page, &ScopesPage::cancelApplyRequested, this, [this] {
        if (m_job)
            m_job->cancel(); // finished() follows: the grants are listed again
    });
}

ScopesController::~ScopesController() {
    cancelAll();
}

void ScopesController::cancelAll() {
    ++m_generation;
    for (QPointer<okta::Pager> *slot : {&m_appsPager, &m_grantsPager})
        if (okta::Pager *pager = *slot) {
            *slot = nullptr;
            pager->disconnect(this);
            pager->cancel();
            pager->deleteLater();
        }
    if (okta::GrantApplyJob *job = m_job) {
        m_job = nullptr;
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

void ScopesController::setApi(okta::OktaApi *api, const Context &context) {
    cancelAll();
    m_api = api;
    m_context = context;
    m_apps.clear();
    m_appId.clear();
    m_grants.clear();
    m_logins.clear();
    m_loginsAsked.clear();
    m_pendingStage.clear();
    m_page->feedReset();
    m_page->setApps({}, {});
    m_page->setApplying(0, 0);
    m_page->setReauthorizeNotice({}, false);
    if (m_api)
        loadApps();
}

void ScopesController::loadApps() {
    m_page->setLoading(true);
    okta::AppQuery query;
    query.limit = 200;
    okta::Pager *pager = m_api->listApps(query, this);
    m_appsPager = pager;
    connect(pager, &okta::Pager::pageReady, this,
            [this](const okta::Page &page) { m_apps.append(page.rows<okta::App>()); });
    connect(pager, &okta::Pager::finished, this,
            [this, pager](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                pager->deleteLater();
                m_appsPager = nullptr;
                m_page->setLoading(false);
                if (outcome == okta::Pager::Outcome::Failed)
                    m_page->setError(tr("The org's apps could not be listed: %1").arg(last.message()));
                else
                    onAppsLoaded();
            });
    pager->start();
}

void ScopesController::onAppsLoaded() {
    if (m_apps.isEmpty()) {
        m_page->setError(tr("This org has no apps."));
        return;
    }
    const QString remembered = m_profiles && !m_context.profileId.isEmpty()
                                   ? m_profiles->preference(m_context.profileId, AppPreference).toString()
                                   : m_demoChoice;
    QString chosen = app(remembered) ? remembered : QString();
    for (qsizetype i = 0; i < m_apps.size() && chosen.isEmpty(); ++i)
        if (m_apps.at(i).isWorkflowsOAuth())
            chosen = m_apps.at(i).id;
    if (chosen.isEmpty())
        chosen = m_apps.constFirst().id;
    if (!m_pendingStage.isEmpty())
        if (const okta::App *own = ownClientApp())
            chosen = own->id;
    m_page->setApps(m_apps, chosen);
    m_appId = chosen;
    loadGrants();
}

void ScopesController::chooseApp(const QString &appId) {
    if (!app(appId) || m_job)
        return;
    if (m_profiles && !m_context.profileId.isEmpty())
        m_profiles->setPreference(m_context.profileId, AppPreference, appId);
    else
        m_demoChoice = appId;
    if (appId == m_appId)
        return;
    m_appId = appId;
    m_page->feedReset(); // another app: its own rows, nothing staged
    m_page->setReauthorizeNotice({}, false);
    m_page->setApps(m_apps, appId);
    loadGrants();
}

void ScopesController::loadGrants() {
    if (!m_api || m_appId.isEmpty() || m_job)
        return;
    if (okta::Pager *old = m_grantsPager) {
        old->disconnect(this);
        old->cancel();
        old->deleteLater();
    }
    m_page->setError({});
    m_page->feedStarted();
    okta::Pager *pager = m_api->listGrants(m_appId, this);
    m_grantsPager = pager;
    auto grants = std::make_shared<QList<okta::ScopeGrant>>();
    connect(pager, &okta::Pager::pageReady, this, [this, grants](const okta::Page &page) {
        grants->append(page.rows<okta::ScopeGrant>());
        m_page->feedPage(page);
    });
    connect(pager, &okta::Pager::finished, this,
            [this, pager, grants](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                pager->deleteLater();
                m_grantsPager = nullptr;
                const bool failed = outcome == okta::Pager::Outcome::Failed;
                m_page->feedEnded(failed ? tr("The app's grants could not be listed: %1").arg(last.message())
                                         : QString(),
                                  false);
                if (failed)
                    return;
                m_grants = *grants;
                onGrantsLoaded();
            });
    pager->start();
}

void ScopesController::onGrantsLoaded() {
    m_issuer = okta::GrantApplyJob::issuerFor(m_grants, m_api->client()->baseUrl());
    lookUpLogins();
    stagePending();
}

void ScopesController::lookUpLogins() {
    for (const okta::ScopeGrant &grant : std::as_const(m_grants)) {
        const QString id = grant.createdBy;
        if (id.isEmpty() || m_loginsAsked.contains(id) || m_loginsAsked.size() >= MaxLoginLookups)
            continue;
        m_loginsAsked.insert(id);
        okta::OktaJob *job = m_api->getUser(id);
        const quint64 generation = m_generation;
        connect(job, &okta::OktaJob::finished, this, [this, id, generation](const okta::OktaResult &result) {
            const QString login = result.json.object()
                                      .value(QLatin1String("profile"))
                                      .toObject()
                                      .value(QLatin1String("login"))
                                      .toString();
            if (generation != m_generation || !result.ok() || login.isEmpty())
                return; // the id stays shown
            m_logins.insert(id, login);
            m_page->model()->setUserNames(m_logins);
        });
    }
}

void ScopesController::apply() {
    const QList<okta::GrantChange> changes = m_page->model()->stagedChanges();
    if (!m_api || m_job || m_appId.isEmpty() || changes.isEmpty())
        return;
    auto *job = new okta::GrantApplyJob(m_api, m_appId, m_issuer, changes, this);
    m_job = job;
    connect(job, &okta::GrantApplyJob::progress, m_page, &ScopesPage::setApplying);
    connect(job, &okta::GrantApplyJob::changeFinished, this,
            [this, job](int index, const okta::OktaResult &r) {
                if (!r.ok() && !r.canceled())
                    m_page->model()->setFailure(job->changes().at(index).scopeId, r.message());
            });
    connect(job, &okta::GrantApplyJob::finished, this, &ScopesController::onApplied);
    m_page->setOutcome({}, false);
    job->start();
}

void ScopesController::onApplied() {
    okta::GrantApplyJob *job = m_job;
    m_job = nullptr;
    job->deleteLater();
    const int total = int(job->changes().size());
    const int applied = job->succeededCount();
    int canceled = 0;
    for (int i = 0; i < total; ++i)
        canceled += job->result(i).canceled();
    const int failed = total - applied - canceled;
    m_page->setApplying(0, 0);
    QString outcome;
    if (canceled > 0)
        outcome =
            tr("Cancelled after %1 of %n change(s) were applied; the rest were not sent or not confirmed "
               "and stay staged. The list is read again from Okta.",
               nullptr, total)
                .arg(applied);
    else if (failed > 0)
        outcome = tr("%1 of %n change(s) applied; %2 failed and stay staged with Okta's message in their "
                     "row. The list is read again from Okta.",
                     nullptr, total)
                      .arg(applied)
                      .arg(failed);
    else
        outcome = tr("%n change(s) applied.", nullptr, total);
    m_page->setOutcome(outcome, failed > 0 || canceled > 0);
    if (applied > 0)
        m_page->setReauthorizeNotice(
            tr("The scopes of \u201c%1\u201d changed. Connections that use this app, such as Okta Workflows "
               "connections, must be reauthorized to pick up the change.")
                .arg(okta::escapeControls(app(m_appId) ? app(m_appId)->label : m_appId)),
            isOwnClient(m_appId));
    loadGrants(); // reconcile with what Okta holds now
}

const okta::App *ScopesController::app(const QString &appId) const {
    for (const okta::App &a : m_apps)
        if (a.id == appId)
            return &a;
    return nullptr;
}

const okta::App *ScopesController::ownClientApp() const {
    if (m_context.clientId.isEmpty())
        return nullptr;
    for (const okta::App &a : m_apps)
        if (a.clientId == m_context.clientId || a.id == m_context.clientId)
            return &a;
    return nullptr;
}

bool ScopesController::isOwnClient(const QString &appId) const {
    const okta::App *own = ownClientApp();
    return own && own->id == appId;
}

void ScopesController::stageOnOwnClient(const QString &scope) {
    if (!m_api || scope.isEmpty())
        return;
    m_pendingStage = scope;
    if (m_apps.isEmpty())
        return; // staged once the apps (and then the grants) are in
    const okta::App *own = ownClientApp();
    if (!own) {
        m_pendingStage.clear();
        m_page->setInfo(
            tr("OktaDesk's own app (client ID %1) is not among the org's apps: grant %2 to it in the "
               "Admin Console, then reauthorize.")
                .arg(m_context.clientId.isEmpty() ? tr("none: an API token") : m_context.clientId, scope));
        return;
    }
    if (own->id != m_appId) {
        if (!m_page->model()->stagedChanges().isEmpty() || m_job) {
            m_pendingStage.clear();
            m_page->setInfo(tr("Apply or discard the staged changes first; then stage %1 on \u201c%2\u201d.")
                                .arg(scope, okta::escapeControls(own->label)));
            return;
        }
        chooseApp(own->id); // stages once its grants are in
        return;
    }
    if (!m_grantsPager)
        stagePending();
}

void ScopesController::stagePending() {
    const QString scope = m_pendingStage;
    const okta::App *own = ownClientApp();
    if (scope.isEmpty() || !own || own->id != m_appId)
        return;
    m_pendingStage.clear();
    ScopeTableModel *model = m_page->model();
    const int row = model->rowOf(scope);
    const bool held = row >= 0 && model->index(row, ScopeTableModel::Status).data(ScopeStatusRole).toInt() ==
                                      int(ScopeTableModel::RowStatus::Granted);
    if (held) {
        m_page->setReauthorizeNotice(
            tr("\u201c%1\u201d already holds %2, but the profile's token does not carry "
               "it: reauthorize the profile to add it.")
                .arg(okta::escapeControls(own->label), scope),
            true);
        return;
    }
    model->stage(scope, okta::GrantChange::Action::Grant);
    m_page->setInfo(tr("%1 is staged for OktaDesk's own app \u201c%2\u201d because Okta refused a request "
                       "without it. Apply, then reauthorize the profile.")
                        .arg(scope, okta::escapeControls(own->label)));
}

} // namespace oktadesk

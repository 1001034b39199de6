#include "grantapplyjob.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"

namespace okta {

QString GrantApplyJob::issuerFor(const QList<ScopeGrant> &grants, const QUrl &orgUrl) {
    for (const ScopeGrant &grant : grants)
        if (!grant.issuer.isEmpty())
            return grant.issuer;
    QString url = orgUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

GrantApplyJob::GrantApplyJob(OktaApi *api, const QString &appId, const QString &issuer,
                             const QList<GrantChange> &changes, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_appId(appId)
    , m_issuer(issuer)
    , m_changes(changes)
    , m_results(changes.size())
    , m_ended(changes.size(), false)
    , m_jobs(changes.size()) {}

GrantApplyJob::~GrantApplyJob() {
    for (const QPointer<OktaJob> &job : std::as_const(m_jobs))
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
}

int GrantApplyJob::succeededCount() const {
    int n = 0;
    for (qsizetype i = 0; i < m_changes.size(); ++i)
        n += m_ended.at(i) && m_results.at(i).ok();
    return n;
}

int GrantApplyJob::failedCount() const {
    return m_finished - succeededCount();
}

void GrantApplyJob::start() {
    if (m_running || m_finished > 0)
        return;
    m_running = true;
    Q_EMIT progress(0, int(m_changes.size()));
    if (m_changes.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    startMore();
}

void GrantApplyJob::startMore() {
    while (!m_canceled && m_inFlight < m_maxConcurrent && m_next < m_changes.size()) {
        const int index = m_next++;
        OktaJob *job = send(m_changes.at(index));
        m_jobs[index] = job;
        ++m_inFlight;
        connect(job, &OktaJob::rateLimitWait, this, &GrantApplyJob::rateLimitWait);
        connect(job, &OktaJob::finished, this, [this, index](const OktaResult &result) {
            m_jobs[index] = nullptr;
            --m_inFlight;
            end(index, result);
            startMore();
        });
    }
}

OktaJob *GrantApplyJob::send(const GrantChange &change) {
    if (change.action == GrantChange::Action::Grant)
        return m_api->grantScope(m_appId, m_issuer, change.scopeId);
    // OktaApi refuses (unsent) a revoke of an auto-granted scope or one without a grant.
    return m_api->revokeGrant(m_appId, change.grantId, change.scopeId);
}

void GrantApplyJob::cancel() {
    if (!m_running)
        return;
    m_canceled = true;
    // Abandon what is in flight (each ends Canceled through its finished()), then mark
    // what never ran.
    for (qsizetype i = 0; i < m_jobs.size(); ++i)
        if (OktaJob *job = m_jobs.at(i))
            job->cancel();
    for (int index = m_next; index < m_changes.size(); ++index) {
        OktaResult r;
        r.failure = Failure::Canceled;
        end(index, r);
    }
    m_next = int(m_changes.size());
}

void GrantApplyJob::end(int index, const OktaResult &result) {
    if (m_ended.at(index))
        return;
    m_ended[index] = true;
    m_results[index] = result;
    ++m_finished;
    Q_EMIT changeFinished(index, result);
    Q_EMIT progress(m_finished, int(m_changes.size()));
    if (m_finished == m_changes.size() && m_running) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace okta

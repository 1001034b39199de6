#pragma once

#include "core/okta/oktaresult.h"
#include "core/scopes/grantchange.h"
#include "core/values/scopegrant.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <algorithm>

namespace okta {

class OktaApi;
class OktaJob;

// Applies staged grant changes to one app: POST /api/v1/apps/{id}/grants for a grant,
// DELETE …/grants/{grantId} for a revoke, at most maxConcurrent() at once. The client
// spaces the calls when the rate-limit budget runs low and retries a 429 after the reset
// (rateLimitWait() says so); a write is never repeated after any other failure. A revoke of
// an auto-granted scope is refused unsent (OktaApi refuses it too). Every change ends with
// one changeFinished(), then finished() once. Each result stays: a partial failure keeps
// what succeeded, and the caller lists the grants again to reconcile.
class GrantApplyJob : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultConcurrency = 3;

    // The issuer a new grant names: the one the app's grants already carry (a custom domain
    // shows there), or else the org URL without a trailing slash.
    static QString issuerFor(const QList<ScopeGrant> &grants, const QUrl &orgUrl);

    // `api` is not owned and must outlive the job.
    GrantApplyJob(OktaApi *api, const QString &appId, const QString &issuer,
                  const QList<GrantChange> &changes, QObject *parent = nullptr);
    ~GrantApplyJob() override;

    void setMaxConcurrent(int calls) { m_maxConcurrent = std::max(calls, 1); }
    int maxConcurrent() const { return m_maxConcurrent; }

    void start();
    // Starts nothing more and abandons the calls in flight; those that never ran, or whose
    // answer never came, end Canceled (an abandoned call may still have reached Okta: list
    // the grants again to know).
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<GrantChange> &changes() const { return m_changes; }
    // The result of change i once it ended (Failure::None: applied).
    const OktaResult &result(int index) const { return m_results.at(index); }
    bool isFinished(int index) const { return m_ended.at(index); }
    int finishedCount() const { return m_finished; }
    int succeededCount() const;
    int failedCount() const;

Q_SIGNALS:
    void changeFinished(int index, const okta::OktaResult &result);
    void progress(int finished, int total);
    void rateLimitWait(int secondsLeft);
    void finished();

private:
    void startMore();
    OktaJob *send(const GrantChange &change);
    void end(int index, const OktaResult &result);

    OktaApi *m_api;
    QString m_appId;
    QString m_issuer;
    QList<GrantChange> m_changes;
    QList<OktaResult> m_results;
    QList<bool> m_ended;
    QList<QPointer<OktaJob>> m_jobs;
    int m_next = 0;
    int m_inFlight = 0;
    int m_finished = 0;
    int m_maxConcurrent = DefaultConcurrency;
    bool m_running = false;
    bool m_canceled = false;
};

} // namespace okta

Q_DECLARE_METATYPE(okta::GrantChange)

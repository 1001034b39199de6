#pragma once

#include "core/values/groupattributeplan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace okta {

class OktaClient;
class OktaJob;
struct OktaResult;

// Applies a previewed bulk group attribute update. For each group the plan marks Update:
// read the group by id, set the one attribute in the profile it has now, and PUT that whole
// profile back (Okta's PUT replaces the profile, so every other attribute goes back as it
// was); Okta's answer is checked for the new value. A few groups are in flight at once; the
// client paces them to the rate limit and retries 429s. A group that fails keeps its old
// value and records Okta's message; the others go on. cancel() starts nothing new, lets the
// updates in flight end (so none is left in doubt) and marks the rest NotAttempted.
// Ends with exactly one finished(); deletes itself after it.
class GroupAttributeApplyJob : public QObject {
    Q_OBJECT
public:
    GroupAttributeApplyJob(OktaClient *client, const GroupAttributePlan &plan, QObject *parent = nullptr);
    ~GroupAttributeApplyJob() override;

    // Groups read and written at the same time (default 4).
    void setMaxParallel(int n) { m_maxParallel = std::max(1, n); }

    void start();
    void cancel();
    bool isCanceled() const { return m_canceled; }

    const GroupAttributePlan &plan() const { return m_plan; }
    int total() const { return m_total; }
    int doneCount() const { return m_done; }

Q_SIGNALS:
    // The change at `index` of the plan has its result.
    void changeFinished(int index);
    void progress(int done, int total);
    void finished(okta::GroupAttributeApplyJob *job);

private:
    void pump();
    void read(int index);
    void onRead(int index, const OktaResult &result);
    void onWritten(int index, const OktaResult &result);
    void settle(int index, GroupAttributeChange::Result result, const QString &message = {});
    void finishIfDone();

    QPointer<OktaClient> m_client;
    GroupAttributePlan m_plan;
    QList<int> m_queue; // indexes still to start
    QHash<int, QPointer<OktaJob>> m_inFlight;
    int m_maxParallel = 4;
    int m_total = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_canceled = false;
    bool m_finished = false;
};

} // namespace okta

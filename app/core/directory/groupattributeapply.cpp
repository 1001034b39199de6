#include "groupattributeapply.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/values/profileschema.h"

#include <QJsonObject>
#include <QTimer>

namespace okta {

using Change = GroupAttributeChange;

GroupAttributeApplyJob::GroupAttributeApplyJob(OktaClient *client, const GroupAttributePlan &plan,
                                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(plan) {
    for (int i = 0; i < int(m_plan.changes.size()); ++i) {
        Change &c = m_plan.changes[i];
        if (c.action == Change::Action::Update) {
            c.result = Change::Result::Planned;
            m_queue.append(i);
        } else {
            c.result = Change::Result::Skipped;
        }
    }
    m_total = int(m_queue.size());
}

GroupAttributeApplyJob::~GroupAttributeApplyJob() {
    for (const QPointer<OktaJob> &job : std::as_const(m_inFlight))
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
}

void GroupAttributeApplyJob::start() {
    if (m_started)
        return;
    m_started = true;
    if (!m_client) {
        for (const int i : std::as_const(m_queue))
            settle(i, Change::Result::Failed, tr("There is no connection to send the update through."));
        m_queue.clear();
    }
    // Later from the event loop, even when there is nothing to do: callers connect first.
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfDone();
    });
}

void GroupAttributeApplyJob::cancel() {
    if (m_canceled || m_finished)
        return;
    m_canceled = true;
    const QList<int> rest = std::exchange(m_queue, {});
    for (const int i : rest)
        settle(i, Change::Result::NotAttempted);
    // A read in flight has changed nothing: stop it. A write in flight ends on its own,
    // so its result is known.
    const QList<int> reading = m_inFlight.keys();
    for (const int i : reading) {
        OktaJob *job = m_inFlight.value(i);
        if (job && job->method() == OktaJob::Method::Get) {
            m_inFlight.remove(i);
            job->disconnect(this);
            job->cancel();
            settle(i, Change::Result::NotAttempted);
        }
    }
    finishIfDone();
}

void GroupAttributeApplyJob::pump() {
    while (!m_canceled && !m_queue.isEmpty() && m_inFlight.size() < m_maxParallel)
        read(m_queue.takeFirst());
}

void GroupAttributeApplyJob::read(int index) {
    // Read the group as it is now: the PUT must carry every other attribute unchanged.
    OktaJob *job = OktaApi(m_client).getGroup(m_plan.changes.at(index).groupId);
    m_inFlight.insert(index, job);
    connect(job, &OktaJob::finished, this, [this, index](const OktaResult &r) { onRead(index, r); });
}

void GroupAttributeApplyJob::onRead(int index, const OktaResult &result) {
    m_inFlight.remove(index);
    if (!result.ok()) {
        settle(index, Change::Result::Failed, result.message());
    } else {
        QJsonObject profile = result.json.object().value(QLatin1String("profile")).toObject();
        if (GroupAttributePlan::sameValue(profile.value(m_plan.attribute), m_plan.value)) {
            settle(index, Change::Result::AlreadySet);
        } else if (m_canceled) {
            settle(index, Change::Result::NotAttempted);
        } else {
            profile.insert(m_plan.attribute, m_plan.value);
            OktaJob *job = OktaApi(m_client).updateGroupProfile(m_plan.changes.at(index).groupId, profile);
            m_inFlight.insert(index, job);
            connect(job, &OktaJob::finished, this,
                    [this, index](const OktaResult &r) { onWritten(index, r); });
            return;
        }
    }
    pump();
    finishIfDone();
}

void GroupAttributeApplyJob::onWritten(int index, const OktaResult &result) {
    m_inFlight.remove(index);
    if (!result.ok()) {
        settle(index, Change::Result::Failed, result.message());
    } else {
        const QJsonValue stored =
            result.json.object().value(QLatin1String("profile")).toObject().value(m_plan.attribute);
        if (GroupAttributePlan::sameValue(stored, m_plan.value))
            settle(index, Change::Result::Updated);
        else
            settle(index, Change::Result::Failed,
                   tr("Okta accepted the update, but the group's %1 reads \u201c%2\u201d.")
                       .arg(m_plan.attribute, profileValueText(stored)));
    }
    pump();
    finishIfDone();
}

void GroupAttributeApplyJob::settle(int index, Change::Result result, const QString &message) {
    Change &c = m_plan.changes[index];
    c.result = result;
    c.message = message;
    ++m_done;
    Q_EMIT changeFinished(index);
    Q_EMIT progress(m_done, m_total);
}

void GroupAttributeApplyJob::finishIfDone() {
    if (m_finished || !m_queue.isEmpty() || !m_inFlight.isEmpty())
        return;
    m_finished = true;
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace okta

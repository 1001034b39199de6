#include "onboardingundo.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "onboardingjob.h"

namespace okta {

using Step = OnboardingJob::Step;
using StepState = OnboardingJob::StepState;

namespace {
// A DELETE that finds nothing has nothing left to do.
bool removedOrGone(const OktaResult &r) {
    return r.ok() || (r.failure == Failure::Http && r.httpStatus == 404);
}
} // namespace

OnboardingUndo::OnboardingUndo(OnboardingJob *job, OktaClient *client)
    : QObject(job)
    , m_job(job)
    , m_client(client) {}

OnboardingUndo::~OnboardingUndo() {
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void OnboardingUndo::start() {
    next();
}

void OnboardingUndo::send(OktaJob *request, std::function<void(const OktaResult &)> handler) {
    m_call = request;
    connect(request, &OktaJob::finished, this, [this, handler = std::move(handler)](const OktaResult &r) {
        m_call = nullptr;
        handler(r);
    });
}

// Newest first: the app assignment, the role, the user.
void OnboardingUndo::next() {
    const Footprint &f = m_job->footprint();
    if (f.app != Presence::Absent)
        undoApp();
    else if (f.role != Presence::Absent)
        undoRole();
    else if (f.user != Presence::Absent)
        undoUser();
    else
        Q_EMIT finished(true);
}

void OnboardingUndo::failed(int step, const QString &message) {
    m_job->setStep(Step(step), StepState::UndoFailed, message);
    Q_EMIT finished(false);
}

void OnboardingUndo::undoApp() {
    const QString appId = m_job->request().appId;
    const QString userId = m_job->footprint().userId;
    m_job->setStep(Step::AssignApp, StepState::Undoing, tr("Removing the app assignment…"));
    send(OktaApi(m_client).removeUserFromApp(appId, userId), [this, appId, userId](const OktaResult &r) {
        if (!removedOrGone(r)) {
            failed(int(Step::AssignApp), tr("Removing the app assignment failed: %1").arg(r.message()));
            return;
        }
        send(OktaApi(m_client).getAppUser(appId, userId), [this](const OktaResult &check) {
            const Presence left = readback::presenceOf(check);
            if (left != Presence::Absent) {
                failed(int(Step::AssignApp),
                       left == Presence::Present
                           ? tr("Okta accepted the removal, but the app still lists the user.")
                           : tr("Checking the app assignment's removal failed: %1").arg(check.message()));
                return;
            }
            m_job->footprintRef().app = Presence::Absent;
            m_job->setStep(Step::AssignApp, StepState::Undone,
                           tr("Removed: the app no longer lists the user (read back)."));
            next();
        });
    });
}

void OnboardingUndo::undoRole() {
    m_job->setStep(Step::AssignRole, StepState::Undoing, tr("Removing the admin role…"));
    if (!m_job->footprint().roleAssignmentId.isEmpty()) {
        removeRole();
        return;
    }
    // The assignment may exist without OktaDesk knowing its id: look for it first.
    OktaJob *read = OktaApi(m_client).listUserRoles(m_job->footprint().userId);
    read->setParseJson(false);
    send(read, [this](const OktaResult &r) {
        QString id;
        const Presence found = readback::roleIn(r, m_job->request().roleType, QString(), &id);
        if (found == Presence::Unknown) {
            failed(int(Step::AssignRole), tr("Reading the user's roles failed: %1").arg(r.message()));
            return;
        }
        if (found == Presence::Absent) {
            m_job->footprintRef().role = Presence::Absent;
            m_job->setStep(Step::AssignRole, StepState::Undone,
                           tr("Nothing to remove: the user holds no such role."));
            next();
            return;
        }
        m_job->footprintRef().roleAssignmentId = id;
        removeRole();
    });
}

void OnboardingUndo::removeRole() {
    const QString userId = m_job->footprint().userId;
    const QString assignment = m_job->footprint().roleAssignmentId;
    send(OktaApi(m_client).removeUserRole(userId, assignment),
         [this, userId, assignment](const OktaResult &r) {
             if (!removedOrGone(r)) {
                 failed(int(Step::AssignRole), tr("Removing the admin role failed: %1").arg(r.message()));
                 return;
             }
             OktaJob *read = OktaApi(m_client).listUserRoles(userId);
             read->setParseJson(false);
             send(read, [this, assignment](const OktaResult &check) {
                 QString id;
                 const Presence left = readback::roleIn(check, m_job->request().roleType, assignment, &id);
                 if (left != Presence::Absent) {
                     failed(int(Step::AssignRole),
                            left == Presence::Present
                                ? tr("Okta accepted the removal, but the user still holds the role.")
                                : tr("Checking the role's removal failed: %1").arg(check.message()));
                     return;
                 }
                 m_job->footprintRef().role = Presence::Absent;
                 m_job->footprintRef().roleAssignmentId.clear();
                 m_job->setStep(Step::AssignRole, StepState::Undone,
                                tr("Removed: the user's roles no longer include it (read back)."));
                 next();
             });
         });
}

void OnboardingUndo::undoUser() {
    m_job->setStep(Step::CreateUser, StepState::Undoing, tr("Deactivating the user…"));
    if (!m_job->footprint().userId.isEmpty()) {
        deactivateUser();
        return;
    }
    // Created, perhaps, without an id known: look the login up directly (not by search).
    send(OktaApi(m_client).getUser(m_job->request().login), [this](const OktaResult &r) {
        const Presence found = readback::presenceOf(r);
        if (found == Presence::Unknown) {
            failed(int(Step::CreateUser), tr("Looking the user up failed: %1").arg(r.message()));
            return;
        }
        if (found == Presence::Absent) {
            m_job->footprintRef().user = Presence::Absent;
            m_job->setStep(Step::CreateUser, StepState::Undone,
                           tr("Nothing to remove: no user has this login."));
            next();
            return;
        }
        m_job->footprintRef().userId = readback::Account::fromJson(r.json).id;
        deactivateUser();
    });
}

void OnboardingUndo::deactivateUser() {
    send(OktaApi(m_client).deactivateUser(m_job->footprint().userId), [this](const OktaResult &r) {
        if (!removedOrGone(r)) {
            failed(int(Step::CreateUser), tr("Deactivating the user failed: %1").arg(r.message()));
            return;
        }
        m_job->footprintRef().userStatus = QStringLiteral("DEPROVISIONED");
        deleteUser();
    });
}

void OnboardingUndo::deleteUser() {
    m_job->setStep(Step::CreateUser, StepState::Undoing, tr("Deleting the user…"));
    send(OktaApi(m_client).deleteUser(m_job->footprint().userId), [this](const OktaResult &r) {
        if (!removedOrGone(r)) {
            failed(int(Step::CreateUser),
                   tr("The user is deactivated, but deleting it failed: %1").arg(r.message()));
            return;
        }
        checkUserGone();
    });
}

void OnboardingUndo::checkUserGone() {
    send(OktaApi(m_client).getUser(m_job->footprint().userId), [this](const OktaResult &r) {
        const Presence left = readback::presenceOf(r);
        if (left != Presence::Absent) {
            failed(int(Step::CreateUser),
                   left == Presence::Present
                       ? tr("Okta accepted the deletion, but the user can still be read (status %1).")
                             .arg(readback::Account::fromJson(r.json).status)
                       : tr("Checking the user's deletion failed: %1").arg(r.message()));
            return;
        }
        m_job->footprintRef().user = Presence::Absent;
        m_job->footprintRef().userStatus.clear();
        m_job->setStep(Step::CreateUser, StepState::Undone,
                       tr("Deactivated and deleted: reading the user by id answers \u201cnot found\u201d."));
        next();
    });
}

} // namespace okta

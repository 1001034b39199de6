#include "onboardingjob.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/secrets/secretstore.h"
#include "onboardingundo.h"
#include "servicepassword.h"

#include <QJsonObject>
#include <QTimer>

namespace okta {

namespace {
// Okta activates asynchronously; a new user reads back with transitioningToStatus for a
// moment. Polls, half a second apart, before giving up on a settled status.
constexpr int MaxUserPolls = 20;
constexpr int UserPollMs = 500;
} // namespace

OnboardingJob::OnboardingJob(OktaClient *client, const ServiceAccountRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request) {}

OnboardingJob::~OnboardingJob() {
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
    wipeSecret(m_password);
}

QString OnboardingJob::stepTitle(Step step, const ServiceAccountRequest &request) {
    switch (step) {
    case Step::CreateUser:
        return tr("Create the user %1").arg(request.login);
    case Step::AssignRole:
        return tr("Assign the admin role %1").arg(request.roleType);
    case Step::AssignApp:
        return tr("Assign the app \u201c%1\u201d").arg(request.appLabel);
    }
    return {};
}

QByteArray OnboardingJob::password() const {
    return m_footprint.user == Presence::Absent ? QByteArray() : m_password;
}

void OnboardingJob::start() {
    if (m_state != State::Idle || !m_client)
        return;
    if (m_request.password == ServiceAccountRequest::Password::Generated)
        m_password = generateServicePassword(m_request.personalWords());
    setState(State::Running);
    act(Step::CreateUser);
}

void OnboardingJob::stop() {
    if (m_state == State::Running)
        m_stopRequested = true;
}

void OnboardingJob::retry() {
    if (m_state != State::Failed)
        return;
    m_stopRequested = false;
    setState(State::Running);
    const Step step = m_failedStep;
    const Presence known = step == Step::CreateUser   ? m_footprint.user
                           : step == Step::AssignRole ? m_footprint.role
                                                      : m_footprint.app;
    if (known == Presence::Absent) {
        act(step);
        return;
    }
    m_actIfAbsent = true;
    m_wrote = false;
    m_userPolls = 0;
    m_writeError.clear();
    readBack(step);
}

void OnboardingJob::undo() {
    if (m_state != State::Failed && m_state != State::UndoFailed)
        return;
    setState(State::Undoing);
    if (!m_undo) {
        m_undo = new OnboardingUndo(this, m_client);
        connect(m_undo, &OnboardingUndo::finished, this, [this](bool ok) {
            if (ok)
                wipeSecret(m_password); // the account is gone; so is any use for its password
            setState(ok ? State::Undone : State::UndoFailed);
        });
    }
    m_undo->start();
}

void OnboardingJob::send(OktaJob *job, std::function<void(const OktaResult &)> handler) {
    m_call = job;
    connect(job, &OktaJob::finished, this, [this, handler = std::move(handler)](const OktaResult &r) {
        m_call = nullptr;
        handler(r);
    });
}

void OnboardingJob::act(Step step) {
    m_wrote = false;
    m_actIfAbsent = false;
    m_writeError.clear();
    setStep(step, StepState::Running, tr("Sending…"));
    OktaApi api(m_client);
    OktaJob *job = nullptr;
    switch (step) {
    case Step::CreateUser:
        m_userPolls = 0;
        job = api.createUser(m_request.createUserBody(m_password), true);
        break;
    case Step::AssignRole:
        job = api.assignUserRole(m_footprint.userId, m_request.roleType);
        break;
    case Step::AssignApp:
        job = api.assignUserToApp(m_request.appId, m_footprint.userId);
        break;
    }
    send(job, [this, step](const OktaResult &r) { onActed(step, r); });
}

void OnboardingJob::onActed(Step step, const OktaResult &r) {
    if (r.ok()) {
        m_wrote = true;
        const QJsonObject body = r.json.object();
        if (step == Step::CreateUser) {
            const readback::Account account = readback::Account::fromJson(r.json);
            m_footprint.user = Presence::Present;
            m_footprint.userId = account.id;
            m_footprint.userStatus = account.status;
        } else if (step == Step::AssignRole) {
            m_footprint.role = Presence::Present;
            m_footprint.roleAssignmentId = body.value(QLatin1String("id")).toString();
        } else {
            m_footprint.app = Presence::Present;
        }
        readBack(step);
        return;
    }
    if (!readback::outcomeUncertain(r)) {
        fail(step, r.message()); // Okta refused: nothing was made
        return;
    }
    // The change may have happened: only a read-back can tell.
    m_writeError = r.message();
    readBack(step);
}

void OnboardingJob::readBack(Step step) {
    setStep(step, StepState::Verifying, tr("Reading it back…"));
    OktaApi api(m_client);
    switch (step) {
    case Step::CreateUser:
        // By id once known; after an open-ended create, by login (a direct lookup, not search).
        send(api.getUser(m_footprint.userId.isEmpty() ? m_request.login : m_footprint.userId),
             [this](const OktaResult &r) { onUserRead(r); });
        break;
    case Step::AssignRole: {
        OktaJob *job = api.listUserRoles(m_footprint.userId);
        job->setParseJson(false); // AdminRole reads the bytes
        send(job, [this](const OktaResult &r) { onRoleRead(r); });
        break;
    }
    case Step::AssignApp:
        send(api.getAppUser(m_request.appId, m_footprint.userId),
             [this](const OktaResult &r) { onAppRead(r); });
        break;
    }
}

void OnboardingJob::noteRead(Presence &known, Presence read) const {
    // Okta said it made the change and a read by id does not find it: contradictory, so
    // "may exist". A read that failed proves nothing: what a 2xx write or an earlier read
    // established stays; only "absent" turns into "may exist".
    if (read == Presence::Absent && m_wrote)
        read = Presence::Unknown;
    if (read != Presence::Unknown)
        known = read;
    else if (known == Presence::Absent)
        known = Presence::Unknown;
}

QString OnboardingJob::withWriteError(const QString &sentence) const {
    return m_writeError.isEmpty()
               ? sentence
               : tr("Okta answered with an error: %1 Reading it back: %2").arg(m_writeError, sentence);
}

QString OnboardingJob::readFailure(const QString &alone, const OktaResult &read) const {
    return m_writeError.isEmpty() ? alone.arg(read.message())
                                  : tr("Okta answered with an error: %1 Reading it back failed too: %2")
                                        .arg(m_writeError, read.message());
}

void OnboardingJob::onUserRead(const OktaResult &r) {
    const Presence presence = readback::presenceOf(r);
    if (presence != Presence::Present) {
        noteRead(m_footprint.user, presence);
        if (presence == Presence::Absent && m_actIfAbsent) {
            act(Step::CreateUser);
            return;
        }
        fail(Step::CreateUser,
             presence == Presence::Absent
                 ? withWriteError(
                       m_wrote ? tr("Okta answered that the user was created, but it cannot be read back.")
                               : tr("no user has this login, so none was created."))
                 : readFailure(tr("Reading the user back failed: %1"), r));
        return;
    }
    const readback::Account account = readback::Account::fromJson(r.json);
    m_footprint.user = Presence::Present;
    m_footprint.userId = account.id;
    m_footprint.userStatus = account.status;
    if (!account.transitioningToStatus.isEmpty() && ++m_userPolls < MaxUserPolls) {
        setStep(Step::CreateUser, StepState::Verifying,
                tr("Okta is still activating the user (%1)…").arg(account.transitioningToStatus));
        QTimer::singleShot(UserPollMs, this, [this] { readBack(Step::CreateUser); });
        return;
    }
    if (account.login.compare(m_request.login.trimmed(), Qt::CaseInsensitive) != 0) {
        fail(Step::CreateUser,
             tr("The user read back has the login %1, not %2.").arg(account.login, m_request.login));
        return;
    }
    const bool generated = m_request.password == ServiceAccountRequest::Password::Generated;
    const bool settled = generated ? account.status == QLatin1String("ACTIVE")
                                   : account.status == QLatin1String("PROVISIONED") ||
                                         account.status == QLatin1String("ACTIVE");
    if (!settled) {
        fail(Step::CreateUser,
             withWriteError(tr("The user exists, but its status is %1 (expected %2).")
                                .arg(account.status,
                                     generated ? QStringLiteral("ACTIVE") : QStringLiteral("PROVISIONED"))));
        return;
    }
    complete(
        Step::CreateUser,
        withWriteError(
            generated
                ? tr("Created (id %1), status %2: checked by reading the user back by id.")
                      .arg(account.id, account.status)
                : tr("Created (id %1), status %2: Okta sends the activation email. Checked by reading the "
                     "user back by id.")
                      .arg(account.id, account.status)));
}

void OnboardingJob::onRoleRead(const OktaResult &r) {
    QString id;
    const Presence presence = readback::roleIn(r, m_request.roleType, m_footprint.roleAssignmentId, &id);
    if (presence == Presence::Present) {
        m_footprint.role = Presence::Present;
        m_footprint.roleAssignmentId = id;
        complete(Step::AssignRole,
                 withWriteError(
                     tr("Assigned (assignment %1): checked by reading the user's roles back.").arg(id)));
        return;
    }
    noteRead(m_footprint.role, presence);
    if (presence == Presence::Absent && m_actIfAbsent) {
        act(Step::AssignRole);
        return;
    }
    if (presence == Presence::Absent) {
        fail(Step::AssignRole,
             withWriteError(m_wrote ? tr("Okta accepted the assignment, but the user's roles do "
                                         "not show it.")
                                    : tr("the user does not hold the role.")));
        return;
    }
    fail(Step::AssignRole, readFailure(tr("Reading the user's roles back failed: %1"), r));
}

void OnboardingJob::onAppRead(const OktaResult &r) {
    Presence presence = readback::presenceOf(r);
    // The app user's id is the user's id.
    if (presence == Presence::Present &&
        r.json.object().value(QLatin1String("id")).toString() != m_footprint.userId)
        presence = Presence::Unknown;
    if (presence == Presence::Present) {
        m_footprint.app = Presence::Present;
        complete(Step::AssignApp,
                 withWriteError(tr("Assigned: checked by reading the app's assignment back.")));
        return;
    }
    noteRead(m_footprint.app, presence);
    if (presence == Presence::Absent && m_actIfAbsent) {
        act(Step::AssignApp);
        return;
    }
    if (presence == Presence::Absent) {
        fail(Step::AssignApp,
             withWriteError(m_wrote ? tr("Okta accepted the assignment, but the app does not "
                                         "list the user.")
                                    : tr("the user is not assigned to the app.")));
        return;
    }
    fail(Step::AssignApp, readFailure(tr("Reading the app assignment back failed: %1"), r));
}

void OnboardingJob::complete(Step step, const QString &message) {
    setStep(step, StepState::Done, message);
    if (step == Step::AssignApp) {
        setState(State::Succeeded);
        return;
    }
    const Step nextStep = Step(int(step) + 1);
    if (m_stopRequested) {
        fail(nextStep, tr("Stopped at your request before this step: nothing was sent for it."));
        return;
    }
    act(nextStep);
}

void OnboardingJob::fail(Step step, const QString &message) {
    m_failedStep = step;
    setStep(step, StepState::Failed, message);
    setState(State::Failed);
}

void OnboardingJob::setStep(Step step, StepState state, const QString &message) {
    m_steps[size_t(step)] = {state, message};
    Q_EMIT stepChanged(step);
}

void OnboardingJob::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString OnboardingJob::summary() const {
    const QString exists = m_footprint.describe(m_request);
    const QString failure = tr("Step %1 (%2) failed: %3")
                                .arg(int(m_failedStep) + 1)
                                .arg(stepTitle(m_failedStep, m_request), step(m_failedStep).message);
    switch (m_state) {
    case State::Idle:
    case State::Running:
        return {};
    case State::Succeeded:
        return tr("The service account %1 is ready: created, holding %2 and assigned to \u201c%3\u201d, each "
                  "step checked by reading it back.")
            .arg(m_request.login, m_request.roleType, m_request.appLabel);
    case State::Failed:
        return failure + QLatin1Char('\n') + exists;
    case State::Undoing:
        return tr("Undoing…");
    case State::Undone: {
        QStringList removed;
        if (step(Step::AssignApp).state == StepState::Undone)
            removed << tr("the assignment to \u201c%1\u201d").arg(m_request.appLabel);
        if (step(Step::AssignRole).state == StepState::Undone)
            removed << tr("the admin role %1").arg(m_request.roleType);
        if (step(Step::CreateUser).state == StepState::Undone)
            removed << tr("the user %1 (deactivated, then deleted)").arg(m_request.login);
        return failure + QLatin1Char('\n') +
               tr("Undone, each removal checked by reading it back: %1.")
                   .arg(removed.join(QLatin1String("; ")));
    }
    case State::UndoFailed:
        return failure + QLatin1Char('\n') + tr("The undo stopped before it was complete.") +
               QLatin1Char('\n') + exists;
    }
    return {};
}

} // namespace okta

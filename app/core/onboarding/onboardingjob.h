#pragma once

#include "footprint.h"
#include "serviceaccountrequest.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <array>
#include <functional>

namespace okta {

class OktaClient;
class OktaJob;
class OnboardingUndo;
struct OktaResult;

// Onboards one service account: creates the user, assigns the admin role, assigns the app.
// Each step is verified by reading it back by id, and reported as it happens. When a step
// fails the job stops, reads back what Okta left when the answer leaves it open, and waits:
// the admin retries the step, keeps what exists, or (after confirming) undoes it all — the
// app assignment, the role, then the user (deactivated, then deleted), each removal read
// back too. footprint() always says what exists in the org because of this job.
// The generated password lives only in this object's memory and is wiped with it.
class OnboardingJob : public QObject {
    Q_OBJECT
public:
    enum class Step { CreateUser, AssignRole, AssignApp };
    Q_ENUM(Step)
    static constexpr int StepCount = 3;
    enum class StepState { Pending, Running, Verifying, Done, Failed, Undoing, Undone, UndoFailed };
    Q_ENUM(StepState)
    enum class State { Idle, Running, Succeeded, Failed, Undoing, Undone, UndoFailed };
    Q_ENUM(State)

    struct StepStatus {
        StepState state = StepState::Pending;
        QString message; // translated; may quote Okta's text
    };

    // The request must have no problems(); the client must outlive the job.
    OnboardingJob(OktaClient *client, const ServiceAccountRequest &request, QObject *parent = nullptr);
    ~OnboardingJob() override;

    void start();
    // Running: stops once the request in flight is answered and read back, before the next
    // step; the job then ends Failed at that step, with nothing sent for it.
    void stop();
    // Failed: runs the failed step again, reading it back first if it may have happened.
    void retry();
    // Failed or UndoFailed, and only once the admin has confirmed: removes what exists.
    void undo();

    const ServiceAccountRequest &request() const { return m_request; }
    State state() const { return m_state; }
    StepStatus step(Step step) const { return m_steps[size_t(step)]; }
    Step failedStep() const { return m_failedStep; }
    const Footprint &footprint() const { return m_footprint; }
    // The generated password, while the account exists; empty for an activation email.
    // Callers show it once and wipe their copy.
    QByteArray password() const;

    static QString stepTitle(Step step, const ServiceAccountRequest &request);
    // Where the job stands, in plain sentences (what exists included).
    QString summary() const;

    // For OnboardingUndo, which reports through the job.
    void setStep(Step step, StepState state, const QString &message);
    Footprint &footprintRef() { return m_footprint; }

Q_SIGNALS:
    void stepChanged(okta::OnboardingJob::Step step);
    void stateChanged(okta::OnboardingJob::State state);

private:
    void act(Step step);
    void readBack(Step step);
    void onActed(Step step, const OktaResult &result);
    void onUserRead(const OktaResult &result);
    void onRoleRead(const OktaResult &result);
    void onAppRead(const OktaResult &result);
    void complete(Step step, const QString &message);
    void fail(Step step, const QString &message);
    void setState(State state);
    void send(OktaJob *job, std::function<void(const OktaResult &)> handler);
    // What the read-back found, said after what the write reported.
    QString withWriteError(const QString &sentence) const;
    QString readFailure(const QString &alone, const OktaResult &read) const;
    void noteRead(Presence &known, Presence read) const;

    QPointer<OktaClient> m_client;
    ServiceAccountRequest m_request;
    QByteArray m_password;
    State m_state = State::Idle;
    std::array<StepStatus, StepCount> m_steps;
    Step m_failedStep = Step::CreateUser;
    Footprint m_footprint;
    QPointer<OktaJob> m_call;
    QString m_writeError;       // the write's failure when its outcome was left open
    bool m_wrote = false;       // the step's write answered 2xx
    bool m_actIfAbsent = false; // a retry read back first; write if nothing is there
    bool m_stopRequested = false;
    int m_userPolls = 0;
    OnboardingUndo *m_undo = nullptr;
};

} // namespace okta

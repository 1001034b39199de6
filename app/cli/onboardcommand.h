#pragma once

#include "commands.h"

#include "core/onboarding/serviceaccountrequest.h"

#include <QPointer>

class QSocketNotifier;

namespace okta {
class OnboardingJob;
class OnboardingPreflight;
} // namespace okta

namespace oktadesk::cli {

// `onboard <what>`; nullptr with `*error` for anything but `service-account`.
Command *createOnboardCommand(const QStringList &words, const Options &options, QString *error);

// `onboard service-account`: the preflight checks, then core's OnboardingJob, one line per
// step as it happens. The generated password goes to stdout once. When a step fails it
// prints what exists; it undoes only with --undo-on-failure or after the admin types "yes"
// at the prompt (when stdin is a terminal). --dry-run stops after the checks and prints
// what would be sent.
class OnboardCommand : public Command {
    Q_OBJECT
public:
    explicit OnboardCommand(const Options &options)
        : Command(options) {}
    ~OnboardCommand() override;
    void start() override;

private:
    void checked(bool passed);
    void printPlan();
    void onStep(int step);
    void onState();
    void offerUndo();
    void readAnswer();

    okta::ServiceAccountRequest m_request;
    QPointer<okta::OnboardingPreflight> m_preflight;
    QPointer<okta::OnboardingJob> m_job;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_answer;
    bool m_interrupted = false;
};

} // namespace oktadesk::cli

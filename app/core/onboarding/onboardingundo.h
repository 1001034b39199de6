#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

namespace okta {

class OktaClient;
class OktaJob;
class OnboardingJob;
struct OktaResult;

// Undoes what an OnboardingJob put into the org, newest first: removes the app assignment,
// removes the admin role, deactivates and deletes the user. Each removal is read back by id
// (the assignment and the user answer 404, the role is gone from the user's roles); what
// "may exist" is looked up first. Reports through the job's steps and footprint; stops at
// the first failure, so a second start() continues from there.
class OnboardingUndo : public QObject {
    Q_OBJECT
public:
    OnboardingUndo(OnboardingJob *job, OktaClient *client);
    ~OnboardingUndo() override;

    void start();

Q_SIGNALS:
    // Exactly once per start(); ok when nothing this onboarding created is left.
    void finished(bool ok);

private:
    void next();
    void undoApp();
    void undoRole();
    void removeRole();
    void undoUser();
    void deactivateUser();
    void deleteUser();
    void checkUserGone();
    void failed(int step, const QString &message);
    void send(OktaJob *request, std::function<void(const OktaResult &)> handler);

    OnboardingJob *m_job;
    QPointer<OktaClient> m_client;
    QPointer<OktaJob> m_call;
};

} // namespace okta

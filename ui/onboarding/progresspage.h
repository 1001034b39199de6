#pragma once

#include <QList>
#include <QWizardPage>

class QPushButton;
class QWidget;

namespace okta {
class OnboardingJob;
class OnboardingSetup;
} // namespace okta

namespace oktadesk {

class StatusMessage;

// The three steps as they happen, each with what reading it back showed. When one fails:
// exactly what exists, and the choice to try the step again, undo (after a confirmation)
// or keep what exists. Moves on to the summary once the job is done or a choice is made.
class ProgressPage : public QWizardPage {
    Q_OBJECT

public:
    ProgressPage(okta::OnboardingSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Said when the admin tries to close the wizard before the outcome is settled.
    void explainWhyNotClosing();

private:
    void bind(okta::OnboardingJob *job);
    void updateStep(int step);
    void updateState();
    void confirmUndo();
    void keep();
    void advance();

    okta::OnboardingSetup *m_setup;
    QList<StatusMessage *> m_steps;
    QPushButton *m_stop = nullptr;
    StatusMessage *m_outcome = nullptr;
    StatusMessage *m_notice = nullptr;
    QWidget *m_choices = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_keep = nullptr;
    bool m_kept = false;
};

} // namespace oktadesk

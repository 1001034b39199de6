#pragma once

#include <QList>
#include <QWizardPage>

class QLabel;
class QPushButton;

namespace okta {
class OnboardingSetup;
}

namespace oktadesk {

class StatusMessage;

// What will be created, and the checks before anything is written (the login is free,
// the app exists, the signed-in account is a super admin). "Create account" commits.
class ReviewPage : public QWizardPage {
    Q_OBJECT

public:
    ReviewPage(okta::OnboardingSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateChecks();

    okta::OnboardingSetup *m_setup;
    QLabel *m_summary = nullptr;
    QList<StatusMessage *> m_checks;
    QPushButton *m_recheck = nullptr;
};

} // namespace oktadesk

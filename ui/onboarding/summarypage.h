#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace okta {
class OnboardingSetup;
}

namespace oktadesk {

class StatusMessage;

// How it ended, what exists, the generated password shown this once, and the next step:
// sign in as the account in the connection wizard.
class SummaryPage : public QWizardPage {
    Q_OBJECT

public:
    SummaryPage(okta::OnboardingSetup *setup, QWidget *parent = nullptr);
    ~SummaryPage() override;

    void initializePage() override;

Q_SIGNALS:
    void signInRequested(const QString &login);

private:
    void forgetPassword();

    okta::OnboardingSetup *m_setup;
    StatusMessage *m_outcome = nullptr;
    QWidget *m_passwordBox = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_next = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace oktadesk

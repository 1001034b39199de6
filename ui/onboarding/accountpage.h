#pragma once

#include <QWizardPage>

class QLineEdit;
class QRadioButton;

namespace okta {
class OnboardingSetup;
}

namespace oktadesk {

class StatusMessage;

// The account's profile (login, email, first and last name, proposed by the naming
// convention) and how it gets its password: generated and shown once, or an activation email.
class AccountPage : public QWizardPage {
    Q_OBJECT

public:
    AccountPage(okta::OnboardingSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void store();
    void showProblems();
    QStringList problems() const;

    okta::OnboardingSetup *m_setup;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QRadioButton *m_generated = nullptr;
    QRadioButton *m_activation = nullptr;
    StatusMessage *m_problems = nullptr;
};

} // namespace oktadesk

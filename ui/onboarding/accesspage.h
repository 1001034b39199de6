#pragma once

#include <QWizardPage>

class QComboBox;
class QPushButton;

namespace okta {
class OnboardingSetup;
}

namespace oktadesk {

class StatusMessage;

// The admin role (SUPER_ADMIN by default, with a plain warning about its power) and the app
// to assign the account to (the org's apps, "Okta Workflows OAuth" proposed).
class AccessPage : public QWizardPage {
    Q_OBJECT

public:
    AccessPage(okta::OnboardingSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void storeRole();
    void storeApp();
    void updateApps();

    okta::OnboardingSetup *m_setup;
    QComboBox *m_role = nullptr;
    StatusMessage *m_roleWarning = nullptr;
    QComboBox *m_app = nullptr;
    QPushButton *m_reload = nullptr;
    StatusMessage *m_appStatus = nullptr;
};

} // namespace oktadesk

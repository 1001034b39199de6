#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace okta {
class Verification;
}

namespace oktadesk {

class StatusMessage;

// Who signed in, whether the account is a super admin (and what will not work if not),
// which scopes the token carries and the rate-limit budget Okta reported.
class VerifyPage : public QWizardPage {
    Q_OBJECT

public:
    explicit VerifyPage(okta::Verification *verification, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void updateState();

    okta::Verification *m_verification;
    StatusMessage *m_progress = nullptr;
    QLabel *m_details = nullptr;
    StatusMessage *m_warning = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace oktadesk

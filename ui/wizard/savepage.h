#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace okta {
class ProfileSave;
}

namespace oktadesk {

class StatusMessage;

// The profile name, a summary, and the save itself (the wizard's Save button). When the
// keychain cannot be used it says why, in the keychain's words, and offers to connect for
// this run only.
class SavePage : public QWizardPage {
    Q_OBJECT

public:
    explicit SavePage(okta::ProfileSave *save, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // Starts the asynchronous save and returns false; the wizard finishes when it is done.
    bool validatePage() override;

private:
    void updateState();

    okta::ProfileSave *m_save;
    QLineEdit *m_name = nullptr;
    StatusMessage *m_nameProblem = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_keychainBox = nullptr;
    StatusMessage *m_keychainReason = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    StatusMessage *m_status = nullptr;
};

} // namespace oktadesk

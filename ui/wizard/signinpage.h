#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QToolButton;
class QWidget;

namespace okta {
class SignIn;
class SignInMethod;
} // namespace okta

namespace oktadesk {

class StatusMessage;

// Opens the system browser at Okta's sign-in, waits for it to come back to the loopback
// redirect (with Cancel), and shows each failure in its own words. For an API token there
// is nothing to do here.
class SignInPage : public QWizardPage {
    Q_OBJECT

public:
    // `reauthorizing`: a saved profile is renewed, which only a super admin can do.
    SignInPage(okta::SignIn *signIn, const okta::SignInMethod *method, bool reauthorizing,
               QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void signIn();
    void openBrowser(const QUrl &url);
    void updateState();

    okta::SignIn *m_signIn;
    const okta::SignInMethod *m_method;
    bool m_reauthorizing;
    QLabel *m_intro = nullptr;
    QPushButton *m_signInButton = nullptr;
    QWidget *m_urlRow = nullptr;
    QLineEdit *m_url = nullptr;
    QToolButton *m_copyUrl = nullptr;
    QWidget *m_waitRow = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancel = nullptr;
    StatusMessage *m_status = nullptr;
    StatusMessage *m_superAdminNote = nullptr;
};

} // namespace oktadesk

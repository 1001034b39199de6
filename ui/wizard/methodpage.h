#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace okta {
class SignIn;
class SignInMethod;
} // namespace okta

namespace oktadesk {

// Browser sign-in (client ID, optional secret, loopback redirect URI and port, the scopes
// that will be requested) or an API token.
class MethodPage : public QWizardPage {
    Q_OBJECT

public:
    // The redirect URI comes from `signIn` (a sign-in on port 0 names the bound port).
    // `reauthorizing`: the method is the saved profile's and cannot be changed.
    MethodPage(okta::SignInMethod *method, okta::SignIn *signIn, bool reauthorizing,
               QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    QWidget *createBrowserPanel();
    QWidget *createTokenPanel();
    void updateFromMethod();
    void updateRedirectUri();
    void updateScopes();

    okta::SignInMethod *m_method;
    okta::SignIn *m_signIn;
    bool m_reauthorizing;
    QRadioButton *m_browser = nullptr;
    QRadioButton *m_token = nullptr;
    QStackedWidget *m_panels = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QToolButton *m_copyRedirect = nullptr;
    QListWidget *m_scopes = nullptr;
    QLabel *m_turningOn = nullptr;
    QLineEdit *m_apiToken = nullptr;
};

} // namespace oktadesk

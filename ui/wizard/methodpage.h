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
class ConnectionSetup;
}

namespace oktadesk {

// Browser sign-in (client ID, optional secret, loopback redirect URI and port, the scopes
// that will be requested) or an API token.
class MethodPage : public QWizardPage {
    Q_OBJECT

public:
    explicit MethodPage(okta::ConnectionSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    QWidget *createBrowserPanel();
    QWidget *createTokenPanel();
    void updateFromSetup();
    void updateRedirectUri();

    okta::ConnectionSetup *m_setup;
    QRadioButton *m_browser = nullptr;
    QRadioButton *m_token = nullptr;
    QStackedWidget *m_panels = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_redirectUri = nullptr;
    QToolButton *m_copyRedirect = nullptr;
    QListWidget *m_scopes = nullptr;
    QLineEdit *m_apiToken = nullptr;
};

} // namespace oktadesk

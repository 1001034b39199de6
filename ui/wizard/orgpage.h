#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace okta {
class ConnectionSetup;
}

namespace oktadesk {

class StatusMessage;

// The org domain: whatever the admin pastes, the normalised host, warnings, and the result
// of the discovery check. Complete only when the domain is usable and the org answered.
class OrgPage : public QWizardPage {
    Q_OBJECT

public:
    explicit OrgPage(okta::ConnectionSetup *setup, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void updateDomain();
    void updateDiscovery();

    okta::ConnectionSetup *m_setup;
    QLineEdit *m_domain = nullptr;
    QLabel *m_normalised = nullptr;
    StatusMessage *m_domainMessage = nullptr;
    StatusMessage *m_discovery = nullptr;
};

} // namespace oktadesk

#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace okta {
class OrgCheck;
}

namespace oktadesk {

class StatusMessage;

// The org domain: whatever the admin pastes, the normalised host, warnings, and the result
// of the discovery check. Complete only when the domain is usable and the org answered.
class OrgPage : public QWizardPage {
    Q_OBJECT

public:
    // `reauthorizing`: the domain is the saved profile's and cannot be changed.
    OrgPage(okta::OrgCheck *org, bool reauthorizing, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void updateDomain();
    void updateDiscovery();

    okta::OrgCheck *m_org;
    bool m_reauthorizing;
    QLineEdit *m_domain = nullptr;
    QLabel *m_normalised = nullptr;
    StatusMessage *m_domainMessage = nullptr;
    StatusMessage *m_discovery = nullptr;
};

} // namespace oktadesk

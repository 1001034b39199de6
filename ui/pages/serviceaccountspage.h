#pragma once

#include "page.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace okta {
class AdminAccountsJob;
class OktaClient;
} // namespace okta

namespace oktadesk {

class OnboardingWizard;
class StatusMessage;

// The Service accounts page: why a dedicated account should authorize the connection, the
// onboarding wizard's launcher, and the org's super admins with a hint of which look like
// service accounts (read from Okta: the role assignees, each user and its roles by id).
class ServiceAccountsPage : public Page {
    Q_OBJECT

public:
    explicit ServiceAccountsPage(QWidget *parent = nullptr);
    ~ServiceAccountsPage() override;

    // The connection to work with and the signed-in admin's login; nullptr when there is none.
    void setConnection(okta::OktaClient *client, const QString &adminLogin);
    void featureAllowed(bool allowed) override;
    okta::AdminAccountsJob *admins() const { return m_admins; }
    OnboardingWizard *wizard() const;
    // Opens the onboarding wizard (window-modal, never exec()).
    void openWizard();

Q_SIGNALS:
    // Sign in as `login` in the connection wizard.
    void signInRequested(const QString &login);

private:
    void updateAdmins();

    QPointer<okta::OktaClient> m_client;
    QString m_adminLogin;
    okta::AdminAccountsJob *m_admins = nullptr;
    QPointer<OnboardingWizard> m_wizard;
    QWidget *m_content = nullptr;
    QPushButton *m_onboard = nullptr;
    QPushButton *m_refresh = nullptr;
    StatusMessage *m_adminsStatus = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace oktadesk

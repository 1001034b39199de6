#pragma once

#include <QWizardPage>

namespace okta {
class ConnectionSetup;
}

namespace oktadesk {

// What an admin needs before connecting: the org, an OAuth app with its client ID and
// secret, and a super admin (preferably a dedicated service account).
class BeforeYouStartPage : public QWizardPage {
    Q_OBJECT

public:
    explicit BeforeYouStartPage(okta::ConnectionSetup *setup, QWidget *parent = nullptr);
};

} // namespace oktadesk

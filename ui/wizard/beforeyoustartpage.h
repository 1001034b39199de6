#pragma once

#include <QWizardPage>

namespace oktadesk {

// What an admin needs before connecting: the org, an OAuth app with its client ID and
// secret, and a super admin (preferably a dedicated service account).
class BeforeYouStartPage : public QWizardPage {
    Q_OBJECT

public:
    explicit BeforeYouStartPage(QWidget *parent = nullptr);
};

} // namespace oktadesk

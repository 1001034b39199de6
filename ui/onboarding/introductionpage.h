#pragma once

#include <QWizardPage>

namespace oktadesk {

// Why a dedicated service account, and the naming convention OktaDesk proposes.
class IntroductionPage : public QWizardPage {
    Q_OBJECT

public:
    explicit IntroductionPage(QWidget *parent = nullptr);
};

} // namespace oktadesk

#include "introductionpage.h"

#include "core/onboarding/serviceaccountrequest.h"
#include "ui/wizard/statusmessage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace oktadesk {

IntroductionPage::IntroductionPage(QWidget *parent)
    : QWizardPage(parent) {
    setTitle(tr("Why a service account"));
    setSubTitle(tr("An account of its own for the connection, instead of a person's."));

    auto *why = new QLabel(this);
    why->setObjectName(QStringLiteral("whyLabel"));
    why->setWordWrap(true);
    why->setText(
        tr("Everything done through a connection is attributed to the account that authorized it: the "
           "System Log names that account for every change a flow or OktaDesk makes. When a person "
           "authorizes it, their name ends up on work they did not do, and the connection breaks when "
           "they leave or lose their rights. Okta's connector guidance therefore recommends a dedicated "
           "service account with super admin rights to authorize the Okta Workflows connection."));

    auto *steps = new QLabel(this);
    steps->setObjectName(QStringLiteral("stepsLabel"));
    steps->setWordWrap(true);
    steps->setText(tr("This wizard creates the user, assigns it the admin role and assigns it to the app. It "
                      "checks each step by reading it back from Okta and shows it as it happens. If a step "
                      "fails, it tells you exactly what exists and offers to undo the earlier steps."));

    auto *naming = new StatusMessage(this);
    naming->setObjectName(QStringLiteral("namingConvention"));
    naming->setBoxed(true);
    naming->setMessage(StatusMessage::Kind::Info, okta::ServiceAccountRequest::namingConvention());

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(why);
    layout->addWidget(steps);
    layout->addWidget(naming);
    layout->addStretch(1);
}

} // namespace oktadesk

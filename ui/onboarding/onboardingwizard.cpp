#include "onboardingwizard.h"

#include "accesspage.h"
#include "accountpage.h"
#include "core/onboarding/onboardingjob.h"
#include "core/onboarding/onboardingsetup.h"
#include "introductionpage.h"
#include "progresspage.h"
#include "resources/resources.h"
#include "reviewpage.h"
#include "summarypage.h"

#include <QIcon>

namespace oktadesk {

OnboardingWizard::OnboardingWizard(okta::OnboardingSetup *setup, QWidget *parent)
    : QWizard(parent)
    , m_setup(setup) {
    setObjectName(QStringLiteral("onboardingWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setWindowTitle(tr("Onboard a service account"));
    const QIcon icon(appIconPath());
    setWindowIcon(icon);
    setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));

    setPage(IntroId, new IntroductionPage(this));
    setPage(AccountId, new AccountPage(setup, this));
    setPage(AccessId, new AccessPage(setup, this));
    setPage(ReviewId, new ReviewPage(setup, this));
    auto *progress = new ProgressPage(setup, this);
    setPage(ProgressId, progress);
    auto *summary = new SummaryPage(setup, this);
    setPage(SummaryId, summary);
    connect(summary, &SummaryPage::signInRequested, this, [this](const QString &login) {
        accept();
        Q_EMIT signInRequested(login);
    });
    resize(760, 600);
}

OnboardingWizard::~OnboardingWizard() = default;

bool OnboardingWizard::mayClose() const {
    const okta::OnboardingJob *job = m_setup->job();
    if (!job || currentId() == SummaryId)
        return true;
    using State = okta::OnboardingJob::State;
    switch (job->state()) {
    case State::Idle:
    case State::Undone:
        return true;
    case State::Running:
    case State::Undoing:
        return false;
    case State::Succeeded:
        return false; // the summary, with the password shown once, comes next
    case State::Failed:
    case State::UndoFailed:
        // A failed step waits for the admin to undo or keep what exists.
        return job->footprint().isEmpty();
    }
    return true;
}

void OnboardingWizard::done(int result) {
    if (!mayClose()) {
        if (auto *progress = qobject_cast<ProgressPage *>(page(ProgressId)))
            progress->explainWhyNotClosing();
        return;
    }
    QWizard::done(result);
}

} // namespace oktadesk

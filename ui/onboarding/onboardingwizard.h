#pragma once

#include <QWizard>

namespace okta {
class OnboardingSetup;
}

namespace oktadesk {

// Onboards a service account: why and how to name it, its profile and password, its role
// and app, a review with checks, the steps as they happen (with undo when one fails), and
// a summary that leads to signing in as the account. Dumb pages bound to an
// okta::OnboardingSetup, which does every request. While something is being written, or a
// failed step awaits a decision (undo or keep), the wizard does not close.
class OnboardingWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { IntroId, AccountId, AccessId, ReviewId, ProgressId, SummaryId };
    Q_ENUM(PageId)

    // `setup` is not owned and must outlive the wizard.
    explicit OnboardingWizard(okta::OnboardingSetup *setup, QWidget *parent = nullptr);
    ~OnboardingWizard() override;

    okta::OnboardingSetup *setup() const { return m_setup; }
    void done(int result) override;

Q_SIGNALS:
    // The admin asked to sign in as the new account (the connection wizard should open).
    void signInRequested(const QString &login);

private:
    bool mayClose() const;

    okta::OnboardingSetup *m_setup;
};

} // namespace oktadesk

#pragma once

#include "serviceaccountrequest.h"

#include <QObject>
#include <QPointer>

namespace okta {

class AppListing;
class OktaClient;
class OnboardingJob;
class OnboardingPreflight;

// The onboarding wizard without a widget: the request being filled in, the org's apps for
// the picker, the checks before anything is written, and the job that writes. The wizard's
// pages bind to these and only show and forward.
class OnboardingSetup : public QObject {
    Q_OBJECT
public:
    // `adminLogin` (the signed-in admin) gives the proposed login its domain.
    OnboardingSetup(OktaClient *client, const QString &adminLogin, QObject *parent = nullptr);
    ~OnboardingSetup() override;

    const ServiceAccountRequest &request() const { return m_request; }
    void setRequest(const ServiceAccountRequest &request);
    AppListing *apps() const { return m_apps; }
    OnboardingPreflight *preflight() const { return m_preflight; }
    // Checks the request as it stands (the review page).
    void check();
    // Once the checks passed: starts writing. The job then lives as long as the setup.
    void start();
    OnboardingJob *job() const { return m_job; }
    QString orgHost() const;

Q_SIGNALS:
    void requestChanged();
    void jobStarted(okta::OnboardingJob *job);

private:
    QPointer<OktaClient> m_client;
    ServiceAccountRequest m_request;
    AppListing *m_apps;
    OnboardingPreflight *m_preflight;
    OnboardingJob *m_job = nullptr;
};

} // namespace okta

#include "onboardingsetup.h"

#include "applisting.h"
#include "core/okta/oktaclient.h"
#include "onboardingjob.h"
#include "onboardingpreflight.h"

namespace okta {

OnboardingSetup::OnboardingSetup(OktaClient *client, const QString &adminLogin, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(ServiceAccountRequest::suggested(ServiceAccountRequest::domainOf(adminLogin)))
    , m_apps(new AppListing(client, this))
    , m_preflight(new OnboardingPreflight(client, this)) {}

OnboardingSetup::~OnboardingSetup() = default;

void OnboardingSetup::setRequest(const ServiceAccountRequest &request) {
    if (m_job)
        return; // what is being written stays as it was asked for
    m_request = request;
    Q_EMIT requestChanged();
}

void OnboardingSetup::check() {
    m_preflight->start(m_request);
}

void OnboardingSetup::start() {
    if (m_job || m_preflight->state() != OnboardingPreflight::State::Passed)
        return;
    m_request = m_preflight->request();
    m_job = new OnboardingJob(m_client, m_request, this);
    Q_EMIT jobStarted(m_job);
    m_job->start();
}

QString OnboardingSetup::orgHost() const {
    return m_client ? m_client->baseUrl().authority() : QString();
}

} // namespace okta

#include "applisting.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/pager.h"

namespace okta {

AppListing::AppListing(OktaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

AppListing::~AppListing() {
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
    }
}

int AppListing::proposedIndex() const {
    for (qsizetype i = 0; i < m_apps.size(); ++i)
        if (m_apps[i].isWorkflowsOAuth())
            return int(i);
    return -1;
}

void AppListing::load() {
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->cancel();
        m_pager->deleteLater();
    }
    m_apps.clear();
    m_error.clear();
    m_truncated = false;
    m_state = State::Loading;
    Q_EMIT changed();
    m_pager = OktaApi(m_client).listApps(AppQuery(), this);
    m_pager->setMaxRows(MaxApps);
    connect(m_pager, &Pager::pageReady, this, [this](const Page &page) { m_apps.append(page.rows<App>()); });
    connect(m_pager, &Pager::finished, this, [this](Pager::Outcome outcome, const OktaResult &last) {
        m_pager->deleteLater();
        m_truncated = outcome == Pager::Outcome::LimitReached && m_pager->nextUrl().isValid();
        m_pager = nullptr;
        if (outcome == Pager::Outcome::Failed) {
            m_error = last.message();
            m_state = State::Failed;
        } else {
            m_state = State::Ready;
        }
        Q_EMIT changed();
    });
    m_pager->start();
}

} // namespace okta

#include "whoamijob.h"

#include "oktaapi.h"
#include "oktaclient.h"
#include "oktajob.h"

#include <QTimer>

namespace okta {

WhoAmIJob::WhoAmIJob(OktaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

WhoAmIJob::~WhoAmIJob() {
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
}

void WhoAmIJob::start() {
    if (m_stage != Stage::Idle)
        return;
    if (!m_client) {
        m_errorString = tr("There is no connection to ask.");
        QTimer::singleShot(0, this, [this] { finish(Stage::Failed); });
        return;
    }
    setStage(Stage::User);
    m_request = OktaApi(m_client).me();
    // The parsers below read the bytes; nothing else needs a QJsonDocument of them.
    m_request->setParseJson(false);
    connect(m_request, &OktaJob::finished, this, &WhoAmIJob::onUser);
}

void WhoAmIJob::cancel() {
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
    m_request = nullptr;
    m_canceled = true;
    deleteLater();
}

void WhoAmIJob::onUser(const OktaResult &result) {
    m_request = nullptr;
    m_userResult = result;
    if (!result.ok()) {
        m_errorString = result.message();
        finish(Stage::Failed);
        return;
    }
    const std::optional<WhoAmI> me = WhoAmI::parseUser(result.body, &m_errorString);
    if (!me) {
        finish(Stage::Failed);
        return;
    }
    m_whoAmI = *me;
    setStage(Stage::Roles);
    m_request = OktaApi(m_client).listUserRoles(m_whoAmI.userId);
    m_request->setParseJson(false);
    connect(m_request, &OktaJob::finished, this, &WhoAmIJob::onRoles);
}

void WhoAmIJob::onRoles(const OktaResult &result) {
    m_request = nullptr;
    if (!result.ok()) {
        m_rolesError = result.message();
        finish(Stage::Done);
        return;
    }
    if (const auto roles = AdminRole::parseList(result.body, &m_rolesError))
        m_whoAmI.setRoles(*roles);
    finish(Stage::Done);
}

void WhoAmIJob::setStage(Stage stage) {
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void WhoAmIJob::finish(Stage stage) {
    if (m_canceled)
        return;
    setStage(stage);
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace okta

#include "orgcheck.h"

#include "core/okta/errormessages.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace okta {

Q_LOGGING_CATEGORY(lcOrgCheck, "oktadesk.connection.org", QtWarningMsg)

OrgCheck::OrgCheck(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(400));
    connect(&m_debounce, &QTimer::timeout, this, &OrgCheck::start);
}

OrgCheck::~OrgCheck() {
    if (m_job)
        m_job->cancel();
}

OktaClient *OrgCheck::client() const {
    return m_client;
}

void OrgCheck::setDebounce(std::chrono::milliseconds delay) {
    m_debounce.setInterval(delay);
}

void OrgCheck::setDomain(const QString &text) {
    if (text == m_text && m_state != State::Idle)
        return;
    m_text = text;
    const OrgDomainResult previous = m_domain;
    m_domain = OrgDomain::normalise(text);
    const bool sameOrg = previous.ok() && m_domain.ok() && previous.host == m_domain.host;
    Q_EMIT domainChanged();
    if (sameOrg && m_state != State::Idle && m_state != State::Failed)
        return; // e.g. "https://acme.okta.com/" -> "acme.okta.com": nothing to check again
    ++m_generation;
    if (m_job)
        m_job->cancel();
    m_debounce.stop();
    Q_EMIT orgChanged();
    if (!m_domain.ok()) {
        setState(State::Idle, {});
        return;
    }
    setState(State::Pending, tr("Waiting for you to finish typing…"));
    m_debounce.start();
}

void OrgCheck::checkNow() {
    if (!m_domain.ok() || m_state == State::Checking || m_state == State::Found)
        return;
    m_debounce.stop();
    start();
}

void OrgCheck::start() {
    if (!m_domain.ok())
        return;
    const QUrl base = m_domain.baseUrl();
    if (!m_client || m_client->baseUrl() != base) {
        if (m_client)
            m_client->deleteLater();
        m_client = new OktaClient(m_nam, base, nullptr, this);
        ClientOptions options = m_client->options();
        options.transferTimeoutMs = 20000; // an org answers discovery in well under a second
        m_client->setOptions(options);
    }
    const quint64 generation = ++m_generation;
    m_issuer.clear();
    setState(State::Checking, tr("Checking %1…").arg(m_domain.host));
    m_job = OktaApi(m_client).openIdConfiguration();
    m_job->setParseJson(false); // only the issuer is read, below
    connect(m_job, &OktaJob::finished, this,
            [this, generation](const OktaResult &result) { onAnswer(result, generation); });
}

void OrgCheck::onAnswer(const OktaResult &result, quint64 generation) {
    if (generation != m_generation || result.canceled())
        return; // a newer domain was typed meanwhile
    if (!result.ok()) {
        setState(State::Failed, ErrorMessages::forOrgCheck(result, m_domain.host));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        OktaResult notJson = result;
        notJson.failure = Failure::MalformedJson;
        setState(State::Failed, ErrorMessages::forOrgCheck(notJson, m_domain.host));
        return;
    }
    const QString issuer = document.object().value(QLatin1String("issuer")).toString();
    const QUrl issuerUrl(issuer, QUrl::StrictMode);
    if (issuer.isEmpty() || !issuerUrl.isValid() || issuerUrl.host().isEmpty()) {
        setState(State::Failed, ErrorMessages::forOrgCheck(result, m_domain.host));
        return;
    }
    m_issuer = issuer;
    setState(State::Found, tr("Okta org found. Issuer: %1").arg(issuer));
}

void OrgCheck::setState(State state, const QString &message) {
    m_state = state;
    m_message = message;
    qCDebug(lcOrgCheck) << "org check" << state;
    Q_EMIT stateChanged();
}

} // namespace okta

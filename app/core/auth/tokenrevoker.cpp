#include "tokenrevoker.h"

#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"

#include <QTimer>

namespace okta {

TokenRevoker::TokenRevoker(OktaClient *client, const ClientCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials) {}

TokenRevoker::~TokenRevoker() {
    for (const QPointer<OktaJob> &job : std::as_const(m_jobs)) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

void TokenRevoker::revoke(const Secret &accessToken, const Secret &refreshToken) {
    if (isRunning())
        return;
    m_errors.clear();
    m_jobs.clear();
    if (!m_client) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(false, tr("No org connection is set up.")); });
        return;
    }
    // Refresh token first in the list: it is the long-lived one that matters most.
    if (!refreshToken.isEmpty())
        start(refreshToken, QStringLiteral("refresh_token"));
    if (!accessToken.isEmpty())
        start(accessToken, QStringLiteral("access_token"));
    if (m_pending == 0)
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(true, QString()); });
}

void TokenRevoker::start(const Secret &token, const QString &hint) {
    QUrlQuery form;
    ClientCredentials::addFormField(form, QStringLiteral("token"), token);
    ClientCredentials::addFormField(form, QStringLiteral("token_type_hint"), hint);
    const Secret basic = m_credentials.apply(form);
    OktaJob *job = m_client->postForm(QStringLiteral("/oauth2/v1/revoke"), form, basic);
    job->setParseJson(false); // Okta answers 200 with an empty body
    ++m_pending;
    m_jobs.append(job);
    connect(job, &OktaJob::finished, this, [this, hint](const OktaResult &r) { onResult(hint, r); });
}

void TokenRevoker::onResult(const QString &hint, const OktaResult &result) {
    if (!result.ok()) {
        const QString what = hint == QLatin1String("refresh_token")
                                 ? tr("The refresh token could not be revoked: %1")
                                 : tr("The access token could not be revoked: %1");
        m_errors.append(what.arg(result.message()));
    }
    if (--m_pending > 0)
        return;
    m_jobs.clear();
    Q_EMIT finished(m_errors.isEmpty(), m_errors.join(QLatin1Char(' ')));
}

} // namespace okta

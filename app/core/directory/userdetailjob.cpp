#include "userdetailjob.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"

#include <QTimer>

namespace okta {

UserDetailJob::UserDetailJob(OktaClient *client, const QString &userId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_userId(userId) {}

UserDetailJob::~UserDetailJob() {
    for (OktaJob *job : {m_user.data(), m_roles.data()})
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
}

void UserDetailJob::start() {
    if (m_pending > 0)
        return;
    if (!m_client) {
        QTimer::singleShot(0, this, [this] {
            Q_EMIT failed(tr("There is no connection to ask."));
            Q_EMIT rolesReady({}, tr("There is no connection to ask."));
            m_pending = 0;
            finishIfDone();
        });
        m_pending = 2;
        return;
    }
    m_pending = 2;
    OktaApi api(m_client);
    m_user = api.getUser(m_userId);
    m_user->setParseJson(false); // parsed once, into a User
    connect(m_user, &OktaJob::finished, this, &UserDetailJob::onUser);
    m_roles = api.listUserRoles(m_userId);
    m_roles->setParseJson(false);
    connect(m_roles, &OktaJob::finished, this, &UserDetailJob::onRoles);
}

void UserDetailJob::cancel() {
    m_canceled = true;
    for (OktaJob *job : {m_user.data(), m_roles.data()})
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    deleteLater();
}

void UserDetailJob::onUser(const OktaResult &result) {
    m_user = nullptr;
    --m_pending;
    if (!result.ok()) {
        Q_EMIT failed(result.message());
    } else {
        const Parsed<User> user = User::parseObject(result.body);
        if (user.ok())
            Q_EMIT userReady(user.rows.constFirst());
        else
            Q_EMIT failed(user.error);
    }
    finishIfDone();
}

void UserDetailJob::onRoles(const OktaResult &result) {
    m_roles = nullptr;
    --m_pending;
    QString error;
    if (!result.ok()) {
        Q_EMIT rolesReady({}, result.message());
    } else if (const auto roles = AdminRole::parseList(result.body, &error)) {
        Q_EMIT rolesReady(*roles, {});
    } else {
        Q_EMIT rolesReady({}, error);
    }
    finishIfDone();
}

void UserDetailJob::finishIfDone() {
    if (m_canceled || m_pending > 0)
        return;
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace okta

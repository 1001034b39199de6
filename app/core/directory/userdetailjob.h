#pragma once

#include "core/values/adminrole.h"
#include "core/values/user.h"

#include <QObject>
#include <QPointer>

namespace okta {

class OktaClient;
class OktaJob;
struct OktaResult;

// What a user's detail shows besides their groups: the user read by id (current, unlike a
// search result) and their admin roles, asked at the same time. userReady() or failed()
// comes once, rolesReady() once (with an error when the roles could not be read: the
// account may lack okta.roles.read), then finished(). Deletes itself after finished(), or
// when cancelled (then silently).
class UserDetailJob : public QObject {
    Q_OBJECT
public:
    UserDetailJob(OktaClient *client, const QString &userId, QObject *parent = nullptr);
    ~UserDetailJob() override;

    QString userId() const { return m_userId; }
    void start();
    void cancel();

Q_SIGNALS:
    void userReady(const okta::User &user);
    void failed(const QString &message);
    void rolesReady(const QList<okta::AdminRole> &roles, const QString &error);
    void finished(okta::UserDetailJob *job);

private:
    void onUser(const OktaResult &result);
    void onRoles(const OktaResult &result);
    void finishIfDone();

    QPointer<OktaClient> m_client;
    QString m_userId;
    QPointer<OktaJob> m_user;
    QPointer<OktaJob> m_roles;
    int m_pending = 0;
    bool m_canceled = false;
};

} // namespace okta

#pragma once

#include "core/values/whoami.h"
#include "oktaresult.h"

#include <QObject>
#include <QPointer>

namespace okta {

class OktaClient;
class OktaJob;

// Asks the org who the client's credential belongs to: GET /api/v1/users/me, then that
// user's admin roles. Ends with exactly one finished(), later from the event loop:
//  * Done: whoAmI() is filled in. When the roles could not be read (no okta.roles.read,
//    or the right), rolesKnown stays false, superAdmin() answers Unknown and
//    rolesError() says why: the account itself works.
//  * Failed: /users/me failed or did not describe a user; errorString() says why and
//    userResult() is the failed request (its httpStatus tells a refused credential).
// Deletes itself after finished() has been delivered, or when cancelled.
class WhoAmIJob : public QObject {
    Q_OBJECT
public:
    enum class Stage { Idle, User, Roles, Done, Failed };
    Q_ENUM(Stage)

    explicit WhoAmIJob(OktaClient *client, QObject *parent = nullptr);
    ~WhoAmIJob() override;

    void start();
    // Stops the request in flight; no finished() follows, and the job deletes itself.
    void cancel();

    Stage stage() const { return m_stage; }
    const WhoAmI &whoAmI() const { return m_whoAmI; }
    QString errorString() const { return m_errorString; }
    QString rolesError() const { return m_rolesError; }
    const OktaResult &userResult() const { return m_userResult; }

Q_SIGNALS:
    // User, then Roles: for progress text.
    void stageChanged(okta::WhoAmIJob::Stage stage);
    void finished(okta::WhoAmIJob *job);

private:
    void onUser(const OktaResult &result);
    void onRoles(const OktaResult &result);
    void setStage(Stage stage);
    void finish(Stage stage);

    QPointer<OktaClient> m_client;
    QPointer<OktaJob> m_request;
    Stage m_stage = Stage::Idle;
    WhoAmI m_whoAmI;
    OktaResult m_userResult;
    QString m_errorString;
    QString m_rolesError;
    bool m_canceled = false;
};

} // namespace okta

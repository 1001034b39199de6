#pragma once

#include "core/okta/ratelimit.h"
#include "core/values/whoami.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace okta {

class Authorizer;
class OrgCheck;
class SignIn;
class SignInMethod;
class WhoAmIJob;

// The wizard's verify step: who signed in and whether the account is a super admin
// (WhoAmIJob), which scopes the token carries, and the rate-limit budget Okta reported.
// A new or voided sign-in resets it.
class Verification : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Done, Failed };
    Q_ENUM(State)

    // None is owned; all must outlive this step.
    Verification(OrgCheck *org, SignInMethod *method, SignIn *signIn, QObject *parent = nullptr);
    ~Verification() override;

    void start();

    State state() const { return m_state; }
    QString message() const { return m_message; }
    const WhoAmI &whoAmI() const { return m_whoAmI; }
    // What will not work without SUPER_ADMIN once the account is known; empty otherwise.
    QString superAdminWarning() const;
    QString scopesDescription() const;
    RateLimit rateLimit() const { return m_rateLimit; }
    QString rateLimitDescription() const;

Q_SIGNALS:
    void changed();

private:
    void reset();
    Authorizer *makeAuthorizer();
    void noteRateLimit();
    void finish(State state, const QString &message);

    OrgCheck *m_org;
    SignInMethod *m_method;
    SignIn *m_signIn;
    QPointer<Authorizer> m_authorizer;
    QPointer<WhoAmIJob> m_job;
    State m_state = State::Idle;
    QString m_message;
    WhoAmI m_whoAmI;
    RateLimit m_rateLimit;
};

} // namespace okta

#pragma once

#include "serviceaccountrequest.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace okta {

class OktaClient;
class OktaJob;
class Pager;
class WhoAmIJob;

// The checks before onboarding writes anything, run side by side: the login is free (a
// direct GET /api/v1/users/{login}, which must answer 404), the app exists (read by id, or
// found by its exact label), and the signed-in account is a super admin (only a super
// admin may assign admin roles). Backs the wizard's review page and the CLI's --dry-run.
class OnboardingPreflight : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Passed, Failed };
    Q_ENUM(State)
    enum class Severity { Pending, Ok, Warning, Problem };
    Q_ENUM(Severity)
    struct Check {
        Severity severity = Severity::Ok;
        QString text; // translated; may quote Okta's text
    };

    explicit OnboardingPreflight(OktaClient *client, QObject *parent = nullptr);
    ~OnboardingPreflight() override;

    // Checks `request`. Its app is `request.appId` when set, else `appText` (an id, or an
    // app's label). Cancels a run in progress.
    void start(const ServiceAccountRequest &request, const QString &appText = {});
    void cancel();

    State state() const { return m_state; }
    // In a fixed order: login, app, signed-in account.
    QList<Check> checks() const;
    // The request with the app's id and label as Okta knows them.
    const ServiceAccountRequest &request() const { return m_request; }

Q_SIGNALS:
    void changed();
    void finished(bool passed);

private:
    void checkLogin();
    void checkApp(const QString &appText);
    void findAppById(const QString &id, bool afterLabel);
    void checkCaller();
    void settle(int index, Severity severity, const QString &text);

    QPointer<OktaClient> m_client;
    ServiceAccountRequest m_request;
    State m_state = State::Idle;
    QList<Check> m_checks;
    QList<bool> m_done;
    QPointer<OktaJob> m_login;
    QPointer<OktaJob> m_app;
    QPointer<Pager> m_apps;
    QPointer<WhoAmIJob> m_whoAmI;
};

} // namespace okta

#include "onboardingpreflight.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/okta/pager.h"
#include "core/okta/whoamijob.h"
#include "footprint.h"

#include <QJsonObject>

namespace okta {

namespace {
enum { LoginCheck, AppCheck, CallerCheck, CheckCount };
}

OnboardingPreflight::OnboardingPreflight(OktaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

OnboardingPreflight::~OnboardingPreflight() {
    cancel();
}

void OnboardingPreflight::cancel() {
    for (OktaJob *job : {m_login.data(), m_app.data()})
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    if (m_apps) {
        m_apps->disconnect(this);
        m_apps->cancel();
        m_apps->deleteLater();
    }
    if (m_whoAmI)
        m_whoAmI->cancel();
    m_login = m_app = nullptr;
    m_apps = nullptr;
    m_whoAmI = nullptr;
    if (m_state == State::Running)
        m_state = State::Idle;
}

QList<OnboardingPreflight::Check> OnboardingPreflight::checks() const {
    return m_checks;
}

void OnboardingPreflight::start(const ServiceAccountRequest &request, const QString &appText) {
    cancel();
    m_request = request;
    m_state = State::Running;
    m_checks = QList<Check>(CheckCount);
    m_done = QList<bool>(CheckCount, false);
    m_checks[LoginCheck] = {Severity::Pending, tr("Checking that the login %1 is free…").arg(request.login)};
    m_checks[AppCheck] = {Severity::Pending, tr("Looking up the app…")};
    m_checks[CallerCheck] = {Severity::Pending, tr("Checking that the signed-in account is a super admin…")};
    Q_EMIT changed();
    checkLogin();
    checkApp(request.appId.isEmpty() ? appText.trimmed() : request.appId);
    checkCaller();
}

void OnboardingPreflight::settle(int index, Severity severity, const QString &text) {
    m_checks[index] = {severity, text};
    m_done[index] = true;
    if (!m_done.contains(false)) {
        bool passed = true;
        for (const Check &c : std::as_const(m_checks))
            passed = passed && (c.severity == Severity::Ok || c.severity == Severity::Warning);
        m_state = passed ? State::Passed : State::Failed;
        Q_EMIT changed();
        Q_EMIT finished(passed);
        return;
    }
    Q_EMIT changed();
}

void OnboardingPreflight::checkLogin() {
    m_login = OktaApi(m_client).getUser(m_request.login.trimmed());
    connect(m_login, &OktaJob::finished, this, [this](const OktaResult &r) {
        m_login = nullptr;
        switch (readback::presenceOf(r)) {
        case Presence::Absent:
            settle(LoginCheck, Severity::Ok, tr("No user has the login %1 yet.").arg(m_request.login));
            break;
        case Presence::Present: {
            const readback::Account taken = readback::Account::fromJson(r.json);
            settle(LoginCheck, Severity::Problem,
                   tr("A user with the login %1 already exists (id %2, status %3). Choose another login.")
                       .arg(taken.login, taken.id, taken.status));
            break;
        }
        case Presence::Unknown:
            settle(LoginCheck, Severity::Problem,
                   tr("OktaDesk could not check whether the login is free: %1").arg(r.message()));
            break;
        }
    });
}

void OnboardingPreflight::checkApp(const QString &appText) {
    if (appText.isEmpty()) {
        settle(AppCheck, Severity::Problem, tr("No app was chosen."));
        return;
    }
    if (!m_request.appId.isEmpty()) {
        findAppById(appText, false);
        return;
    }
    // A label first (q is a starts-with match: keep exact labels only), then an id.
    AppQuery query;
    query.q = appText;
    m_apps = OktaApi(m_client).listApps(query, this);
    m_apps->setMaxRows(200);
    auto matches = std::make_shared<QList<App>>();
    connect(m_apps, &Pager::pageReady, this, [matches, appText](const Page &page) {
        for (const App &app : page.rows<App>())
            if (app.label == appText)
                matches->append(app);
    });
    connect(
        m_apps, &Pager::finished, this,
        [this, matches, appText](Pager::Outcome outcome, const OktaResult &last) {
            m_apps->deleteLater();
            m_apps = nullptr;
            if (outcome == Pager::Outcome::Failed) {
                settle(AppCheck, Severity::Problem,
                       tr("OktaDesk could not list the org's apps: %1").arg(last.message()));
            } else if (matches->size() > 1) {
                QStringList ids;
                for (const App &app : std::as_const(*matches))
                    ids << app.id;
                settle(AppCheck, Severity::Problem,
                       tr("%1 apps are labelled \u201c%2\u201d (ids %3): give the id of the one to use.")
                           .arg(matches->size())
                           .arg(appText, ids.join(QLatin1String(", "))));
            } else if (matches->size() == 1) {
                m_request.appId = matches->first().id;
                m_request.appLabel = matches->first().label;
                settle(AppCheck, Severity::Ok,
                       tr("The app \u201c%1\u201d exists (id %2).").arg(m_request.appLabel, m_request.appId));
            } else {
                findAppById(appText, true);
            }
        });
    m_apps->start();
}

void OnboardingPreflight::findAppById(const QString &id, bool afterLabel) {
    m_app = OktaApi(m_client).getApp(id);
    connect(m_app, &OktaJob::finished, this, [this, id, afterLabel](const OktaResult &r) {
        m_app = nullptr;
        const Presence found = readback::presenceOf(r);
        if (found == Presence::Present) {
            const QJsonObject app = r.json.object();
            m_request.appId = app.value(QLatin1String("id")).toString();
            m_request.appLabel = app.value(QLatin1String("label")).toString();
            const QString status = app.value(QLatin1String("status")).toString();
            if (status == QLatin1String("INACTIVE"))
                settle(AppCheck, Severity::Warning,
                       tr("The app \u201c%1\u201d (id %2) exists but is inactive: the account cannot sign in "
                          "through it until it is activated.")
                           .arg(m_request.appLabel, m_request.appId));
            else
                settle(AppCheck, Severity::Ok,
                       tr("The app \u201c%1\u201d exists (id %2).").arg(m_request.appLabel, m_request.appId));
        } else if (found == Presence::Absent) {
            settle(AppCheck, Severity::Problem,
                   afterLabel ? tr("No app has the label or id \u201c%1\u201d.").arg(id)
                              : tr("The app %1 no longer exists.").arg(id));
        } else {
            settle(AppCheck, Severity::Problem, tr("OktaDesk could not read the app: %1").arg(r.message()));
        }
    });
}

void OnboardingPreflight::checkCaller() {
    m_whoAmI = new WhoAmIJob(m_client, this);
    connect(m_whoAmI, &WhoAmIJob::finished, this, [this](WhoAmIJob *job) {
        m_whoAmI = nullptr;
        if (job->stage() == WhoAmIJob::Stage::Failed) {
            settle(CallerCheck, Severity::Problem,
                   tr("OktaDesk could not read the signed-in account: %1").arg(job->errorString()));
            return;
        }
        const WhoAmI &me = job->whoAmI();
        switch (me.superAdmin()) {
        case WhoAmI::SuperAdmin::Yes:
            settle(
                CallerCheck, Severity::Ok,
                tr("The signed-in account %1 is a super admin, so it may assign admin roles.").arg(me.login));
            break;
        case WhoAmI::SuperAdmin::No:
            settle(CallerCheck, Severity::Problem,
                   tr("The signed-in account %1 is not a super admin; only a super admin may assign admin "
                      "roles.")
                       .arg(me.login));
            break;
        case WhoAmI::SuperAdmin::Unknown:
            settle(
                CallerCheck, Severity::Warning,
                tr("OktaDesk could not tell whether %1 is a super admin (%2); the role step fails if it is "
                   "not.")
                    .arg(me.login, job->rolesError()));
            break;
        }
    });
    m_whoAmI->start();
}

} // namespace okta

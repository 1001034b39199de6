#pragma once

#include "core/values/app.h"
#include "core/values/scopegrant.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

namespace okta {
class GrantApplyJob;
class OktaApi;
class Pager;
class ProfileStore;
} // namespace okta

namespace oktadesk {

class ScopesPage;

// The Scopes page's network side: lists the org's apps for the picker (choosing the one the
// profile showed last, else the Okta Workflows OAuth app), lists the chosen app's grants,
// looks up who granted them, runs the apply (core's GrantApplyJob) and lists the grants
// again afterwards to reconcile with Okta. It also opens OktaDesk's own app with a scope
// staged when Okta refused a request for its lack. The page sees none of the requests.
class ScopesController : public QObject {
    Q_OBJECT
public:
    // Who is connected: the profile (for remembering the app; empty for the demo org) and
    // the client ID OktaDesk signs in with (empty for an API token).
    struct Context {
        QString profileId;
        QString clientId;
    };

    // `profiles` may be null (nothing is remembered); neither is owned.
    ScopesController(ScopesPage *page, okta::ProfileStore *profiles, QObject *parent = nullptr);
    ~ScopesController() override;

    // Connected: loads the apps, then the chosen app's grants. nullptr: stops and clears.
    // The api must outlive the next setApi() call.
    void setApi(okta::OktaApi *api, const Context &context);
    // Shows OktaDesk's own app with `scope` staged for granting.
    void stageOnOwnClient(const QString &scope);

private:
    void cancelAll();
    void loadApps();
    void onAppsLoaded();
    void chooseApp(const QString &appId);
    void loadGrants();
    void onGrantsLoaded();
    void lookUpLogins();
    void apply();
    void onApplied();
    const okta::App *app(const QString &appId) const;
    const okta::App *ownClientApp() const;
    bool isOwnClient(const QString &appId) const;
    void stagePending();

    ScopesPage *m_page;
    okta::ProfileStore *m_profiles;
    okta::OktaApi *m_api = nullptr;
    Context m_context;
    QPointer<okta::Pager> m_appsPager;
    QPointer<okta::Pager> m_grantsPager;
    QPointer<okta::GrantApplyJob> m_job;
    QList<okta::App> m_apps;
    QString m_appId;
    QString m_demoChoice; // the demo org has no profile to remember it in
    QList<okta::ScopeGrant> m_grants;
    QString m_issuer;
    QHash<QString, QString> m_logins;
    QSet<QString> m_loginsAsked;
    QString m_pendingStage; // a scope to stage once the own app's grants are in
    quint64 m_generation = 0;
};

} // namespace oktadesk

#include "demoorg.h"
#include "orgdata.h"
#include "prng.h"

using namespace Qt::StringLiterals;

namespace demo {

namespace {

// Which OktaDesk OAuth app a spec is, if any.
enum class Desk { No, Confidential, Public };

struct AppSpec {
    const char *name;
    const char *label;
    const char *signOnMode;
    const char *status;
    int assignedPercent;
    Desk desk = Desk::No;
};

const AppSpec appSpecs[] = {
    {"okta_flow_sso", "Okta Workflows OAuth", "OPENID_CONNECT", "ACTIVE", 1},
    {"oidc_client", "OktaDesk", "OPENID_CONNECT", "ACTIVE", 1, Desk::Confidential},
    {"salesforce", "Salesforce.com", "SAML_2_0", "ACTIVE", 30},
    {"slack", "Slack", "SAML_2_0", "ACTIVE", 90},
    {"google", "Google Workspace", "SAML_2_0", "ACTIVE", 95},
    {"office365", "Microsoft Office 365", "WS_FEDERATION", "ACTIVE", 60},
    {"zoomus", "Zoom", "SAML_2_0", "ACTIVE", 80},
    {"githubcloud", "GitHub Enterprise Cloud", "SAML_2_0", "ACTIVE", 25},
    {"atlassian", "Atlassian Cloud", "SAML_2_0", "ACTIVE", 45},
    {"workday", "Workday", "SAML_2_0", "ACTIVE", 97},
    {"boxnet", "Box", "SAML_2_0", "ACTIVE", 20},
    {"amazon_aws_sso", "AWS IAM Identity Center", "SAML_2_0", "ACTIVE", 10},
    {"bookmark", "Internal Wiki", "BOOKMARK", "ACTIVE", 70},
    {"template_basic_auth", "Legacy HR Portal", "BASIC_AUTH", "INACTIVE", 5},
    // Last, so the ids of the apps above stay what they were.
    {"oidc_client", "OktaDesk (public client)", "OPENID_CONNECT", "ACTIVE", 1, Desk::Public},
};

} // namespace

void OrgData::generateApps(const DemoOptions &options, qint64 nowMs) {
    Rng rng(mix64(options.seed ^ 0x617070));
    const QByteArray adminId = users[adminIndex].id;
    int n = 0;
    for (const AppSpec &spec : appSpecs) {
        App app;
        app.name = spec.name;
        app.label = QString::fromUtf8(spec.label);
        app.signOnMode = spec.signOnMode;
        app.status = spec.status;
        app.id = oktaId("0oa", mix64(options.seed ^ 0x0a) + quint64(n++));
        app.created = nowMs - (100 + rng.below64(900)) * 86400000;
        app.lastUpdated = app.created + rng.below64(90) * 86400000;
        if (app.signOnMode == "OPENID_CONNECT") {
            app.clientId = app.id;
            app.applicationType = "web";
        }
        const bool workflows = app.name == "okta_flow_sso";
        const bool desk = spec.desk != Desk::No;
        if (desk) {
            // Okta lets a client id be chosen at creation; the demo apps use the configured ones.
            app.id = (spec.desk == Desk::Public ? options.publicClientId : options.clientId).toUtf8();
            app.clientId = app.id;
            app.applicationType = "native";
        }
        QStringList granted;
        if (workflows)
            granted = {u"openid"_s,           u"profile"_s,       u"email"_s,          u"phone"_s,
                       u"address"_s,          u"groups"_s,        u"offline_access"_s, u"okta.users.read"_s,
                       u"okta.groups.read"_s, u"okta.logs.read"_s};
        else if (desk)
            granted = {u"okta.apps.read"_s,        u"okta.apps.manage"_s,  u"okta.appGrants.read"_s,
                       u"okta.appGrants.manage"_s, u"okta.logs.read"_s,    u"okta.users.read"_s,
                       u"okta.users.manage"_s,     u"okta.groups.read"_s,  u"okta.groups.manage"_s,
                       u"okta.roles.read"_s,       u"okta.roles.manage"_s, u"okta.schemas.read"_s};
        for (const QString &scope : std::as_const(granted)) {
            Grant g;
            g.id = newId("oag");
            g.scopeId = scope;
            g.source = "ADMIN";
            g.createdBy = adminId;
            g.created = g.lastUpdated = app.created + 3600000;
            // issuer is filled in when the server knows its own URL
            app.grants.append(g);
        }
        for (int u = 0; u < users.size(); ++u) {
            const bool assign = (u == adminIndex && (workflows || desk)) || rng.chance(spec.assignedPercent);
            if (assign && users[u].status != "DEPROVISIONED")
                app.users.append({u, QByteArrayLiteral("USER"), std::max(app.created, users[u].created)});
        }
        m_appById.insert(app.id, int(apps.size()));
        apps.append(std::move(app));
    }
}

} // namespace demo

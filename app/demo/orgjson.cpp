#include "jsonwriter.h"
#include "orgdata.h"

namespace demo {

namespace {

void link(JsonWriter &w, const char *name, const QByteArray &href) {
    w.key(name);
    w.beginObject();
    w.fieldAscii("href", href);
    w.endObject();
}

void linkWithMethod(JsonWriter &w, const char *name, const QByteArray &href, const char *method) {
    w.key(name);
    w.beginObject();
    w.fieldAscii("href", href);
    w.fieldAscii("method", method);
    w.endObject();
}

} // namespace

void OrgData::writeUser(JsonWriter &w, const User &u, const QByteArray &base) const {
    const QByteArray self = base + "/api/v1/users/" + u.id;
    w.beginObject();
    w.fieldAscii("id", u.id);
    w.fieldAscii("status", u.status);
    w.fieldTime("created", u.created);
    w.fieldTime("activated", u.activated);
    w.fieldTime("statusChanged", u.statusChanged);
    w.fieldTime("lastLogin", u.lastLogin);
    w.fieldTime("lastUpdated", u.lastUpdated);
    w.fieldTime("passwordChanged", u.passwordChanged);
    w.key("type");
    w.beginObject();
    w.fieldAscii("id", "oty1demousertype0001");
    w.endObject();
    w.key("profile");
    w.value(u.profile);
    w.key("credentials");
    w.beginObject();
    if (u.passwordChanged > 0) {
        w.key("password");
        w.beginObject();
        w.endObject();
    }
    w.key("provider");
    w.beginObject();
    w.fieldAscii("type", "OKTA");
    w.fieldAscii("name", "OKTA");
    w.endObject();
    w.endObject();
    w.key("_links");
    w.beginObject();
    link(w, "self", self);
    if (u.status == "ACTIVE" || u.status == "LOCKED_OUT" || u.status == "SUSPENDED")
        linkWithMethod(w, "deactivate", self + "/lifecycle/deactivate", "POST");
    if (u.status == "DEPROVISIONED")
        linkWithMethod(w, "delete", self, "DELETE");
    w.endObject();
    w.endObject();
}

void OrgData::writeGroup(JsonWriter &w, const Group &g, const QByteArray &base, bool stats) const {
    const QByteArray self = base + "/api/v1/groups/" + g.id;
    w.beginObject();
    w.fieldAscii("id", g.id);
    w.fieldTime("created", g.created);
    w.fieldTime("lastUpdated", g.lastUpdated);
    w.fieldTime("lastMembershipUpdated", g.lastMembershipUpdated);
    w.key("objectClass");
    w.beginArray();
    w.ascii(g.type == "APP_GROUP" ? "okta:windows_security_principal" : "okta:user_group");
    w.endArray();
    w.fieldAscii("type", g.type);
    w.key("profile");
    w.value(g.profile);
    if (stats) {
        w.key("_embedded");
        w.beginObject();
        w.key("stats");
        w.beginObject();
        w.key("usersCount");
        w.number(qint64(g.members.size()));
        w.key("appsCount");
        w.number(qint64(0));
        w.key("groupPushMappingsCount");
        w.number(qint64(0));
        w.key("hasAdminPrivilege");
        w.boolean(false);
        w.endObject();
        w.endObject();
    }
    w.key("_links");
    w.beginObject();
    link(w, "self", self);
    link(w, "users", self + "/users");
    link(w, "apps", self + "/apps");
    w.endObject();
    w.endObject();
}

void OrgData::writeApp(JsonWriter &w, const App &a, const QByteArray &base) const {
    const QByteArray self = base + "/api/v1/apps/" + a.id;
    w.beginObject();
    w.fieldAscii("id", a.id);
    w.fieldAscii("name", a.name);
    w.field("label", a.label);
    w.fieldAscii("status", a.status);
    w.fieldTime("lastUpdated", a.lastUpdated);
    w.fieldTime("created", a.created);
    w.key("accessibility");
    w.beginObject();
    w.key("selfService");
    w.boolean(false);
    w.key("errorRedirectUrl");
    w.null();
    w.key("loginRedirectUrl");
    w.null();
    w.endObject();
    w.key("visibility");
    w.beginObject();
    w.key("autoSubmitToolbar");
    w.boolean(false);
    w.key("hide");
    w.beginObject();
    w.key("iOS");
    w.boolean(false);
    w.key("web");
    w.boolean(false);
    w.endObject();
    w.endObject();
    w.key("features");
    w.beginArray();
    w.endArray();
    w.fieldAscii("signOnMode", a.signOnMode);
    w.key("credentials");
    w.beginObject();
    w.key("userNameTemplate");
    w.beginObject();
    w.fieldAscii("template", "${source.login}");
    w.fieldAscii("type", "BUILT_IN");
    w.endObject();
    if (!a.clientId.isEmpty()) {
        w.key("oauthClient");
        w.beginObject();
        w.key("autoKeyRotation");
        w.boolean(true);
        w.fieldAscii("client_id", a.clientId);
        w.fieldAscii("token_endpoint_auth_method", "client_secret_basic");
        w.endObject();
    }
    w.endObject();
    w.key("settings");
    w.beginObject();
    w.key("app");
    w.beginObject();
    w.endObject();
    if (!a.clientId.isEmpty()) {
        w.key("oauthClient");
        w.beginObject();
        w.key("redirect_uris");
        w.beginArray();
        w.ascii(a.name == "okta_flow_sso" ? "https://oauth.workflows.okta.com/oauth/okta/cb"
                                          : "http://127.0.0.1:53682/callback");
        w.endArray();
        w.key("response_types");
        w.beginArray();
        w.ascii("code");
        w.endArray();
        w.key("grant_types");
        w.beginArray();
        w.ascii("authorization_code");
        w.ascii("refresh_token");
        w.endArray();
        w.fieldAscii("application_type", a.applicationType);
        w.fieldAscii("consent_method", "TRUSTED");
        w.fieldAscii("issuer_mode", "ORG_URL");
        w.endObject();
    }
    w.endObject();
    w.key("_links");
    w.beginObject();
    link(w, "self", self);
    link(w, "users", self + "/users");
    link(w, "groups", self + "/groups");
    if (!a.clientId.isEmpty())
        link(w, "grants", self + "/grants");
    if (a.status == "ACTIVE")
        linkWithMethod(w, "deactivate", self + "/lifecycle/deactivate", "POST");
    else
        linkWithMethod(w, "activate", self + "/lifecycle/activate", "POST");
    w.endObject();
    w.endObject();
}

void OrgData::writeGrant(JsonWriter &w, const App &a, const Grant &g, const QByteArray &base,
                         bool expand) const {
    const QByteArray appUrl = base + "/api/v1/apps/" + a.id;
    w.beginObject();
    w.fieldAscii("id", g.id);
    w.fieldAscii("status", "ACTIVE");
    w.fieldTime("created", g.created);
    w.key("createdBy");
    w.beginObject();
    w.fieldAscii("id", g.createdBy);
    w.fieldAscii("type", "User");
    w.endObject();
    w.fieldTime("lastUpdated", g.lastUpdated);
    w.field("issuer", g.issuer);
    w.fieldAscii("clientId", a.clientId.isEmpty() ? a.id : a.clientId);
    w.field("scopeId", g.scopeId);
    w.fieldAscii("source", g.source);
    if (expand) {
        w.key("_embedded");
        w.beginObject();
        w.key("scope");
        w.beginObject();
        w.field("id", g.scopeId);
        w.endObject();
        w.endObject();
    }
    w.key("_links");
    w.beginObject();
    link(w, "app", appUrl);
    w.key("self");
    w.beginObject();
    w.fieldAscii("href", QByteArray(appUrl + "/grants/" + g.id));
    w.key("hints");
    w.beginObject();
    w.key("allow");
    w.beginArray();
    w.ascii("GET");
    w.ascii("DELETE");
    w.endArray();
    w.endObject();
    w.endObject();
    link(w, "client", base + "/oauth2/v1/clients/" + (a.clientId.isEmpty() ? a.id : a.clientId));
    w.endObject();
    w.endObject();
}

void OrgData::writeRole(JsonWriter &w, const User &u, const Role &r, const QByteArray &base) const {
    w.beginObject();
    w.fieldAscii("id", r.id);
    w.key("label");
    w.utf8(roleLabel(r.type));
    w.fieldAscii("type", r.type);
    w.fieldAscii("status", "ACTIVE");
    w.fieldTime("created", r.created);
    w.fieldTime("lastUpdated", r.lastUpdated);
    w.fieldAscii("assignmentType", "USER");
    w.key("_links");
    w.beginObject();
    link(w, "assignee", base + "/api/v1/users/" + u.id);
    w.endObject();
    w.endObject();
}

void OrgData::writeAppUser(JsonWriter &w, const App &a, const AppUser &au, const QByteArray &base) const {
    const User &u = users[au.user];
    w.beginObject();
    w.fieldAscii("id", u.id);
    w.key("externalId");
    w.null();
    w.fieldTime("created", au.created);
    w.fieldTime("lastUpdated", au.created);
    w.fieldAscii("scope", au.scope);
    w.fieldAscii("status", "PROVISIONED");
    w.fieldTime("statusChanged", au.created);
    w.key("passwordChanged");
    w.null();
    w.fieldAscii("syncState", "DISABLED");
    w.key("credentials");
    w.beginObject();
    w.field("userName", u.login());
    w.endObject();
    w.key("profile");
    w.beginObject();
    w.endObject();
    w.key("_links");
    w.beginObject();
    link(w, "app", base + "/api/v1/apps/" + a.id);
    link(w, "user", base + "/api/v1/users/" + u.id);
    w.endObject();
    w.endObject();
}

} // namespace demo

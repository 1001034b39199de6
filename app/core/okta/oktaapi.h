#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

class QObject;

namespace okta {

class OktaClient;
class OktaJob;
class Pager;

struct UserQuery {
    QString search;  // recommended: any profile attribute, pages, includes DEPROVISIONED
    QString filter;  // status, lastUpdated, id, profile.login/email/firstName/lastName
    QString q;       // starts-with on names and email; does not page
    int limit = 200; // at most 200
    QString sortBy;  // with search only
    QString sortOrder;
    QUrlQuery toUrlQuery() const;
};

struct GroupQuery {
    QString search;
    QString filter;
    QString q;
    int limit = 200;
    bool expandStats = false;
    QUrlQuery toUrlQuery() const;
};

struct AppQuery {
    QString q;      // starts-with on name or label
    QString filter; // e.g. name eq "oidc_client"
    int limit = 200;
    QUrlQuery toUrlQuery() const;
};

// The typed calls the product needs, each valid against Okta's management and OAuth
// specs. Lists come back as Pagers of typed values (they follow `next` links), single
// objects as jobs. Path segments are percent-encoded here and nowhere else. (The System
// Log search lives with its query, in core/logs/logsearch.h.)
class OktaApi {
public:
    explicit OktaApi(OktaClient *client)
        : m_client(client) {}
    OktaClient *client() const { return m_client; }

    static QString encodeSegment(const QString &segment);

    // Discovery and identity
    OktaJob *openIdConfiguration(); // GET /.well-known/openid-configuration
    OktaJob *me();                  // GET /api/v1/users/me

    // Apps and their scope grants
    Pager *listApps(const AppQuery &query, QObject *parent);
    Pager *listGrants(const QString &appId, QObject *parent); // ?expand=scope
    OktaJob *grantScope(const QString &appId, const QString &issuer, const QString &scopeId);
    // Refuses (InvalidRequest, nothing sent) when scopeId is an auto-granted OIDC scope, or
    // when the scope or the grant id is empty.
    OktaJob *revokeGrant(const QString &appId, const QString &grantId, const QString &scopeId);
    OktaJob *assignUserToApp(const QString &appId, const QString &userId);
    OktaJob *removeUserFromApp(const QString &appId, const QString &userId);
    OktaJob *getApp(const QString &appId);
    // GET /api/v1/apps/{appId}/users/{userId}: 404 when the user is not assigned.
    OktaJob *getAppUser(const QString &appId, const QString &userId);

    // Users
    Pager *listUsers(const UserQuery &query, QObject *parent);
    OktaJob *getUser(const QString &idOrLogin);
    OktaJob *createUser(const QJsonObject &body, bool activate);
    OktaJob *deactivateUser(const QString &userId);
    OktaJob *deleteUser(const QString &userId);
    Pager *listUserGroups(const QString &userId, QObject *parent);
    OktaJob *listUserRoles(const QString &userId);
    OktaJob *assignUserRole(const QString &userId, const QString &roleType);
    OktaJob *removeUserRole(const QString &userId, const QString &roleAssignmentId);
    // GET /api/v1/iam/assignees/users: the users holding an admin role. The next page's URL
    // is in the body (_links.next.href), not in a Link header; follow it with getUrl().
    OktaJob *listRoleAssignees(int limit = 100);

    // Groups
    Pager *listGroups(const GroupQuery &query, QObject *parent);
    OktaJob *getGroup(const QString &groupId);
    // PUT /api/v1/groups/{id} with the complete profile (Okta replaces the profile).
    OktaJob *updateGroupProfile(const QString &groupId, const QJsonObject &profile);

    // Profile schemas (okta.schemas.read): the attributes users and groups carry, custom
    // ones included (oktaapischemas.cpp).
    OktaJob *getUserSchema();  // GET /api/v1/meta/schemas/user/default
    OktaJob *getGroupSchema(); // GET /api/v1/meta/schemas/group/default

private:
    QPointer<OktaClient> m_client;
};

} // namespace okta

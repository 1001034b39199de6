#include "oktaapi.h"

#include "core/okta/querybuilder.h"
#include "core/scopes/scopecatalog.h"
#include "oktaclient.h"
#include "oktajob.h"
#include "pager.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace okta {

namespace {

using Items = QList<QPair<QString, QString>>;

void addIf(Items &items, const char *key, const QString &value) {
    if (!value.isEmpty())
        items.append({QLatin1String(key), value});
}

} // namespace

QUrlQuery UserQuery::toUrlQuery() const {
    Items items;
    addIf(items, "search", search);
    addIf(items, "filter", filter);
    addIf(items, "q", q);
    if (limit > 0)
        items.append({QStringLiteral("limit"), QString::number(std::min(limit, 200))});
    if (!search.isEmpty()) {
        addIf(items, "sortBy", sortBy);
        addIf(items, "sortOrder", sortOrder);
    }
    return percentEncodedQuery(items);
}

QUrlQuery GroupQuery::toUrlQuery() const {
    Items items;
    addIf(items, "search", search);
    addIf(items, "filter", filter);
    addIf(items, "q", q);
    if (limit > 0)
        items.append({QStringLiteral("limit"), QString::number(limit)});
    if (expandStats)
        items.append({QStringLiteral("expand"), QStringLiteral("stats")});
    return percentEncodedQuery(items);
}

QUrlQuery AppQuery::toUrlQuery() const {
    Items items;
    addIf(items, "q", q);
    addIf(items, "filter", filter);
    if (limit > 0)
        items.append({QStringLiteral("limit"), QString::number(std::min(limit, 200))});
    return percentEncodedQuery(items);
}

QString OktaApi::encodeSegment(const QString &segment) {
    // Everything but unreserved characters, so ids or logins with '/', '?' or '#' stay
    // one segment.
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

OktaJob *OktaApi::openIdConfiguration() {
    return m_client->getAnonymous(QStringLiteral("/.well-known/openid-configuration"));
}

OktaJob *OktaApi::me() {
    return m_client->get(QStringLiteral("/api/v1/users/me"));
}

Pager *OktaApi::listApps(const AppQuery &query, QObject *parent) {
    return new Pager(m_client, m_client->url(QStringLiteral("/api/v1/apps"), query.toUrlQuery()),
                     &Page::parse<App>, parent);
}

Pager *OktaApi::listGrants(const QString &appId, QObject *parent) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("expand"), QStringLiteral("scope"));
    return new Pager(
        m_client,
        m_client->url(QStringLiteral("/api/v1/apps/") + encodeSegment(appId) + QStringLiteral("/grants"), q),
        &Page::parse<ScopeGrant>, parent);
}

OktaJob *OktaApi::grantScope(const QString &appId, const QString &issuer, const QString &scopeId) {
    QJsonObject body;
    body.insert(QStringLiteral("issuer"), issuer);
    body.insert(QStringLiteral("scopeId"), scopeId);
    return m_client->post(QStringLiteral("/api/v1/apps/") + encodeSegment(appId) + QStringLiteral("/grants"),
                          QJsonDocument(body));
}

OktaJob *OktaApi::revokeGrant(const QString &appId, const QString &grantId, const QString &scopeId) {
    const QString path = QStringLiteral("/api/v1/apps/") + encodeSegment(appId) + QStringLiteral("/grants/") +
                         encodeSegment(grantId);
    QString refusal;
    if (scopeId.trimmed().isEmpty() || grantId.trimmed().isEmpty())
        refusal =
            QCoreApplication::translate("okta::OktaApi", "The grant to revoke names no scope or no grant.");
    else if (ScopeCatalog::isAutoGranted(scopeId))
        refusal = QCoreApplication::translate(
                      "okta::OktaApi", "%1 is granted automatically and cannot be revoked: connections "
                                       "that depend on the app would stop working.")
                      .arg(scopeId);
    if (!refusal.isEmpty())
        return m_client->invalidJob(OktaJob::Method::Delete, m_client->url(path), refusal);
    return m_client->deleteResource(path);
}

OktaJob *OktaApi::assignUserToApp(const QString &appId, const QString &userId) {
    QJsonObject body;
    body.insert(QStringLiteral("id"), userId);
    body.insert(QStringLiteral("scope"), QStringLiteral("USER"));
    return m_client->post(QStringLiteral("/api/v1/apps/") + encodeSegment(appId) + QStringLiteral("/users"),
                          QJsonDocument(body));
}

OktaJob *OktaApi::removeUserFromApp(const QString &appId, const QString &userId) {
    return m_client->deleteResource(QStringLiteral("/api/v1/apps/") + encodeSegment(appId) +
                                    QStringLiteral("/users/") + encodeSegment(userId));
}

OktaJob *OktaApi::getApp(const QString &appId) {
    return m_client->get(QStringLiteral("/api/v1/apps/") + encodeSegment(appId));
}

OktaJob *OktaApi::getAppUser(const QString &appId, const QString &userId) {
    return m_client->get(QStringLiteral("/api/v1/apps/") + encodeSegment(appId) + QStringLiteral("/users/") +
                         encodeSegment(userId));
}

Pager *OktaApi::listUsers(const UserQuery &query, QObject *parent) {
    return new Pager(m_client, m_client->url(QStringLiteral("/api/v1/users"), query.toUrlQuery()),
                     &Page::parse<User>, parent);
}

OktaJob *OktaApi::getUser(const QString &idOrLogin) {
    return m_client->get(QStringLiteral("/api/v1/users/") + encodeSegment(idOrLogin));
}

OktaJob *OktaApi::createUser(const QJsonObject &body, bool activate) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("activate"), activate ? QStringLiteral("true") : QStringLiteral("false"));
    return m_client->post(QStringLiteral("/api/v1/users"), QJsonDocument(body), q);
}

OktaJob *OktaApi::deactivateUser(const QString &userId) {
    return m_client->postEmpty(QStringLiteral("/api/v1/users/") + encodeSegment(userId) +
                               QStringLiteral("/lifecycle/deactivate"));
}

OktaJob *OktaApi::deleteUser(const QString &userId) {
    return m_client->deleteResource(QStringLiteral("/api/v1/users/") + encodeSegment(userId));
}

Pager *OktaApi::listUserGroups(const QString &userId, QObject *parent) {
    // Not paginated per the spec; the pager still follows a next link should one appear.
    return new Pager(
        m_client,
        m_client->url(QStringLiteral("/api/v1/users/") + encodeSegment(userId) + QStringLiteral("/groups")),
        &Page::parse<Group>, parent);
}

OktaJob *OktaApi::listUserRoles(const QString &userId) {
    return m_client->get(QStringLiteral("/api/v1/users/") + encodeSegment(userId) + QStringLiteral("/roles"));
}

OktaJob *OktaApi::assignUserRole(const QString &userId, const QString &roleType) {
    QJsonObject body;
    body.insert(QStringLiteral("type"), roleType);
    return m_client->post(QStringLiteral("/api/v1/users/") + encodeSegment(userId) + QStringLiteral("/roles"),
                          QJsonDocument(body));
}

OktaJob *OktaApi::removeUserRole(const QString &userId, const QString &roleAssignmentId) {
    return m_client->deleteResource(QStringLiteral("/api/v1/users/") + encodeSegment(userId) +
                                    QStringLiteral("/roles/") + encodeSegment(roleAssignmentId));
}

OktaJob *OktaApi::listRoleAssignees(int limit) {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return m_client->get(QStringLiteral("/api/v1/iam/assignees/users"), q);
}

Pager *OktaApi::listGroups(const GroupQuery &query, QObject *parent) {
    return new Pager(m_client, m_client->url(QStringLiteral("/api/v1/groups"), query.toUrlQuery()),
                     &Page::parse<Group>, parent);
}

OktaJob *OktaApi::getGroup(const QString &groupId) {
    return m_client->get(QStringLiteral("/api/v1/groups/") + encodeSegment(groupId));
}

OktaJob *OktaApi::updateGroupProfile(const QString &groupId, const QJsonObject &profile) {
    QJsonObject body;
    body.insert(QStringLiteral("profile"), profile);
    return m_client->put(QStringLiteral("/api/v1/groups/") + encodeSegment(groupId), QJsonDocument(body));
}

} // namespace okta

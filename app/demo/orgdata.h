#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace demo {

class JsonWriter;
struct DemoOptions;

struct Role {
    QByteArray id;
    QByteArray type;
    qint64 created = 0;
    qint64 lastUpdated = 0;
};

struct User {
    QByteArray id;
    QByteArray status;
    qint64 created = 0, activated = 0, statusChanged = 0, lastLogin = 0, lastUpdated = 0, passwordChanged = 0;
    QJsonObject profile;
    QList<int> groups; // indexes into OrgData::groups, ascending
    QList<Role> roles;
    int city = 0; // names::cities index, used by the log generator
    bool deleted = false;

    QString login() const { return profile.value(QLatin1String("login")).toString(); }
};

struct Group {
    QByteArray id;
    QByteArray type; // OKTA_GROUP, APP_GROUP, BUILT_IN
    qint64 created = 0, lastUpdated = 0, lastMembershipUpdated = 0;
    QJsonObject profile;
    QList<int> members; // indexes into OrgData::users, ascending
};

struct Grant {
    QByteArray id;
    QString scopeId;
    QString issuer;
    QByteArray source;    // ADMIN or END_USER
    QByteArray createdBy; // user id
    qint64 created = 0, lastUpdated = 0;
};

struct AppUser {
    int user = 0;
    QByteArray scope; // USER or GROUP
    qint64 created = 0;
};

struct App {
    QByteArray id;
    QByteArray name;
    QString label;
    QByteArray status;
    QByteArray signOnMode;
    QByteArray clientId;        // OIDC apps only
    QByteArray applicationType; // native, web, service
    qint64 created = 0, lastUpdated = 0;
    QList<Grant> grants;
    QList<AppUser> users;
};

// The directory half of the demo org: users, groups, apps, grants and roles. Generated
// once from the seed; afterwards touched only by the server thread.
class OrgData {
public:
    OrgData(const DemoOptions &options, qint64 nowMs);

    QList<User> users;
    QList<Group> groups;
    QList<App> apps;
    int adminIndex = 0;
    QString domain;        // demo.oktadesk.test
    QByteArray apiTokenId; // the id (00T…) of the API token DemoOrg hands out

    int findUser(const QString &idOrLogin) const; // id, login or login short name
    int findGroup(QStringView id) const { return m_groupById.value(id.toUtf8(), -1); }
    int findApp(QStringView id) const { return m_appById.value(id.toUtf8(), -1); }
    int loginOwner(const QString &login) const { return m_userByLogin.value(login.toLower(), -1); }

    int addUser(User user);
    void deleteUser(int index);
    QByteArray newId(const char *prefix);

    static const QStringList &okScopeCatalogue();     // every scope a grant may name
    static QByteArray roleLabel(QByteArrayView type); // empty for unknown types

    // JSON for one object, shaped like Okta's; `base` is the org URL for _links.
    void writeUser(JsonWriter &w, const User &u, const QByteArray &base) const;
    void writeGroup(JsonWriter &w, const Group &g, const QByteArray &base, bool stats) const;
    void writeApp(JsonWriter &w, const App &a, const QByteArray &base) const;
    void writeGrant(JsonWriter &w, const App &a, const Grant &g, const QByteArray &base, bool expand) const;
    void writeRole(JsonWriter &w, const User &u, const Role &r, const QByteArray &base) const;
    void writeAppUser(JsonWriter &w, const App &a, const AppUser &au, const QByteArray &base) const;

private:
    void generateUsers(const DemoOptions &options, qint64 nowMs);
    void generateGroups(const DemoOptions &options, qint64 nowMs);
    void generateApps(const DemoOptions &options, qint64 nowMs);
    void indexUser(int index);

    QHash<QByteArray, int> m_userById;
    QHash<QString, int> m_userByLogin;     // lower-cased login
    QHash<QString, int> m_userByShortName; // lower-cased part before '@'
    QHash<QByteArray, int> m_groupById;
    QHash<QByteArray, int> m_appById;
    quint64 m_seed = 0;
    quint64 m_idCounter = 0;
};

} // namespace demo

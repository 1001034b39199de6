#include "jsonwriter.h"
#include "orgdata.h"
#include "router.h"
#include "scimevaluate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

HttpResponse notFound(const QString &what, const char *type) {
    return oktaError(404, "E0000007",
                     u"Not found: Resource not found: "_s + what + u" ("_s + QLatin1String(type) + u')');
}

bool onlyEqualities(const okta::scim::Node &node) {
    using okta::scim::Node;
    if (node.kind == Node::Kind::Compare)
        return node.op == okta::scim::Op::Eq &&
               (node.attribute == u"name"_s || node.attribute == u"status"_s || node.attribute == u"id"_s);
    if (node.kind == Node::Kind::Not)
        return false;
    return onlyEqualities(*node.left) && onlyEqualities(*node.right);
}

} // namespace

HttpResponse Router::apps(const HttpRequest &r, const Principal &p) {
    const QStringList &s = r.segments;
    if (s.size() == 3) {
        if (r.method != "GET")
            return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
        if (auto denied = require(p, "okta.apps.read"))
            return *denied;
        HttpResponse error;
        auto limit = intParam(r, u"limit"_s, 200, error);
        if (!limit)
            return error;
        *limit = std::clamp(*limit, 1, 200);
        okta::scim::NodePtr filter;
        if (r.hasParam(u"filter"_s)) {
            const auto parsed = okta::scim::parse(r.param(u"filter"_s));
            if (!parsed.ok() || !onlyEqualities(*parsed.root))
                return oktaError(400, "E0000031", u"Invalid search criteria."_s,
                                 {u"Only eq on id, name and status is supported in filter."_s});
            filter = parsed.root;
        }
        const QString q = r.param(u"q"_s);
        QList<int> order;
        for (int i = 0; i < m_org->apps.size(); ++i) {
            const App &a = m_org->apps[i];
            if (!q.isEmpty() && !a.label.startsWith(q, Qt::CaseInsensitive) &&
                !QString::fromUtf8(a.name).startsWith(q, Qt::CaseInsensitive))
                continue;
            if (filter) {
                const FilterResolver resolve = [&a](QStringView path, FilterValues &out) {
                    if (path == u"name"_s)
                        out.append(QString::fromUtf8(a.name));
                    else if (path == u"status"_s)
                        out.append(QString::fromUtf8(a.status));
                    else if (path == u"id"_s)
                        out.append(QString::fromUtf8(a.id));
                };
                if (!evaluateFilter(*filter, resolve, ValueCase::Sensitive))
                    continue;
            }
            order.append(i);
        }
        const qsizetype start = pageStart(
            r, order, [this](const QString &id) { return m_org->findApp(id); }, error);
        if (start < 0)
            return error;
        const qsizetype end = std::min(order.size(), start + *limit);
        QByteArray body;
        JsonWriter w(body);
        w.beginArray();
        for (qsizetype i = start; i < end; ++i)
            m_org->writeApp(w, m_org->apps[order[i]], m_base);
        w.endArray();
        HttpResponse response = jsonResponse(200, body);
        addLinks(response, r,
                 end < order.size() ? QString::fromUtf8(m_org->apps[order[end - 1]].id) : QString());
        return response;
    }
    const int index = m_org->findApp(s[3]);
    if (index < 0)
        return notFound(s[3], "AppInstance");
    if (s.size() == 4 && r.method == "GET") {
        if (auto denied = require(p, "okta.apps.read"))
            return *denied;
        QByteArray body;
        JsonWriter w(body);
        m_org->writeApp(w, m_org->apps[index], m_base);
        return jsonResponse(200, body);
    }
    if (s.size() >= 5 && s[4] == u"grants"_s)
        return grants(r, p, index);
    if (s.size() >= 5 && s[4] == u"users"_s)
        return appUsers(r, p, index);
    return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
}

HttpResponse Router::grants(const HttpRequest &r, const Principal &p, int index) {
    App &app = m_org->apps[index];
    const QStringList &s = r.segments;
    const bool expand = r.param(u"expand"_s) == u"scope"_s;
    if (s.size() == 5 && r.method == "GET") {
        if (auto denied = require(p, "okta.appGrants.read"))
            return *denied;
        QByteArray body;
        JsonWriter w(body);
        w.beginArray();
        for (const Grant &g : std::as_const(app.grants))
            m_org->writeGrant(w, app, g, m_base, expand);
        w.endArray();
        return jsonResponse(200, body);
    }
    if (s.size() == 5 && r.method == "POST") {
        if (auto denied = require(p, "okta.appGrants.manage"))
            return *denied;
        if (auto denied = requireSuperAdmin(p))
            return *denied;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QString issuer = body.value(u"issuer"_s).toString();
        const QString scopeId = body.value(u"scopeId"_s).toString();
        if (issuer.endsWith(u'/'))
            issuer.chop(1);
        if (issuer != QString::fromUtf8(m_base))
            return invalidField(u"issuer"_s, u"The issuer must be the org authorization server: "_s +
                                                 QString::fromUtf8(m_base));
        if (!OrgData::okScopeCatalogue().contains(scopeId))
            return invalidField(u"scopeId"_s, u"The scope "_s + scopeId + u" does not exist."_s);
        for (const Grant &g : std::as_const(app.grants))
            if (g.scopeId == scopeId)
                return invalidField(u"scopeId"_s,
                                    u"The scope "_s + scopeId + u" is already granted to this app."_s);
        Grant g;
        g.id = m_org->newId("oag");
        g.scopeId = scopeId;
        g.issuer = issuer;
        g.source = "ADMIN";
        g.createdBy = m_org->users[p.user].id;
        g.created = g.lastUpdated = QDateTime::currentMSecsSinceEpoch();
        app.grants.append(g);
        app.lastUpdated = g.created;
        QByteArray out;
        JsonWriter w(out);
        m_org->writeGrant(w, app, g, m_base, expand);
        record("app.oauth2.as.consent.grant", "Grant consent to scope", {appRef(index)});
        return jsonResponse(201, out);
    }
    if (s.size() == 6 && (r.method == "GET" || r.method == "DELETE")) {
        const bool get = r.method == "GET";
        if (auto denied = require(p, get ? "okta.appGrants.read" : "okta.appGrants.manage"))
            return *denied;
        if (!get) {
            if (auto denied = requireSuperAdmin(p))
                return *denied;
        }
        for (qsizetype i = 0; i < app.grants.size(); ++i) {
            if (QString::fromLatin1(app.grants[i].id) != s[5])
                continue;
            if (!get) {
                app.grants.removeAt(i);
                record("app.oauth2.as.consent.revoke", "Revoke consent to scope", {appRef(index)});
                return jsonResponse(204, {});
            }
            QByteArray out;
            JsonWriter w(out);
            m_org->writeGrant(w, app, app.grants[i], m_base, expand);
            return jsonResponse(200, out);
        }
        return notFound(s[5], "OAuth2ScopeConsentGrant");
    }
    return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
}

HttpResponse Router::appUsers(const HttpRequest &r, const Principal &p, int index) {
    App &app = m_org->apps[index];
    const QStringList &s = r.segments;
    if (s.size() == 5 && r.method == "GET") {
        if (auto denied = require(p, "okta.apps.read"))
            return *denied;
        HttpResponse error;
        auto limit = intParam(r, u"limit"_s, 50, error);
        if (!limit)
            return error;
        *limit = std::clamp(*limit, 1, 500);
        const QString q = r.param(u"q"_s);
        QList<qsizetype> order;
        for (qsizetype i = 0; i < app.users.size(); ++i) {
            const User &u = m_org->users[app.users[i].user];
            bool keep = q.isEmpty();
            for (const char *field : {"login", "firstName", "lastName", "email"})
                keep = keep ||
                       u.profile.value(QLatin1String(field)).toString().startsWith(q, Qt::CaseInsensitive);
            if (keep)
                order.append(i);
        }
        const auto rowOf = [&](const QString &after) {
            const int user = m_org->findUser(after);
            for (qsizetype k = 0; k < order.size(); ++k)
                if (app.users[order[k]].user == user)
                    return k;
            return qsizetype(-1);
        };
        const qsizetype start = pageStart(r, rowOf, error);
        if (start < 0)
            return error;
        const qsizetype end = std::min(order.size(), start + *limit);
        QByteArray body;
        JsonWriter w(body);
        w.beginArray();
        for (qsizetype k = start; k < end; ++k)
            m_org->writeAppUser(w, app, app.users[order[k]], m_base);
        w.endArray();
        HttpResponse response = jsonResponse(200, body);
        addLinks(response, r,
                 end < order.size() ? QString::fromLatin1(m_org->users[app.users[order[end - 1]].user].id)
                                    : QString());
        return response;
    }
    if (s.size() == 5 && r.method == "POST") {
        if (auto denied = require(p, "okta.apps.manage"))
            return *denied;
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QString id = body.value(u"id"_s).toString();
        if (id.isEmpty())
            return invalidField(u"id"_s, u"The field cannot be left blank"_s);
        const int user = m_org->findUser(id);
        if (user < 0)
            return notFound(id, "User");
        qsizetype at = -1;
        for (qsizetype k = 0; k < app.users.size() && at < 0; ++k)
            if (app.users[k].user == user)
                at = k;
        if (at < 0) {
            const QString scope = body.value(u"scope"_s).toString(u"USER"_s);
            app.users.append({user, scope.toUtf8(), QDateTime::currentMSecsSinceEpoch()});
            at = app.users.size() - 1;
            record("application.user_membership.add", "Add user to application membership",
                   {userRef(user), appRef(index)}, "application.user_membership.add");
        }
        QByteArray out;
        JsonWriter w(out);
        m_org->writeAppUser(w, app, app.users[at], m_base);
        return jsonResponse(200, out);
    }
    if (s.size() == 6 && (r.method == "GET" || r.method == "DELETE")) {
        const bool get = r.method == "GET";
        if (auto denied = require(p, get ? "okta.apps.read" : "okta.apps.manage"))
            return *denied;
        const int user = m_org->findUser(s[5]);
        for (qsizetype k = 0; k < app.users.size(); ++k) {
            if (app.users[k].user != user)
                continue;
            if (!get) {
                app.users.removeAt(k);
                record("application.user_membership.remove", "Remove user from application membership",
                       {userRef(user), appRef(index)}, "application.user_membership.remove");
                return jsonResponse(204, {});
            }
            QByteArray out;
            JsonWriter w(out);
            m_org->writeAppUser(w, app, app.users[k], m_base);
            return jsonResponse(200, out);
        }
        return notFound(s[5], "AppUser");
    }
    return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
}

} // namespace demo

#include "directoryfilter.h"
#include "jsonwriter.h"
#include "orgdata.h"
#include "router.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

QJsonValue timeValue(qint64 ms) {
    if (ms <= 0)
        return QJsonValue();
    char buf[24];
    JsonWriter::formatTimestamp(buf, ms);
    return QString::fromLatin1(buf, 24);
}

void resolveUser(const User &u, QStringView path, FilterValues &out) {
    if (path.startsWith(u"profile."_s)) {
        const QJsonValue v = u.profile.value(path.mid(8));
        if (v.isArray()) {
            const QJsonArray items = v.toArray();
            for (const QJsonValue &item : items)
                out.append(item);
        } else if (!v.isUndefined() && !v.isNull()) {
            out.append(v);
        }
        return;
    }
    QJsonValue v;
    if (path == u"id"_s)
        v = QString::fromLatin1(u.id);
    else if (path == u"status"_s)
        v = QString::fromLatin1(u.status);
    else if (path == u"created"_s)
        v = timeValue(u.created);
    else if (path == u"activated"_s)
        v = timeValue(u.activated);
    else if (path == u"statusChanged"_s)
        v = timeValue(u.statusChanged);
    else if (path == u"lastUpdated"_s)
        v = timeValue(u.lastUpdated);
    else if (path == u"lastLogin"_s)
        v = timeValue(u.lastLogin);
    else if (path == u"passwordChanged"_s)
        v = timeValue(u.passwordChanged);
    else if (path == u"type.id"_s)
        v = u"oty1demousertype0001"_s;
    if (!v.isUndefined() && !v.isNull())
        out.append(v);
}

HttpResponse notFound(const QString &what) {
    return oktaError(404, "E0000007", u"Not found: Resource not found: "_s + what + u" (User)"_s);
}

} // namespace

HttpResponse Router::users(const HttpRequest &r, const Principal &p) {
    const QStringList &s = r.segments;
    const QByteArray &m = r.method;
    if (s.size() == 3) {
        if (m == "GET") {
            if (auto denied = require(p, "okta.users.read"))
                return *denied;
            return listUsers(r);
        }
        if (m == "POST") {
            if (auto denied = require(p, "okta.users.manage"))
                return *denied;
            return createUser(r);
        }
        return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
    }
    const int index = s[3] == u"me"_s ? p.user : m_org->findUser(s[3]);
    if (index < 0)
        return notFound(s[3]);
    User &user = m_org->users[index];
    if (s.size() == 4) {
        if (m == "GET") {
            if (auto denied = require(p, "okta.users.read"))
                return *denied;
            QByteArray body;
            JsonWriter w(body);
            m_org->writeUser(w, user, m_base);
            return jsonResponse(200, body);
        }
        if (m == "DELETE") {
            if (auto denied = require(p, "okta.users.manage"))
                return *denied;
            // Okta semantics: the first DELETE deprovisions, the second removes the user.
            if (user.status != "DEPROVISIONED") {
                user.status = "DEPROVISIONED";
                user.statusChanged = user.lastUpdated = QDateTime::currentMSecsSinceEpoch();
                record("user.lifecycle.deactivate", "Deactivate Okta user", {userRef(index)},
                       "core.user.config.user_deactivated");
            } else {
                record("user.lifecycle.delete.initiated", "Delete Okta user", {userRef(index)});
                m_org->deleteUser(index);
            }
            return jsonResponse(204, {});
        }
        return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
    }
    if (s.size() == 6 && s[4] == u"lifecycle"_s && s[5] == u"deactivate"_s && m == "POST") {
        if (auto denied = require(p, "okta.users.manage"))
            return *denied;
        if (user.status != "DEPROVISIONED") {
            user.status = "DEPROVISIONED";
            user.statusChanged = user.lastUpdated = QDateTime::currentMSecsSinceEpoch();
            record("user.lifecycle.deactivate", "Deactivate Okta user", {userRef(index)},
                   "core.user.config.user_deactivated");
        }
        return jsonResponse(200, "{}");
    }
    if (s.size() == 5 && s[4] == u"groups"_s && m == "GET") {
        if (auto denied = require(p, "okta.users.read"))
            return *denied;
        QByteArray body;
        JsonWriter w(body);
        w.beginArray();
        for (int g : std::as_const(user.groups))
            m_org->writeGroup(w, m_org->groups[g], m_base, false);
        w.endArray();
        HttpResponse response = jsonResponse(200, body);
        addLinks(response, r, QString());
        return response;
    }
    if (s.size() >= 5 && s[4] == u"roles"_s)
        return userRoles(r, p, index);
    return oktaError(404, "E0000007", u"Not found: Resource not found: "_s + r.path);
}

HttpResponse Router::listUsers(const HttpRequest &r) {
    HttpResponse error;
    const bool hasQ = r.hasParam(u"q"_s);
    auto limit = intParam(r, u"limit"_s, hasQ ? 10 : 200, error);
    if (!limit)
        return error;
    *limit = std::clamp(*limit, 1, 200);

    okta::scim::NodePtr expression;
    const bool hasSearch = r.hasParam(u"search"_s);
    // listUsers `search`: "Property names in the search parameter are case sensitive, whereas
    // operators (eq, sw, and so on) and string values are case insensitive." `filter`:
    // "Filtering is case-sensitive for property names and query values".
    const ValueCase valueCase = hasSearch ? ValueCase::Insensitive : ValueCase::Sensitive;
    if (hasSearch || r.hasParam(u"filter"_s)) {
        const QString text = r.param(hasSearch ? u"search"_s : u"filter"_s);
        const auto parsed = okta::scim::parse(text);
        if (!parsed.ok()) {
            const auto e = parsed.error.value_or(okta::scim::ParseError{});
            return oktaError(400, "E0000031", u"Invalid search criteria."_s,
                             {e.message + u" at position "_s + QString::number(e.position)});
        }
        DirectoryFilterRules rules;
        if (hasSearch) {
            rules.attributes = {u"id"_s,        u"status"_s,          u"created"_s,
                                u"activated"_s, u"statusChanged"_s,   u"lastUpdated"_s,
                                u"lastLogin"_s, u"passwordChanged"_s, u"type.id"_s};
            rules.allowProfile = true;
            rules.allowPresent = true;
            rules.containsAttributes = {u"profile.firstName"_s, u"profile.lastName"_s, u"profile.email"_s,
                                        u"profile.login"_s};
            // "The ne (not equal) operator isn't supported, but you can obtain the same result
            // by using lt ... or ... gt", e.g. (status lt "STAGED" or status gt "STAGED").
            rules.rangeOnAnyAttribute = true;
        } else {
            rules.attributes = {u"status"_s,          u"lastUpdated"_s,   u"id"_s,
                                u"profile.login"_s,   u"profile.email"_s, u"profile.firstName"_s,
                                u"profile.lastName"_s};
            rules.allowStartsWith = false;
            rules.rangeAttributes = {u"lastUpdated"_s};
        }
        if (auto problem = checkDirectoryFilter(*parsed.root, rules))
            return oktaError(400, "E0000031", u"Invalid search criteria."_s, {*problem});
        expression = parsed.root;
    }
    const QString q = r.param(u"q"_s);
    auto matches = [&](const User &u) {
        if (u.deleted)
            return false;
        if (expression) {
            const FilterResolver resolve = [&u](QStringView path, FilterValues &out) {
                resolveUser(u, path, out);
            };
            return evaluateFilter(*expression, resolve, valueCase);
        }
        if (u.status == "DEPROVISIONED")
            return false; // plain lists and q leave deprovisioned users out
        if (hasQ) {
            for (const char *field : {"firstName", "lastName", "email"})
                if (u.profile.value(QLatin1String(field)).toString().startsWith(q, Qt::CaseInsensitive))
                    return true;
            return false;
        }
        return true;
    };

    QList<int> order;
    for (int i = 0; i < m_org->users.size(); ++i)
        if (matches(m_org->users[i]))
            order.append(i);
    const QString sortBy = r.param(u"sortBy"_s);
    if (hasSearch && !sortBy.isEmpty()) {
        const bool desc = r.param(u"sortOrder"_s).compare(u"desc"_s, Qt::CaseInsensitive) == 0;
        auto key = [&](int i) {
            FilterValues v;
            resolveUser(m_org->users[i], sortBy, v);
            return v.isEmpty() ? QString() : v.first().toVariant().toString();
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int c = key(a).compare(key(b), Qt::CaseInsensitive);
            if (c != 0)
                return desc ? c > 0 : c < 0;
            return m_org->users[a].id < m_org->users[b].id; // ties go by id
        });
    }
    const auto find = [this](const QString &id) {
        return m_org->findUser(id);
    };
    // A q search has no cursor: its one page ignores `after`.
    const qsizetype start = hasQ ? 0 : pageStart(r, order, find, error);
    if (start < 0)
        return error;
    const qsizetype end = std::min(order.size(), start + *limit);
    QByteArray body;
    body.reserve((end - start) * 1200 + 16);
    JsonWriter w(body);
    w.beginArray();
    for (qsizetype i = start; i < end; ++i)
        m_org->writeUser(w, m_org->users[order[i]], m_base);
    w.endArray();
    HttpResponse response = jsonResponse(200, body);
    const bool more = !hasQ && end < order.size() && end > start;
    addLinks(response, r, more ? QString::fromLatin1(m_org->users[order[end - 1]].id) : QString());
    return response;
}

} // namespace demo

#include "directoryfilter.h"
#include "jsonwriter.h"
#include "orgdata.h"
#include "orgschemas.h"
#include "router.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

QJsonValue timeValue(qint64 ms) {
    char buf[24];
    JsonWriter::formatTimestamp(buf, ms);
    return QString::fromLatin1(buf, 24);
}

void resolveGroup(const Group &g, QStringView path, FilterValues &out) {
    if (path.startsWith(u"profile."_s)) {
        const QJsonValue v = g.profile.value(path.mid(8));
        if (!v.isUndefined() && !v.isNull())
            out.append(v);
    } else if (path == u"id"_s) {
        out.append(QString::fromLatin1(g.id));
    } else if (path == u"type"_s) {
        out.append(QString::fromLatin1(g.type));
    } else if (path == u"created"_s) {
        out.append(timeValue(g.created));
    } else if (path == u"lastUpdated"_s) {
        out.append(timeValue(g.lastUpdated));
    } else if (path == u"lastMembershipUpdated"_s) {
        out.append(timeValue(g.lastMembershipUpdated));
    }
}

} // namespace

HttpResponse Router::groups(const HttpRequest &r, const Principal &p) {
    const QStringList &s = r.segments;
    if (s.size() == 3) {
        if (r.method != "GET")
            return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
        if (auto denied = require(p, "okta.groups.read"))
            return *denied;
        return listGroups(r);
    }
    const int index = m_org->findGroup(s[3]);
    if (index < 0)
        return oktaError(404, "E0000007", u"Not found: Resource not found: "_s + s[3] + u" (UserGroup)"_s);
    Group &group = m_org->groups[index];
    if (s.size() == 4 && r.method == "GET") {
        if (auto denied = require(p, "okta.groups.read"))
            return *denied;
        QByteArray body;
        JsonWriter w(body);
        m_org->writeGroup(w, group, m_base, r.param(u"expand"_s) == u"stats"_s);
        return jsonResponse(200, body);
    }
    if (s.size() == 4 && r.method == "PUT") {
        if (auto denied = require(p, "okta.groups.manage"))
            return *denied;
        if (group.type == "BUILT_IN")
            return oktaError(403, "E0000006",
                             u"You do not have permission to perform the requested action"_s);
        if (group.type != "OKTA_GROUP")
            return oktaError(400, "E0000001", u"Api validation failed: profile"_s,
                             {u"profile: Only groups of type OKTA_GROUP can be modified."_s});
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonObject profile = doc.object().value(u"profile"_s).toObject();
        if (profile.value(u"name"_s).toString().trimmed().isEmpty())
            return oktaError(400, "E0000001", u"Api validation failed: name"_s,
                             {u"name: The field cannot be left blank"_s});
        if (const auto problem = checkGroupProfile(profile))
            return oktaError(400, "E0000001", u"Api validation failed: profile"_s, {*problem});
        group.profile = profile;
        group.lastUpdated = QDateTime::currentMSecsSinceEpoch();
        record("group.profile.update", "Update group profile", {groupRef(index)});
        QByteArray body;
        JsonWriter w(body);
        m_org->writeGroup(w, group, m_base, false);
        return jsonResponse(200, body);
    }
    if (s.size() == 5 && s[4] == u"users"_s && r.method == "GET") {
        if (auto denied = require(p, "okta.groups.read"))
            return *denied;
        HttpResponse error;
        auto limit = intParam(r, u"limit"_s, 1000, error);
        if (!limit)
            return error;
        *limit = std::clamp(*limit, 1, 10000);
        // Members are kept sorted: the cursor's row by binary search.
        const auto rowOf = [&](const QString &after) {
            const int user = m_org->findUser(after);
            const auto it = std::lower_bound(group.members.cbegin(), group.members.cend(), user);
            return user < 0 || it == group.members.cend() || *it != user
                       ? qsizetype(-1)
                       : qsizetype(it - group.members.cbegin());
        };
        const qsizetype start = pageStart(r, rowOf, error);
        if (start < 0)
            return error;
        const qsizetype end = std::min(group.members.size(), start + *limit);
        QByteArray body;
        body.reserve((end - start) * 1200 + 16);
        JsonWriter w(body);
        w.beginArray();
        for (qsizetype i = start; i < end; ++i)
            m_org->writeUser(w, m_org->users[group.members[i]], m_base);
        w.endArray();
        HttpResponse response = jsonResponse(200, body);
        const bool more = end < group.members.size();
        addLinks(response, r,
                 more ? QString::fromLatin1(m_org->users[group.members[end - 1]].id) : QString());
        return response;
    }
    return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
}

HttpResponse Router::listGroups(const HttpRequest &r) {
    HttpResponse error;
    const bool hasQ = r.hasParam(u"q"_s);
    auto limit = intParam(r, u"limit"_s, hasQ ? 300 : 200, error);
    if (!limit)
        return error;
    *limit = std::clamp(*limit, 1, 10000);
    okta::scim::NodePtr expression;
    const bool hasSearch = r.hasParam(u"search"_s);
    // listGroups refers both parameters to Okta's Filter rules and states no case rule of its
    // own: `filter` compares values exactly, as listUsers' filter ("case-sensitive for property
    // names and query values"); `search` runs on the same search service as listUsers' search,
    // whose "string values are case insensitive".
    const ValueCase valueCase = hasSearch ? ValueCase::Insensitive : ValueCase::Sensitive;
    if (hasSearch || r.hasParam(u"filter"_s)) {
        const auto parsed = okta::scim::parse(r.param(hasSearch ? u"search"_s : u"filter"_s));
        if (!parsed.ok()) {
            const auto e = parsed.error.value_or(okta::scim::ParseError{});
            return oktaError(400, "E0000031", u"Invalid search criteria."_s,
                             {e.message + u" at position "_s + QString::number(e.position)});
        }
        DirectoryFilterRules rules;
        rules.rangeAttributes = {u"created"_s, u"lastUpdated"_s, u"lastMembershipUpdated"_s};
        if (hasSearch) {
            rules.attributes = {
                u"id"_s,       u"type"_s, u"created"_s, u"lastUpdated"_s, u"lastMembershipUpdated"_s,
                u"source.id"_s};
            rules.allowProfile = true;
            rules.containsAttributes = {u"profile.name"_s, u"profile.description"_s};
        } else {
            rules.attributes = {u"id"_s, u"type"_s, u"lastUpdated"_s, u"lastMembershipUpdated"_s};
            rules.allowStartsWith = false;
            rules.rangeAttributes.remove(u"created"_s);
        }
        if (auto problem = checkDirectoryFilter(*parsed.root, rules))
            return oktaError(400, "E0000031", u"Invalid search criteria."_s, {*problem});
        expression = parsed.root;
    }
    const QString q = r.param(u"q"_s);
    QList<int> order;
    for (int i = 0; i < m_org->groups.size(); ++i) {
        const Group &g = m_org->groups[i];
        bool keep = true;
        if (expression) {
            const FilterResolver resolve = [&g](QStringView path, FilterValues &out) {
                resolveGroup(g, path, out);
            };
            keep = evaluateFilter(*expression, resolve, valueCase);
        } else if (hasQ) {
            keep = g.profile.value(u"name"_s).toString().startsWith(q, Qt::CaseInsensitive);
        }
        if (keep)
            order.append(i);
    }
    const auto find = [this](const QString &id) {
        return m_org->findGroup(id);
    };
    // A q search has no cursor: its one page ignores `after`.
    const qsizetype start = hasQ ? 0 : pageStart(r, order, find, error);
    if (start < 0)
        return error;
    const bool stats = r.param(u"expand"_s) == u"stats"_s;
    const qsizetype end = std::min(order.size(), start + *limit);
    QByteArray body;
    JsonWriter w(body);
    w.beginArray();
    for (qsizetype i = start; i < end; ++i)
        m_org->writeGroup(w, m_org->groups[order[i]], m_base, stats);
    w.endArray();
    HttpResponse response = jsonResponse(200, body);
    const bool more = !hasQ && end < order.size() && end > start;
    addLinks(response, r, more ? QString::fromLatin1(m_org->groups[order[end - 1]].id) : QString());
    return response;
}

} // namespace demo

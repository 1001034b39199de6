#include "jsonwriter.h"
#include "orgdata.h"
#include "router.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace demo {

namespace {
// The demo org's id, for ORNs (Okta resource names).
constexpr char OrgId[] = "00o1demooktadesk0001";
} // namespace

// GET /api/v1/iam/assignees/users (listUsersWithRoleAssignments): the users that hold an
// admin role, as the spec's RoleAssignedUsers: {"value": [{id, orn, _links}], "_links":
// {"next": …}}. The cursor travels in the body's next link, as in the spec's example.
HttpResponse Router::iam(const HttpRequest &r, const Principal &p) {
    const QStringList &s = r.segments;
    if (!(s.size() == 5 && s[3] == u"assignees"_s && s[4] == u"users"_s))
        return oktaError(404, "E0000007", u"Not found: Resource not found: "_s + r.path);
    if (r.method != "GET")
        return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
    if (auto denied = require(p, "okta.roles.read"))
        return *denied;
    HttpResponse error;
    auto limit = intParam(r, u"limit"_s, 100, error);
    if (!limit)
        return error;
    *limit = std::clamp(*limit, 1, 200);
    QList<int> holders;
    for (int i = 0; i < m_org->users.size(); ++i)
        if (!m_org->users[i].deleted && !m_org->users[i].roles.isEmpty())
            holders.append(i);
    const qsizetype start = pageStart(
        r, holders, [this](const QString &id) { return m_org->findUser(id); }, error);
    if (start < 0)
        return error;
    const qsizetype end = std::min(holders.size(), start + *limit);
    QByteArray body;
    JsonWriter w(body);
    w.beginObject();
    w.key("value");
    w.beginArray();
    for (qsizetype k = start; k < end; ++k) {
        const User &u = m_org->users[holders[k]];
        w.beginObject();
        w.fieldAscii("id", u.id);
        w.fieldAscii("orn", QByteArray("orn:okta:"_ba + OrgId + ":users:" + u.id));
        w.key("_links");
        w.beginObject();
        for (const auto &[name, suffix] :
             {std::pair{"self", QByteArray()}, std::pair{"roles", QByteArray("/roles")}}) {
            w.key(name);
            w.beginObject();
            w.fieldAscii("href", QByteArray(m_base + "/api/v1/users/" + u.id + suffix));
            w.endObject();
        }
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.key("_links");
    w.beginObject();
    if (end < holders.size()) {
        w.key("next");
        w.beginObject();
        w.fieldAscii("href",
                     QByteArray(m_base + "/api/v1/iam/assignees/users?after=" +
                                m_org->users[holders[end - 1]].id + "&limit=" + QByteArray::number(*limit)));
        w.endObject();
    }
    w.endObject();
    w.endObject();
    return jsonResponse(200, body);
}

} // namespace demo

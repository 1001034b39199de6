#include "jsonwriter.h"
#include "orgdata.h"
#include "orgschemas.h"
#include "router.h"

using namespace Qt::StringLiterals;

namespace demo {

// GET /api/v1/meta/schemas/user/default and /api/v1/meta/schemas/group/default. Okta also
// serves a user schema per user type id; the demo org has one type, "default".
HttpResponse Router::schemas(const HttpRequest &r, const Principal &p) {
    const QStringList &s = r.segments;
    const bool user = s.size() == 6 && s[4] == u"user"_s;
    const bool group = s.size() == 6 && s[4] == u"group"_s;
    if (s.size() < 4 || s[3] != u"schemas"_s || (!user && !group) || s[5] != u"default"_s)
        return oktaError(404, "E0000007", u"Not found: Resource not found: "_s + r.path);
    if (r.method != "GET")
        return oktaError(405, "E0000022", u"The endpoint does not support the provided HTTP method"_s);
    if (auto denied = require(p, "okta.schemas.read"))
        return *denied;
    QByteArray body;
    JsonWriter w(body);
    const qint64 created = m_org->users.isEmpty() ? 0 : m_org->users.first().created;
    writeSchema(w, user ? userSchema() : groupSchema(), user ? "user" : "group", m_base, created, created);
    return jsonResponse(200, body);
}

} // namespace demo

#include "jsonwriter.h"
#include "livelog.h"
#include "logevents.h"
#include "logschema.h"
#include "prng.h"
#include "router.h"
#include "scimevaluate.h"

#include <QDateTime>
#include <QJsonDocument>

#include <optional>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

constexpr qint64 DayMs = 86400000;
// One request never scans more than this many events; a filtered query that has not
// filled its page by then still gets a next link, so no single request runs for seconds.
constexpr qint64 MaxScanPerRequest = 250000;

std::optional<qint64> parseTime(const QString &text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

// The first attribute of a filter the System Log refuses, and why.
std::optional<std::pair<QString, LogAttribute>> refusedAttribute(const okta::scim::Node &node) {
    if (node.kind == okta::scim::Node::Kind::Compare) {
        const LogAttribute a = checkLogEventAttribute(node.attribute);
        return a == LogAttribute::Valid ? std::nullopt : std::optional(std::pair(node.attribute, a));
    }
    auto bad = node.left ? refusedAttribute(*node.left) : std::nullopt;
    if (!bad && node.right)
        bad = refusedAttribute(*node.right);
    return bad;
}

HttpResponse refuse(const QString &attribute, LogAttribute why) {
    switch (why) {
    case LogAttribute::Published:
        // "filter cannot use published. Use since/until instead" (okta-api-notes.md 5.2).
        return oktaError(400, "E0000031", u"Invalid search criteria."_s,
                         {u"published cannot be used in a filter; use the since and until parameters."_s});
    case LogAttribute::WholeChange:
        return oktaError(
            400, "E0000031", u"Invalid search criteria."_s,
            {attribute + u": name a property inside it, such as "_s + attribute + u".status."_s});
    default:
        return oktaError(400, "E0000053", u"Invalid filter: field is not valid: "_s + attribute,
                         {u"field is not valid: "_s + attribute});
    }
}

bool containsOnUrl(const okta::scim::Node &node) {
    if (node.kind == okta::scim::Node::Kind::Compare)
        return node.op == okta::scim::Op::Co && (node.attribute == u"debugContext.debugData.url"_s ||
                                                 node.attribute == u"debugContext.debugData.requestUri"_s);
    return (node.left && containsOnUrl(*node.left)) || (node.right && containsOnUrl(*node.right));
}

quint64 cursorCheck(quint64 seed, qint64 pos, qint64 bound) {
    return mix64(seed ^ (quint64(pos) * 31) ^ (quint64(bound) << 1)) % 1000000;
}

} // namespace

HttpResponse Router::logs(const HttpRequest &r) {
    HttpResponse error;
    const auto limit = intParam(r, u"limit"_s, 100, error);
    if (!limit)
        return error;
    if (*limit < 0 || *limit > 1000)
        return invalidField(u"limit"_s, u"The limit must be between 0 and 1000."_s);
    const QString order = r.param(u"sortOrder"_s);
    if (!order.isEmpty() && order != u"ASCENDING"_s && order != u"DESCENDING"_s)
        return invalidField(u"sortOrder"_s, u"The sort order must be ASCENDING or DESCENDING."_s);
    const bool descending = order == u"DESCENDING"_s;

    const qint64 now = orgNow();
    const bool hasUntil = r.hasParam(u"until"_s);
    qint64 until = now, since = 0;
    if (hasUntil) {
        const auto t = parseTime(r.param(u"until"_s));
        if (!t)
            return invalidField(u"until"_s, u"The until parameter is not a valid ISO 8601 date."_s);
        until = *t;
    }
    // Okta's default is 7 days before until; anchoring it no later than the org's start
    // keeps the first generated events reachable however long the server has been up.
    since = std::min(until, m_orgNowAtStart) - 7 * DayMs;
    if (r.hasParam(u"since"_s)) {
        const auto t = parseTime(r.param(u"since"_s));
        if (!t)
            return invalidField(u"since"_s, u"The since parameter is not a valid ISO 8601 date."_s);
        since = *t;
        if (since < now - 180 * DayMs)
            return invalidField(u"since"_s, u"since parameter is over 180 days prior to the current day"_s);
    }
    if (since > until)
        return invalidField(u"until"_s, u"The until parameter must be later than since."_s);

    QList<QByteArray> keywords;
    const QStringList words = r.param(u"q"_s).split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 10)
        return invalidField(u"q"_s, u"A search may contain at most 10 keywords."_s);
    for (const QString &word : words) {
        if (word.size() > 40)
            return invalidField(u"q"_s, u"A keyword may contain at most 40 characters."_s);
        keywords.append(word.toLower().toUtf8());
    }

    okta::scim::NodePtr filter;
    if (r.hasParam(u"filter"_s)) {
        const QString text = r.param(u"filter"_s);
        const okta::scim::ParseResult parsed = okta::scim::parse(text);
        if (!parsed.ok()) {
            const okta::scim::ParseError e = parsed.error.value_or(okta::scim::ParseError{});
            const QString summary = u"Invalid filter expression: "_s + e.message + u" at position "_s +
                                    QString::number(e.position);
            return oktaError(400, "E0000053", summary, {summary});
        }
        if (const auto bad = refusedAttribute(*parsed.root))
            return refuse(bad->first, bad->second);
        if (containsOnUrl(*parsed.root))
            return oktaError(400, "E0000031", u"Invalid search criteria."_s,
                             {u"The co operator is not supported for this field."_s});
        filter = parsed.root;
    }

    // One index over the generated log and the events recorded since the start, which all
    // come later: [0, generated) then [generated, count).
    const qint64 generated = m_logs->count();
    const qint64 count = generated + m_live.size();
    const auto lowerBound = [&](qint64 ms) {
        const qint64 g = m_logs->lowerBound(ms);
        return g < generated ? g : generated + m_live.lowerBound(ms);
    };
    // A polling query (no until, ascending) never ends: it keeps handing out next links.
    const bool polling = !hasUntil && !descending;
    qint64 lo = lowerBound(since);
    qint64 hi = polling ? count : lowerBound(until);
    qint64 pos = descending ? hi : lo;
    if (r.hasParam(u"after"_s)) {
        const QStringList parts = r.param(u"after"_s).split(u'_');
        bool ok = parts.size() == 3;
        qint64 p = 0, bound = 0;
        quint64 check = 0;
        if (ok) {
            bool ok1 = false, ok2 = false, ok3 = false;
            p = parts[0].toLongLong(&ok1);
            bound = parts[1].toLongLong(&ok2);
            check = parts[2].toULongLong(&ok3);
            ok = ok1 && ok2 && ok3 && p >= 0 && p <= count && bound >= -1 && bound <= count &&
                 check == cursorCheck(m_options.seed, p, bound);
        }
        if (!ok)
            return invalidField(u"after"_s, u"The after cursor is not valid."_s);
        pos = p;
        if (descending)
            lo = std::max<qint64>(0, bound);
        else
            hi = bound < 0 ? count : bound;
    }

    QByteArray body;
    body.reserve(qsizetype(*limit) * 2400 + 16);
    JsonWriter w(body);
    w.beginArray();
    EventView event;
    const LiveLog::Event *live = nullptr;
    // Attributes the view does not hold are read from the written event, parsed once.
    std::optional<QJsonObject> written;
    const FilterResolver resolver = [&](QStringView path, FilterValues &out) {
        if (live) {
            resolveJsonPath(live->object, path, out);
            return;
        }
        if (m_logs->resolve(event, path, out))
            return;
        if (!written) {
            QByteArray json;
            JsonWriter one(json);
            m_logs->write(one, event);
            written = QJsonDocument::fromJson(json).object();
        }
        resolveJsonPath(*written, path, out);
    };
    // System Log `filter` values compare exactly, as every Okta `filter` does ("Filtering is
    // case-sensitive for property names and query values", listUsers); `q` is "one or more
    // case insensitive keywords" (listLogEvents).
    const auto matches = [&](qint64 index) {
        live = index >= generated ? &m_live.at(index - generated) : nullptr;
        written.reset();
        if (!live)
            m_logs->view(index, event);
        if (!keywords.isEmpty() &&
            !(live ? LiveLog::matchesKeywords(*live, keywords) : m_logs->matchesKeywords(event, keywords)))
            return false;
        return !filter || evaluateFilter(*filter, resolver, ValueCase::Sensitive);
    };
    int returned = 0;
    qint64 scanned = 0;
    while ((descending ? pos > lo : pos < hi) && returned < *limit && scanned < MaxScanPerRequest) {
        const qint64 index = descending ? --pos : pos++;
        ++scanned;
        const bool hit = matches(index);
        scanned += written ? 9 : 0; // reading from the written event costs about ten views
        if (!hit)
            continue;
        if (live)
            w.raw(live->json);
        else
            m_logs->write(w, event);
        ++returned;
    }
    w.endArray();

    const bool more = descending ? pos > lo : (polling || pos < hi);
    const qint64 bound = descending ? lo : (polling ? -1 : hi);
    HttpResponse response = jsonResponse(200, std::move(body));
    const QString cursor = QString::number(pos) + u'_' + QString::number(bound) + u'_' +
                           QString::number(cursorCheck(m_options.seed, pos, bound));
    // `since` is folded into the cursor; `until` stays so the next page is still bounded.
    addLinks(response, r, more ? cursor : QString(), {u"since"_s});
    return response;
}

} // namespace demo

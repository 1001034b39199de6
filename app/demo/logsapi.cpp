#include "core/logs/scimfilter.h"
#include "jsonwriter.h"
#include "logevents.h"
#include "prng.h"
#include "router.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

constexpr qint64 DayMs = 86400000;
// One request never scans more than this many events; a filtered query that has not
// filled its page by then still gets a next link, so no single request runs for seconds.
constexpr qint64 MaxScanPerRequest = 250000;

HttpResponse invalid(const QString &param, const QString &message) {
    return oktaError(400, "E0000001", u"Api validation failed: "_s + param, {param + u": "_s + message});
}

std::optional<qint64> parseTime(const QString &text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

// The first offending attribute of a filter, or an empty string.
QString unknownAttribute(const okta::scim::Node &node) {
    if (node.kind == okta::scim::Node::Kind::Compare)
        return LogGenerator::isKnownAttribute(node.attribute) ? QString() : node.attribute;
    QString bad = node.left ? unknownAttribute(*node.left) : QString();
    if (bad.isEmpty() && node.right)
        bad = unknownAttribute(*node.right);
    return bad;
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
        return invalid(u"limit"_s, u"The limit must be between 0 and 1000."_s);
    const QString order = r.param(u"sortOrder"_s);
    if (!order.isEmpty() && order != u"ASCENDING"_s && order != u"DESCENDING"_s)
        return invalid(u"sortOrder"_s, u"The sort order must be ASCENDING or DESCENDING."_s);
    const bool descending = order == u"DESCENDING"_s;

    const qint64 now = orgNow();
    const bool hasUntil = r.hasParam(u"until"_s);
    qint64 until = now, since = 0;
    if (hasUntil) {
        const auto t = parseTime(r.param(u"until"_s));
        if (!t)
            return invalid(u"until"_s, u"The until parameter is not a valid ISO 8601 date."_s);
        until = *t;
    }
    // Okta's default is 7 days before until; anchoring it no later than the org's start
    // keeps the first generated events reachable however long the server has been up.
    since = std::min(until, m_orgNowAtStart) - 7 * DayMs;
    if (r.hasParam(u"since"_s)) {
        const auto t = parseTime(r.param(u"since"_s));
        if (!t)
            return invalid(u"since"_s, u"The since parameter is not a valid ISO 8601 date."_s);
        since = *t;
        if (since < now - 180 * DayMs)
            return invalid(u"since"_s, u"since parameter is over 180 days prior to the current day"_s);
    }
    if (since > until)
        return invalid(u"until"_s, u"The until parameter must be later than since."_s);

    QList<QByteArray> keywords;
    const QStringList words = r.param(u"q"_s).split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 10)
        return invalid(u"q"_s, u"A search may contain at most 10 keywords."_s);
    for (const QString &word : words) {
        if (word.size() > 40)
            return invalid(u"q"_s, u"A keyword may contain at most 40 characters."_s);
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
        const QString bad = unknownAttribute(*parsed.root);
        if (!bad.isEmpty())
            return oktaError(400, "E0000053", u"Invalid filter: field is not valid: "_s + bad,
                             {u"field is not valid: "_s + bad});
        if (containsOnUrl(*parsed.root))
            return oktaError(400, "E0000031", u"Invalid search criteria."_s,
                             {u"The co operator is not supported for this field."_s});
        filter = parsed.root;
    }

    // A polling query (no until, ascending) never ends: it keeps handing out next links.
    const bool polling = !hasUntil && !descending;
    const qint64 count = m_logs->count();
    qint64 lo = m_logs->lowerBound(since);
    qint64 hi = polling ? count : m_logs->lowerBound(until);
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
            return invalid(u"after"_s, u"The after cursor is not valid."_s);
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
    const okta::scim::Resolver resolver = [this, &event](QStringView path, okta::scim::Values &out) {
        m_logs->resolve(event, path, out);
    };
    const bool filtered = filter || !keywords.isEmpty();
    auto matches = [&] {
        return !filtered || ((keywords.isEmpty() || m_logs->matchesKeywords(event, keywords)) &&
                             (!filter || okta::scim::evaluate(*filter, resolver)));
    };
    int returned = 0;
    qint64 scanned = 0;
    if (!descending) {
        while (pos < hi && returned < *limit && scanned < MaxScanPerRequest) {
            m_logs->view(pos++, event);
            ++scanned;
            if (matches()) {
                m_logs->write(w, event);
                ++returned;
            }
        }
    } else {
        while (pos > lo && returned < *limit && scanned < MaxScanPerRequest) {
            m_logs->view(--pos, event);
            ++scanned;
            if (matches()) {
                m_logs->write(w, event);
                ++returned;
            }
        }
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

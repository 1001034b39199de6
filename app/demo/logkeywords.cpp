#include "eventtypes.h"
#include "logevents.h"
#include "names.h"

namespace demo {

namespace {

// Keyword match: the keyword equals the whole value or one of its words, where words are
// split on spaces, hyphens and other punctuation that Okta's tokenizer breaks on.
bool isSeparator(char c) {
    return c == ' ' || c == '-' || c == ',' || c == '/' || c == ':' || c == ';' || c == '(' || c == ')';
}

} // namespace

bool keywordInText(QByteArrayView value, const QByteArray &keyword) {
    const qsizetype n = keyword.size();
    if (n == 0 || value.size() < n)
        return false;
    for (qsizetype pos = 0; pos + n <= value.size(); ++pos) {
        if (pos > 0 && !isSeparator(value[pos - 1]))
            continue;
        if (pos + n < value.size() && !isSeparator(value[pos + n]))
            continue;
        bool equal = true;
        for (qsizetype i = 0; i < n && equal; ++i) {
            char c = value[pos + i];
            if (c >= 'A' && c <= 'Z')
                c = char(c + 32);
            equal = c == keyword[i];
        }
        if (equal)
            return true;
    }
    return false;
}

template<typename F> void LogGenerator::forEachText(const EventView &e, F &&f) const {
    const EventType &t = *e.type;
    const Ref &actor = actorRef(e);
    const names::City &city = names::cities[e.city];
    const names::UserAgent &ua = names::userAgents[e.userAgent];
    f(QByteArrayView(t.eventType));
    f(QByteArrayView(t.displayMessage));
    if (t.legacyEventType)
        f(QByteArrayView(t.legacyEventType));
    f(QByteArrayView(e.severity));
    f(QByteArrayView(e.result));
    if (e.reason)
        f(QByteArrayView(e.reason));
    f(actor.id);
    f(actor.alternateId);
    f(actor.displayName);
    f(QByteArrayView(actorType(e)));
    if (e.apiToken >= 0)
        f(m_apiTokens[e.apiToken]);
    for (int i = 0; i < e.targetCount; ++i) {
        const Ref ref = targetRef(e, e.targets[i]);
        f(ref.id);
        f(ref.alternateId);
        f(ref.displayName);
        f(QByteArrayView(targetType(e.targets[i].kind)));
    }
    f(ipText(e.ip));
    f(QByteArrayView(city.city));
    f(QByteArrayView(city.state));
    f(QByteArrayView(city.country));
    f(QByteArrayView(ua.os));
    f(QByteArrayView(ua.browser));
    f(QByteArrayView(ua.raw));
    f(QByteArrayView(e.uuid, 36));
    f(QByteArrayView(e.requestId, 27));
}

bool LogGenerator::matchesKeywords(const EventView &e, const QList<QByteArray> &keywords) const {
    for (const QByteArray &keyword : keywords) {
        bool found = false;
        forEachText(e, [&](QByteArrayView value) {
            if (!found && keywordInText(value, keyword))
                found = true;
        });
        if (!found)
            return false;
    }
    return true;
}

} // namespace demo

#include "logevent.h"

#include "jsonreader.h"

#include <QDateTime>

#include <cstring>

namespace okta {

using namespace json;

namespace {

LogEvent::Severity severityOf(std::string_view text) {
    if (text == "INFO")
        return LogEvent::Severity::Info;
    if (text == "WARN")
        return LogEvent::Severity::Warn;
    if (text == "ERROR")
        return LogEvent::Severity::Error;
    if (text == "DEBUG")
        return LogEvent::Severity::Debug;
    return LogEvent::Severity::Unknown;
}

// 8-4-4-4-12 lower-case hex digits: the form QUuid writes back byte for byte.
bool isCanonicalUuid(std::string_view s) {
    if (s.size() != 36)
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace

// Records where each string is instead of building it: the text is made when asked.
// Offsets are from the page's start while reading, and from the event's start once its
// bytes are known.
class LogEventReader {
public:
    static error_code read(od::object &object, const QByteArray &page, LogEvent &e, std::string_view &field) {
        const char *base = page.constData();
        SIMDJSON_TRY(forEachField(object, [&](std::string_view key, od::value &v) -> error_code {
            field = key;
            if (key == "uuid")
                return readUuid(v, base, e);
            if (key == "published")
                return readTime(v, e.m_published);
            if (key == "eventType")
                return span(v, base, e.m_eventType);
            if (key == "severity")
                return readSeverity(v, e);
            if (key == "displayMessage")
                return span(v, base, e.m_displayMessage);
            if (key == "actor")
                return readParty(v, base, e.m_actor, field, "actor.id", "actor.type", "actor.alternateId",
                                 "actor.displayName");
            if (key == "outcome")
                return readOutcome(v, base, e, field);
            if (key == "client")
                return readClient(v, base, e, field);
            if (key == "target")
                return forEachElement(v, [&](od::value &t) -> error_code {
                    LogEvent::PartySpans target;
                    SIMDJSON_TRY(readParty(t, base, target, field, "target.id", "target.type",
                                           "target.alternateId", "target.displayName"));
                    e.m_targets.append(target);
                    return simdjson::SUCCESS;
                });
            return simdjson::SUCCESS;
        }));
        field = {};
        SIMDJSON_TRY(rawOf(object, page, e.m_raw));
        rebase(e, quint32(e.m_raw.view().data() - base));
        return simdjson::SUCCESS;
    }

private:
    // A string (or null) as a span of the page; any other type is INCORRECT_TYPE.
    static error_code span(od::value &v, const char *base, LogEvent::Span &out) {
        std::string_view token = v.raw_json_token();
        while (!token.empty() &&
               (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
            token.remove_suffix(1);
        if (token == "null") {
            out = {};
            return simdjson::SUCCESS;
        }
        if (token.size() < 2 || token.front() != '"' || token.back() != '"')
            return simdjson::INCORRECT_TYPE;
        const std::string_view content = token.substr(1, token.size() - 2);
        out.offset = quint32(content.data() - base);
        out.length = quint32(content.size());
        out.escaped = std::memchr(content.data(), '\\', content.size()) != nullptr;
        return simdjson::SUCCESS;
    }

    static void rebase(LogEvent::Span &s, quint32 start) {
        if (s.length > 0)
            s.offset -= start;
    }
    static void rebase(LogEvent::PartySpans &p, quint32 start) {
        for (LogEvent::Span *s : {&p.id, &p.type, &p.alternateId, &p.displayName})
            rebase(*s, start);
    }
    static void rebase(LogEvent &e, quint32 start) {
        for (LogEvent::Span *s :
             {&e.m_uuidFallback, &e.m_eventType, &e.m_displayMessage, &e.m_outcome, &e.m_outcomeReason,
              &e.m_clientIp, &e.m_browser, &e.m_os, &e.m_userAgent, &e.m_city, &e.m_state, &e.m_country})
            rebase(*s, start);
        rebase(e.m_actor, start);
        for (LogEvent::PartySpans &t : e.m_targets)
            rebase(t, start);
    }

    static error_code readUuid(od::value &v, const char *base, LogEvent &e) {
        LogEvent::Span s;
        SIMDJSON_TRY(span(v, base, s));
        const std::string_view text(base + s.offset, s.length);
        if (!s.escaped && isCanonicalUuid(text))
            e.m_uuid = QUuid::fromString(QLatin1StringView(text.data(), qsizetype(text.size())));
        if (e.m_uuid.isNull())
            e.m_uuidFallback = s;
        return simdjson::SUCCESS;
    }

    static error_code readSeverity(od::value &v, LogEvent &e) {
        od::json_type type;
        SIMDJSON_TRY(v.type().get(type));
        if (type == od::json_type::null)
            return simdjson::SUCCESS;
        std::string_view text;
        SIMDJSON_TRY(v.get_string().get(text));
        e.m_severity = severityOf(text);
        return simdjson::SUCCESS;
    }

    static error_code readParty(od::value &value, const char *base, LogEvent::PartySpans &party,
                                std::string_view &field, const char *id, const char *type,
                                const char *alternateId, const char *displayName) {
        return forEachField(value, [&](std::string_view key, od::value &v) -> error_code {
            if (key == "id") {
                field = id;
                return span(v, base, party.id);
            }
            if (key == "type") {
                field = type;
                return span(v, base, party.type);
            }
            if (key == "alternateId") {
                field = alternateId;
                return span(v, base, party.alternateId);
            }
            if (key == "displayName") {
                field = displayName;
                return span(v, base, party.displayName);
            }
            return simdjson::SUCCESS;
        });
    }

    static error_code readOutcome(od::value &v, const char *base, LogEvent &e, std::string_view &field) {
        return forEachField(v, [&](std::string_view key, od::value &o) -> error_code {
            if (key == "result") {
                field = "outcome.result";
                return span(o, base, e.m_outcome);
            }
            if (key == "reason") {
                field = "outcome.reason";
                return span(o, base, e.m_outcomeReason);
            }
            return simdjson::SUCCESS;
        });
    }

    static error_code readUserAgent(od::value &v, const char *base, LogEvent &e, std::string_view &field) {
        return forEachField(v, [&](std::string_view key, od::value &u) -> error_code {
            if (key == "browser") {
                field = "client.userAgent.browser";
                return span(u, base, e.m_browser);
            }
            if (key == "os") {
                field = "client.userAgent.os";
                return span(u, base, e.m_os);
            }
            if (key == "rawUserAgent") {
                field = "client.userAgent.rawUserAgent";
                return span(u, base, e.m_userAgent);
            }
            return simdjson::SUCCESS;
        });
    }

    static error_code readClient(od::value &v, const char *base, LogEvent &e, std::string_view &field) {
        return forEachField(v, [&](std::string_view key, od::value &c) -> error_code {
            if (key == "ipAddress") {
                field = "client.ipAddress";
                return span(c, base, e.m_clientIp);
            }
            if (key == "userAgent")
                return readUserAgent(c, base, e, field);
            if (key != "geographicalContext")
                return simdjson::SUCCESS;
            field = "client.geographicalContext";
            return forEachField(c, [&](std::string_view name, od::value &g) -> error_code {
                if (name == "city") {
                    field = "client.geographicalContext.city";
                    return span(g, base, e.m_city);
                }
                if (name == "state") {
                    field = "client.geographicalContext.state";
                    return span(g, base, e.m_state);
                }
                if (name == "country") {
                    field = "client.geographicalContext.country";
                    return span(g, base, e.m_country);
                }
                return simdjson::SUCCESS;
            });
        });
    }
};

QString LogEvent::text(Span span) const {
    if (span.length == 0)
        return {};
    const std::string_view content(m_raw.view().data() + span.offset, span.length);
    return span.escaped ? unescapeString(content) : shared(content);
}

LogEvent::Party LogEvent::party(const PartySpans &spans) const {
    return {text(spans.id), text(spans.type), text(spans.alternateId), text(spans.displayName)};
}

LogEvent::Place LogEvent::clientLocation() const {
    return {text(m_city), text(m_state), text(m_country)};
}

QList<LogEvent::Party> LogEvent::targets() const {
    QList<Party> parties;
    parties.reserve(m_targets.size());
    for (const PartySpans &t : m_targets)
        parties.append(party(t));
    return parties;
}

QString LogEvent::formatPublished(qint64 msecsSinceEpoch) {
    if (msecsSinceEpoch == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString LogEvent::uuid() const {
    return m_uuid.isNull() ? text(m_uuidFallback) : m_uuid.toString(QUuid::WithoutBraces);
}

LogEvent::Severity LogEvent::severityFrom(QStringView text) {
    const QByteArray latin = text.toLatin1();
    return severityOf(std::string_view(latin.constData(), size_t(latin.size())));
}

QString LogEvent::severityName(Severity severity) {
    switch (severity) {
    case Severity::Debug:
        return QStringLiteral("DEBUG");
    case Severity::Info:
        return QStringLiteral("INFO");
    case Severity::Warn:
        return QStringLiteral("WARN");
    case Severity::Error:
        return QStringLiteral("ERROR");
    case Severity::Unknown:
        break;
    }
    return {};
}

Parsed<LogEvent> LogEvent::parsePage(QByteArray page) {
    return parseArray<LogEvent>(std::move(page), "LogEvent", &LogEventReader::read);
}

} // namespace okta

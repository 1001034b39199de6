#include "logevent.h"

#include "jsonreader.h"

#include <QDateTime>

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

error_code readParty(od::value &value, LogEvent::Party &party, std::string_view &field, const char *id,
                     const char *type, const char *alternateId, const char *displayName) {
    return forEachField(value, [&](std::string_view key, od::value &v) -> error_code {
        if (key == "id") {
            field = id;
            return readString(v, party.id);
        }
        if (key == "type") {
            field = type;
            return readString(v, party.type);
        }
        if (key == "alternateId") {
            field = alternateId;
            return readString(v, party.alternateId);
        }
        if (key == "displayName") {
            field = displayName;
            return readString(v, party.displayName);
        }
        return simdjson::SUCCESS;
    });
}

} // namespace

class LogEventReader {
public:
    static error_code read(od::object &object, const QByteArray &page, LogEvent &e, std::string_view &field) {
        SIMDJSON_TRY(forEachField(object, [&](std::string_view key, od::value &v) -> error_code {
            field = key;
            if (key == "uuid")
                return readUuid(v, e);
            if (key == "published")
                return readTime(v, e.m_published);
            if (key == "eventType")
                return readString(v, e.m_eventType);
            if (key == "severity")
                return readSeverity(v, e);
            if (key == "displayMessage")
                return readString(v, e.m_displayMessage);
            if (key == "actor")
                return readParty(v, e.m_actor, field, "actor.id", "actor.type", "actor.alternateId",
                                 "actor.displayName");
            if (key == "outcome")
                return readOutcome(v, e, field);
            if (key == "client")
                return readClient(v, e, field);
            if (key == "target")
                return forEachElement(v, [&](od::value &t) -> error_code {
                    LogEvent::Party target;
                    SIMDJSON_TRY(readParty(t, target, field, "target.id", "target.type", "target.alternateId",
                                           "target.displayName"));
                    e.m_targets.append(std::move(target));
                    return simdjson::SUCCESS;
                });
            return simdjson::SUCCESS;
        }));
        field = {};
        return rawOf(object, page, e.m_raw);
    }

private:
    static error_code readUuid(od::value &v, LogEvent &e) {
        od::json_type type;
        SIMDJSON_TRY(v.type().get(type));
        if (type == od::json_type::null)
            return simdjson::SUCCESS;
        std::string_view text;
        SIMDJSON_TRY(v.get_string().get(text));
        if (isCanonicalUuid(text))
            e.m_uuid = QUuid::fromString(QLatin1StringView(text.data(), qsizetype(text.size())));
        if (e.m_uuid.isNull())
            e.m_uuidText = unshared(text);
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

    static error_code readOutcome(od::value &v, LogEvent &e, std::string_view &field) {
        return forEachField(v, [&](std::string_view key, od::value &o) -> error_code {
            if (key == "result") {
                field = "outcome.result";
                return readString(o, e.m_outcome);
            }
            if (key == "reason") {
                field = "outcome.reason";
                return readString(o, e.m_outcomeReason);
            }
            return simdjson::SUCCESS;
        });
    }

    static error_code readClient(od::value &v, LogEvent &e, std::string_view &field) {
        return forEachField(v, [&](std::string_view key, od::value &c) -> error_code {
            if (key == "ipAddress") {
                field = "client.ipAddress";
                return readString(c, e.m_clientIp);
            }
            if (key != "geographicalContext")
                return simdjson::SUCCESS;
            field = "client.geographicalContext";
            return forEachField(c, [&](std::string_view name, od::value &g) -> error_code {
                if (name == "city") {
                    field = "client.geographicalContext.city";
                    return readString(g, e.m_clientLocation.city);
                }
                if (name == "state") {
                    field = "client.geographicalContext.state";
                    return readString(g, e.m_clientLocation.state);
                }
                if (name == "country") {
                    field = "client.geographicalContext.country";
                    return readString(g, e.m_clientLocation.country);
                }
                return simdjson::SUCCESS;
            });
        });
    }
};

QString LogEvent::publishedText() const {
    if (m_published == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_published, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString LogEvent::uuid() const {
    return m_uuid.isNull() ? m_uuidText : m_uuid.toString(QUuid::WithoutBraces);
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

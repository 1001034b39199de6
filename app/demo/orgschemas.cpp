#include "orgschemas.h"

#include "jsonwriter.h"
#include "orgdata.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace demo {

const QList<SchemaProperty> &userSchema() {
    // Okta's base attributes that the generated users carry, then the org's own.
    static const QList<SchemaProperty> properties = {
        {"login", "Username", "string", nullptr, false, {}},
        {"firstName", "First name", "string", nullptr, false, {}},
        {"lastName", "Last name", "string", nullptr, false, {}},
        {"email", "Primary email", "string", nullptr, false, {}},
        {"secondEmail", "Secondary email", "string", nullptr, false, {}},
        {"mobilePhone", "Mobile phone", "string", nullptr, false, {}},
        {"title", "Title", "string", nullptr, false, {}},
        {"department", "Department", "string", nullptr, false, {}},
        {"city", "City", "string", nullptr, false, {}},
        {"countryCode", "Country code", "string", nullptr, false, {}},
        {"employeeNumber", "Employee number", "string", nullptr, false, {}},
        {"badgeNumber", "Badge number", "string", nullptr, true, {}},
        {"remoteWorker", "Works remotely", "boolean", nullptr, true, {}},
        {"skills", "Skills", "array", "string", true, {}},
    };
    return properties;
}

const QList<SchemaProperty> &groupSchema() {
    static const QList<SchemaProperty> properties = {
        {"name", "Name", "string", nullptr, false, {}},
        {"description", "Description", "string", nullptr, false, {}},
        {"groupContact", "Group administrative contact", "string", nullptr, true, {}},
        {"costCenter", "Cost center", "string", nullptr, true, {}},
        {"confidential", "Confidential", "boolean", nullptr, true, {}},
        {"region", "Region", "string", nullptr, true, {"AMER", "APAC", "EMEA"}},
    };
    return properties;
}

namespace {

void writePart(JsonWriter &w, const QList<SchemaProperty> &properties, bool custom) {
    w.beginObject();
    w.fieldAscii("id", custom ? "#custom" : "#base");
    w.fieldAscii("type", "object");
    w.key("properties");
    w.beginObject();
    QList<const char *> required;
    for (const SchemaProperty &p : properties) {
        if (p.custom != custom)
            continue;
        w.key(p.name);
        w.beginObject();
        w.field("title", QString::fromUtf8(p.title));
        w.fieldAscii("type", p.type);
        if (p.itemType) {
            w.key("items");
            w.beginObject();
            w.fieldAscii("type", p.itemType);
            w.endObject();
        }
        if (!p.allowed.isEmpty()) {
            w.key("enum");
            w.beginArray();
            for (const char *value : p.allowed)
                w.ascii(value);
            w.endArray();
        }
        w.fieldAscii("mutability", "READ_WRITE");
        w.fieldAscii("scope", "NONE");
        const bool isRequired = !custom && (qstrcmp(p.name, "login") == 0 || qstrcmp(p.name, "name") == 0);
        if (isRequired)
            required.append(p.name);
        w.key("required");
        w.boolean(isRequired);
        w.key("master");
        w.beginObject();
        w.fieldAscii("type", "PROFILE_MASTER");
        w.endObject();
        w.key("permissions");
        w.beginArray();
        w.beginObject();
        w.fieldAscii("principal", "SELF");
        w.fieldAscii("action", custom ? "READ_WRITE" : "READ_ONLY");
        w.endObject();
        w.endArray();
        w.endObject();
    }
    w.endObject();
    w.key("required");
    w.beginArray();
    for (const char *name : required)
        w.ascii(name);
    w.endArray();
    w.endObject();
}

} // namespace

void writeSchema(JsonWriter &w, const QList<SchemaProperty> &properties, const char *kind,
                 const QByteArray &base, qint64 created, qint64 lastUpdated) {
    const QByteArray self = base + "/api/v1/meta/schemas/" + kind + "/default";
    w.beginObject();
    w.fieldAscii("id", QByteArray(base + "/meta/schemas/" + kind + "/default"));
    w.fieldAscii("$schema", "http://json-schema.org/draft-04/schema#");
    w.fieldAscii("name", kind);
    w.field("title", qstrcmp(kind, "user") == 0 ? u"User"_s : u"Okta group"_s);
    w.field("description",
            qstrcmp(kind, "user") == 0 ? u"Okta user profile template"_s : u"Okta group profile template"_s);
    w.fieldTime("created", created);
    w.fieldTime("lastUpdated", lastUpdated);
    w.key("definitions");
    w.beginObject();
    w.key("custom");
    writePart(w, properties, true);
    w.key("base");
    writePart(w, properties, false);
    w.endObject();
    w.fieldAscii("type", "object");
    w.key("properties");
    w.beginObject();
    w.key("profile");
    w.beginObject();
    w.key("allOf");
    w.beginArray();
    for (const char *ref : {"#/definitions/custom", "#/definitions/base"}) {
        w.beginObject();
        w.fieldAscii("$ref", ref);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.endObject();
    w.key("_links");
    w.beginObject();
    w.key("self");
    w.beginObject();
    w.fieldAscii("href", self);
    w.fieldAscii("method", "GET");
    w.fieldAscii("rel", "self");
    w.endObject();
    w.endObject();
    w.endObject();
}

void addCustomProfileValues(OrgData &org) {
    static const char *const skills[] = {"SQL", "Python", "Negotiation", "Okta Workflows", "Excel", "Go"};
    for (int i = 0; i < org.users.size(); ++i) {
        QJsonObject &p = org.users[i].profile;
        p.insert(u"badgeNumber"_s, u"B%1"_s.arg(100000 + (i * 7919) % 900000, 6, 10, QLatin1Char('0')));
        p.insert(u"remoteWorker"_s, i % 4 == 1);
        if (i % 3 != 2)
            p.insert(u"skills"_s,
                     QJsonArray{QLatin1String(skills[i % 6]), QLatin1String(skills[(i / 6) % 6])});
    }
    static const char *const regions[] = {"AMER", "APAC", "EMEA"};
    for (int i = 0; i < org.groups.size(); ++i) {
        Group &g = org.groups[i];
        if (g.type != "OKTA_GROUP")
            continue; // app groups carry their app's profile; Everyone is Okta's own
        if (i % 3 != 0)
            g.profile.insert(u"groupContact"_s, org.users[(i * 31) % org.users.size()].login());
        g.profile.insert(u"costCenter"_s, u"CC-%1"_s.arg(1000 + (i * 37) % 900));
        g.profile.insert(u"confidential"_s, i % 5 == 0);
        g.profile.insert(u"region"_s, QLatin1String(regions[i % 3]));
    }
}

std::optional<QString> checkGroupProfile(const QJsonObject &profile) {
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        const QByteArray key = it.key().toUtf8();
        const SchemaProperty *property = nullptr;
        for (const SchemaProperty &p : groupSchema())
            if (key == p.name)
                property = &p;
        if (!property)
            return u"profile: Property name '"_s + it.key() +
                   u"' is not defined in the group profile schema"_s;
        const QJsonValue v = it.value();
        if (v.isNull())
            continue;
        const QLatin1String type(property->type);
        const bool ok = type == "boolean"_L1  ? v.isBool()
                        : type == "string"_L1 ? v.isString()
                        : type == "array"_L1  ? v.isArray()
                                              : v.isDouble();
        if (!ok)
            return u"profile."_s + it.key() + u": The value is not a valid "_s + type;
        if (!property->allowed.isEmpty()) {
            bool listed = false;
            for (const char *allowed : property->allowed)
                listed = listed || v.toString() == QLatin1String(allowed);
            if (!listed)
                return u"profile."_s + it.key() + u": Does not match one of the enumerated values"_s;
        }
    }
    return std::nullopt;
}

} // namespace demo

#pragma once

#include "rawjson.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace okta {

// One profile attribute of a user or group schema (GET /api/v1/meta/schemas/user/default,
// /api/v1/meta/schemas/group/default; schemas UserSchemaAttribute, GroupSchemaAttribute).
struct SchemaAttribute {
    Q_DECLARE_TR_FUNCTIONS(okta::SchemaAttribute)

public:
    QString name;              // the profile key: "login", "costCenter"
    QString title;             // "Cost center"; Okta's text, untrusted
    QString type;              // string, boolean, integer, number, array (UserSchemaAttributeType)
    QString itemType;          // arrays: the type of their items
    bool custom = false;       // #custom (the org's own) rather than #base (Okta's)
    bool readOnly = false;     // mutability READ_ONLY
    QList<QJsonValue> allowed; // `enum`, when the attribute takes only these values

    // Turns what an admin typed into the JSON value this attribute takes: text for strings,
    // true/false, whole or decimal numbers, and for arrays a JSON array or a comma-separated
    // list. Empty text is null (the attribute is cleared). nullopt with `*error` naming the
    // problem when the text does not fit the type or the allowed values.
    std::optional<QJsonValue> valueFromText(const QString &text, QString *error) const;
    // "Cost center (costCenter)", or the name alone.
    QString label() const;

    friend bool operator==(const SchemaAttribute &, const SchemaAttribute &) = default;
};

// A user or group profile schema: Okta's attributes (#base) then the org's own (#custom),
// each set in name order.
struct ProfileSchema {
    Q_DECLARE_TR_FUNCTIONS(okta::ProfileSchema)

public:
    QList<SchemaAttribute> attributes;

    const SchemaAttribute *find(const QString &name) const;
    QList<SchemaAttribute> customAttributes() const;

    // Parses a schema body; nullopt with `*error` saying what is wrong for anything that is
    // not a JSON object with definitions.
    static std::optional<ProfileSchema> parse(const QByteArray &json, QString *error = nullptr);
};

// A profile value as a person reads it: text as it is, null and absent values empty,
// arrays as comma-separated items, anything else as its JSON text.
QString profileValueText(const QJsonValue &value);

// The same for attribute `name` of the profile in an object's original bytes (a table
// cell, an export column), read when asked.
QString profileText(const RawJson &object, const QString &name);

// Every attribute of the object's profile, by name, with its value as text (a detail view).
QList<QPair<QString, QString>> profileEntries(const RawJson &object);

} // namespace okta

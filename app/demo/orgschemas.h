#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace demo {

class JsonWriter;
class OrgData;

// The demo org's profile schemas, shaped like Okta's (GET /api/v1/meta/schemas/user/default
// and /group/default): the base attributes the generated profiles carry, and a few custom
// ones with values, so the column chooser and the bulk group attribute update have the
// org's own attributes to work with.
struct SchemaProperty {
    const char *name;
    const char *title;
    const char *type;     // string, boolean, integer, number, array
    const char *itemType; // arrays only
    bool custom;
    QList<const char *> allowed; // enum
};

const QList<SchemaProperty> &userSchema();
const QList<SchemaProperty> &groupSchema();

// The schema document for `properties`; `base` is the org URL for its id and self link.
void writeSchema(JsonWriter &w, const QList<SchemaProperty> &properties, const char *kind,
                 const QByteArray &base, qint64 created, qint64 lastUpdated);

// Sets the custom attributes' values on the generated users and groups. Derived from each
// object's index, so the random sequence (and everything generated from it) stays as it was.
void addCustomProfileValues(OrgData &org);

// Why Okta would refuse this group profile (a property the schema does not define, a value
// of the wrong type or outside its enum), as an errorCauses sentence; nullopt when valid.
std::optional<QString> checkGroupProfile(const QJsonObject &profile);

} // namespace demo

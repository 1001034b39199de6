#pragma once

#include "core/values/profileschema.h"
#include "core/values/rawjson.h"

#include <QList>
#include <QString>

#include <optional>

namespace oktadesk {

// The extra columns a table of users or groups shows for profile attributes the admin
// picked (custom ones too, from the schema). A cell is read from the row's original bytes
// the first time it is asked for and kept, so sorting by it reads each row once.
class ProfileColumns {
public:
    int count() const { return int(m_attributes.size()); }
    const okta::SchemaAttribute &attribute(int column) const { return m_attributes.at(column); }
    int indexOf(const QString &name) const;
    QStringList names() const;

    void insert(int column, const okta::SchemaAttribute &attribute);
    void remove(int column);
    // Rows were removed or replaced: every cached cell goes.
    void clearCache();

    // The header: the attribute's title (Okta's text), or its name.
    QString header(int column) const;
    // Attribute `column` of row `row`, whose bytes are `raw`; escaped for display.
    QString cell(int column, int row, const okta::RawJson &raw) const;

private:
    QList<okta::SchemaAttribute> m_attributes;
    mutable QList<QList<std::optional<QString>>> m_cache; // [column][row]
};

} // namespace oktadesk

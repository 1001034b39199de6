#include "profilecolumns.h"

#include "core/values/textescape.h"

namespace oktadesk {

int ProfileColumns::indexOf(const QString &name) const {
    for (int i = 0; i < count(); ++i)
        if (m_attributes.at(i).name == name)
            return i;
    return -1;
}

QStringList ProfileColumns::names() const {
    QStringList out;
    for (const okta::SchemaAttribute &a : m_attributes)
        out.append(a.name);
    return out;
}

void ProfileColumns::insert(int column, const okta::SchemaAttribute &attribute) {
    m_attributes.insert(column, attribute);
    m_cache.insert(column, {});
}

void ProfileColumns::remove(int column) {
    m_attributes.removeAt(column);
    m_cache.removeAt(column);
}

void ProfileColumns::clearCache() {
    for (auto &column : m_cache) {
        column.clear();
        column.squeeze();
    }
}

QString ProfileColumns::header(int column) const {
    const okta::SchemaAttribute &a = m_attributes.at(column);
    return okta::escapeControls(a.title.isEmpty() ? a.name : a.title);
}

QString ProfileColumns::cell(int column, int row, const okta::RawJson &raw) const {
    auto &cache = m_cache[column];
    if (cache.size() <= row)
        cache.resize(row + 1);
    std::optional<QString> &value = cache[row];
    if (!value)
        value = okta::escapeControls(okta::profileText(raw, m_attributes.at(column).name));
    return *value;
}

} // namespace oktadesk

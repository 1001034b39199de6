#include "textpool.h"

namespace okta {

TextPool::TextPool() {
    clear();
}

quint32 TextPool::intern(const QString &text) {
    if (text.isEmpty())
        return 0;
    // Not the tables' own seed: a shard's keys would then crowd its buckets.
    QHash<QString, quint32> &ids = m_ids[qHash(text, size_t(0x9e3779b9)) % Shards];
    const auto it = ids.constFind(text);
    if (it != ids.cend())
        return it.value();
    const auto id = quint32(m_texts.size());
    m_texts.append(text);
    ids.insert(text, id);
    return id;
}

void TextPool::clear() {
    for (auto &ids : m_ids)
        ids.clear();
    m_texts.clear();
    m_texts.append(QString());
}

} // namespace okta

#include "textpool.h"

namespace okta {

TextPool::TextPool() {
    clear();
}

quint32 TextPool::intern(const QString &text) {
    if (text.isEmpty())
        return 0;
    // The shard from a few characters, not a second full hash of the text: an uneven split
    // only makes some tables grow sooner, never a lookup wrong.
    const size_t n = size_t(text.size());
    const size_t pick = n * 31 + text.at(n - 1).unicode() * 7 + text.at(n / 2).unicode();
    QHash<QString, quint32> &ids = m_ids[pick % Shards];
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

#include "textpool.h"

namespace okta {

TextPool::TextPool() {
    clear();
}

quint32 TextPool::intern(const QString &text) {
    if (text.isEmpty())
        return 0;
    const auto it = m_ids.constFind(text);
    if (it != m_ids.cend())
        return it.value();
    const auto id = quint32(m_texts.size());
    m_texts.append(text);
    m_ids.insert(text, id);
    return id;
}

void TextPool::clear() {
    m_ids.clear();
    m_texts.clear();
    m_texts.append(QString());
}

} // namespace okta

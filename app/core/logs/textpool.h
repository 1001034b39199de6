#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace okta {

// Texts that repeat across many rows (event types, names, places) stored once; rows keep
// 32-bit ids. Id 0 is the empty text. Append-only until clear(), so an id stays valid and
// a copy of texts() (implicitly shared) can be read on another thread.
class TextPool {
public:
    TextPool();

    quint32 intern(const QString &text);
    const QString &text(quint32 id) const { return m_texts.at(id); }
    qsizetype size() const { return m_texts.size(); }
    const QList<QString> &texts() const { return m_texts; }
    void clear();

private:
    QHash<QString, quint32> m_ids;
    QList<QString> m_texts;
};

} // namespace okta

#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <array>

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
    // Split in shards: a table that grows rehashes only its own share, so adding a text never
    // holds the window thread up for long (one table of a million texts rehashes for tens
    // of milliseconds).
    static constexpr int Shards = 64;
    std::array<QHash<QString, quint32>, Shards> m_ids;
    QList<QString> m_texts;
};

} // namespace okta

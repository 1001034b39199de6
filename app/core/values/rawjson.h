#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace okta {

// The original bytes of one JSON value as the server sent them. Every value of a page
// points into the page's one buffer (implicitly shared), so keeping the bytes costs a
// reference, not a copy; the buffer lives as long as one of its values does. Exports
// write these bytes unchanged. (A store that keeps them elsewhere, e.g. in a file, can
// replace this handle without changing its users.)
class RawJson {
public:
    RawJson() = default;
    RawJson(const QByteArray &buffer, qsizetype offset, qsizetype size)
        : m_buffer(buffer)
        , m_offset(quint32(offset))
        , m_size(quint32(size)) {}

    QByteArrayView view() const { return QByteArrayView(m_buffer.constData() + m_offset, m_size); }
    QByteArray toByteArray() const { return view().toByteArray(); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // One value read from the bytes when asked (a detail view, an export column): a dotted
    // path such as "debugContext.debugData.requestUri" or "target.0.displayName". Strings
    // come unescaped, anything else as its JSON text; empty when there is no such value or
    // the bytes are not JSON.
    QString valueAt(QStringView path) const;

private:
    QByteArray m_buffer;
    quint32 m_offset = 0; // pages are far below 4 GiB
    quint32 m_size = 0;
};

} // namespace okta

#include "page.h"

namespace okta {

namespace {

QString keyOf(const LogEvent &event) {
    return event.uuid();
}
template<typename T> QString keyOf(const T &value) {
    return value.id;
}
const RawJson &rawOf(const LogEvent &event) {
    return event.raw();
}
template<typename T> const RawJson &rawOf(const T &value) {
    return value.raw;
}

} // namespace

qsizetype Page::size() const {
    return std::visit([](const auto &rows) { return rows.size(); }, m_rows);
}

const RawJson &Page::raw(qsizetype row) const {
    return std::visit([row](const auto &rows) -> const RawJson & { return rawOf(rows.at(row)); }, m_rows);
}

QString Page::key(qsizetype row) const {
    return std::visit([row](const auto &rows) { return keyOf(rows.at(row)); }, m_rows);
}

void Page::truncate(qsizetype n) {
    if (n < size())
        m_prepared.reset();
    std::visit(
        [n](auto &rows) {
            if (n < rows.size())
                rows.resize(n);
        },
        m_rows);
}

qsizetype Page::removeIf(const std::function<bool(const QString &key)> &drop) {
    const qsizetype removed = std::visit(
        [&drop](auto &rows) { return rows.removeIf([&drop](const auto &row) { return drop(keyOf(row)); }); },
        m_rows);
    if (removed > 0)
        m_prepared.reset();
    return removed;
}

} // namespace okta

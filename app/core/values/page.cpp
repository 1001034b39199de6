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
    std::visit(
        [n](auto &rows) {
            if (n < rows.size())
                rows.resize(n);
        },
        m_rows);
}

qsizetype Page::removeIf(const std::function<bool(const QString &key)> &drop) {
    return std::visit(
        [&drop](auto &rows) { return rows.removeIf([&drop](const auto &row) { return drop(keyOf(row)); }); },
        m_rows);
}

} // namespace okta

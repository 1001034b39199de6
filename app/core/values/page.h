#pragma once

#include "app.h"
#include "group.h"
#include "logevent.h"
#include "scopegrant.h"
#include "user.h"

#include <QMetaType>

#include <any>
#include <functional>
#include <variant>

namespace okta {

// One page of a list, parsed: rows of one value type, each with its original bytes. The
// pager hands pages over as they arrive; receivers take the rows of the type they asked
// for (`page.rows<User>()`), exporters the bytes and columns of any type.
class Page {
public:
    using Rows = std::variant<QList<User>, QList<Group>, QList<App>, QList<ScopeGrant>, QList<LogEvent>>;

    Page() = default;
    template<typename T>
    explicit Page(QList<T> rows)
        : m_rows(std::move(rows)) {}

    // The parser the pager runs on each body of a list of T.
    template<typename T> static Page parse(QByteArray body, QString *error) {
        Parsed<T> parsed = T::parsePage(std::move(body));
        *error = parsed.error;
        return Page(std::move(parsed.rows));
    }

    template<typename T> bool holds() const { return std::holds_alternative<QList<T>>(m_rows); }
    // The rows; a page of another type is a programming error (checked).
    template<typename T> const QList<T> &rows() const { return std::get<QList<T>>(m_rows); }
    const Rows &variant() const { return m_rows; }

    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    const RawJson &raw(qsizetype row) const;
    // What identifies a row: the id, or the uuid of an event.
    QString key(qsizetype row) const;
    // Keeps the first n rows.
    void truncate(qsizetype n);
    // Drops the rows whose key `drop` accepts; returns how many went.
    qsizetype removeIf(const std::function<bool(const QString &key)> &drop);

    // What a receiver works out of the rows ahead of time, where the page was parsed (on a
    // worker thread for big pages; see LogStream::prepareTableRows). Dropped when the rows
    // change, so it always describes exactly these rows.
    void setPrepared(std::any prepared) { m_prepared = std::move(prepared); }
    template<typename T> const T *prepared() const { return std::any_cast<T>(&m_prepared); }

private:
    Rows m_rows;
    std::any m_prepared;
};

} // namespace okta

Q_DECLARE_METATYPE(okta::Page)

#pragma once

// Internal to app/core/values: what every page parser shares. It includes simdjson, so
// only the parsers' .cpp files include it; the value headers stay light.

#include "parsed.h"
#include "rawjson.h"

#include <QString>

#include <simdjson.h>

#include <span>
#include <string_view>

namespace okta::json {

namespace od = simdjson::ondemand;
using simdjson::error_code;

// Ensures SIMDJSON_PADDING readable bytes after the data: simdjson reads whole 64-byte
// blocks. Copies only when the buffer has no spare capacity (the client reads bodies into
// buffers that have it).
void ensurePadding(QByteArray &bytes);

// Text from a page. Repeated values (event types, outcomes, cities, names) come from a
// per-thread table, so a million events share one copy of each instead of a million.
QString shared(std::string_view utf8);
QString unshared(std::string_view utf8);
// The text of a JSON string's content (between its quotes) with its escapes resolved;
// a broken escape becomes U+FFFD.
QString unescapeString(std::string_view content);

// Milliseconds since the epoch for an ISO 8601 timestamp ("2026-05-01T12:00:00.000Z");
// 0 when empty or unparsable.
qint64 parseTimestamp(std::string_view text);

// A string or null (an empty string); any other type is INCORRECT_TYPE.
error_code readString(od::value &value, QString &out, bool share = true);
error_code readTime(od::value &value, qint64 &out);
error_code readBool(od::value &value, bool &out);
// A whole number; null leaves `out` as it is.
error_code readCount(od::value &value, qint64 &out);

// Calls f(key, value) for each member of an object; null is an empty object, any other
// type INCORRECT_TYPE. f returns an error_code.
template<typename F> error_code forEachField(od::object &object, F &&f) {
    for (auto member : object) {
        std::string_view key;
        SIMDJSON_TRY(member.unescaped_key().get(key));
        od::value value;
        SIMDJSON_TRY(member.value().get(value));
        SIMDJSON_TRY(f(key, value));
    }
    return simdjson::SUCCESS;
}

template<typename F> error_code forEachField(od::value &value, F &&f) {
    od::json_type type;
    SIMDJSON_TRY(value.type().get(type));
    if (type == od::json_type::null)
        return simdjson::SUCCESS;
    od::object object;
    SIMDJSON_TRY(value.get_object().get(object));
    return forEachField(object, std::forward<F>(f));
}

// Calls f(element) for each element of an array; null is an empty array.
template<typename F> error_code forEachElement(od::value &value, F &&f) {
    od::json_type type;
    SIMDJSON_TRY(value.type().get(type));
    if (type == od::json_type::null)
        return simdjson::SUCCESS;
    od::array array;
    SIMDJSON_TRY(value.get_array().get(array));
    for (auto element : array) {
        od::value v;
        SIMDJSON_TRY(element.get(v));
        SIMDJSON_TRY(f(v));
    }
    return simdjson::SUCCESS;
}

// The bytes of an object read so far, from its '{' to its '}' (the rest is consumed).
error_code rawOf(od::object &object, const QByteArray &page, RawJson &out);

// Why a page could not be read, as one translated sentence.
QString notJson(error_code error, qsizetype offset);
QString notAnArray(std::string_view schema, od::json_type got);
QString notAnObject(std::string_view schema, od::json_type got);
QString wrongObjectField(std::string_view schema, std::string_view field, error_code error);
QString elementNotAnObject(std::string_view schema, qsizetype index);
QString wrongField(std::string_view schema, qsizetype index, std::string_view field, error_code error);
QString trailingContent(qsizetype offset);

// Reads one array element into a row; on failure names the field at fault.
template<typename T>
using RowReader = error_code (*)(od::object &object, const QByteArray &page, T &row, std::string_view &field);

od::parser &threadParser();

// The shared loop of every page parser: a JSON array of objects of Okta's `schema`
// (User, Group, …), each read by `read`. Any failure drops the rows and names the problem.
template<typename T> Parsed<T> parseArray(QByteArray page, std::string_view schema, RowReader<T> read) {
    Parsed<T> out;
    const auto fail = [&out](QString why) {
        out.rows.clear();
        out.error = std::move(why);
        return out;
    };
    ensurePadding(page);
    od::document doc;
    error_code e =
        threadParser().iterate(page.constData(), size_t(page.size()), size_t(page.capacity())).get(doc);
    if (e)
        return fail(notJson(e, 0));
    od::json_type type;
    if ((e = doc.type().get(type)))
        return fail(notJson(e, 0));
    od::array array;
    if (type != od::json_type::array || (e = doc.get_array().get(array)))
        return fail(e ? notJson(e, 0) : notAnArray(schema, type));
    qsizetype index = 0;
    for (auto element : array) {
        od::object object;
        if ((e = element.get_object().get(object))) {
            const char *at = nullptr;
            const qsizetype offset = doc.current_location().get(at) ? page.size() : at - page.constData();
            return fail(e == simdjson::INCORRECT_TYPE ? elementNotAnObject(schema, index)
                                                      : notJson(e, offset));
        }
        T row;
        std::string_view field;
        if ((e = read(object, page, row, field)))
            return fail(wrongField(schema, index, field, e));
        out.rows.append(std::move(row));
        ++index;
    }
    // Past the list's end current_location() fails; any more tokens are trailing content.
    if (const char *at = nullptr; !doc.current_location().get(at))
        return fail(trailingContent(at - page.constData()));
    return out;
}

// The same for a body that is one object (GET /api/v1/users/{id}): one row, or the error.
template<typename T> Parsed<T> parseObject(QByteArray body, std::string_view schema, RowReader<T> read) {
    Parsed<T> out;
    const auto fail = [&out](QString why) {
        out.rows.clear();
        out.error = std::move(why);
        return out;
    };
    ensurePadding(body);
    od::document doc;
    error_code e =
        threadParser().iterate(body.constData(), size_t(body.size()), size_t(body.capacity())).get(doc);
    if (e)
        return fail(notJson(e, 0));
    od::json_type type;
    if ((e = doc.type().get(type)))
        return fail(notJson(e, 0));
    od::object object;
    if (type != od::json_type::object || (e = doc.get_object().get(object)))
        return fail(e ? notJson(e, 0) : notAnObject(schema, type));
    T row;
    std::string_view field;
    if ((e = read(object, body, row, field)))
        return fail(wrongObjectField(schema, field, e));
    if (const char *at = nullptr; !doc.current_location().get(at))
        return fail(notJson(simdjson::TRAILING_CONTENT, at - body.constData()));
    out.rows.append(std::move(row));
    return out;
}

} // namespace okta::json

namespace okta::json {

// A value type's fields as a table: the dotted path in Okta's JSON and where it goes. Paths
// that share a prefix ("profile.login", "profile.email") are read in one pass.
template<typename T> struct Field {
    enum class Kind { Text, SharedText, TextIfEmpty, Time, Count };
    std::string_view path;
    Kind kind;
    QString T::*text = nullptr;
    qint64 T::*time = nullptr; // a timestamp, or a count
};

// Unique values (ids, logins) as they are.
template<typename T> constexpr Field<T> text(std::string_view path, QString T::*member) {
    return {path, Field<T>::Kind::Text, member};
}
// Values that repeat across rows (statuses, types, names): stored once (see shared()).
template<typename T> constexpr Field<T> sharedText(std::string_view path, QString T::*member) {
    return {path, Field<T>::Kind::SharedText, member};
}
// A second source of a value: used only while nothing else filled the member.
template<typename T> constexpr Field<T> fallback(std::string_view path, QString T::*member) {
    return {path, Field<T>::Kind::TextIfEmpty, member};
}
template<typename T> constexpr Field<T> timestamp(std::string_view path, qint64 T::*member) {
    return {path, Field<T>::Kind::Time, nullptr, member};
}
// A whole number (a member count); null leaves the member as it is.
template<typename T> constexpr Field<T> count(std::string_view path, qint64 T::*member) {
    return {path, Field<T>::Kind::Count, nullptr, member};
}

template<typename T> error_code readLeaf(od::value &value, const Field<T> &f, T &row) {
    switch (f.kind) {
    case Field<T>::Kind::Time:
        return readTime(value, row.*(f.time));
    case Field<T>::Kind::Count:
        return readCount(value, row.*(f.time));
    case Field<T>::Kind::TextIfEmpty: {
        QString text;
        SIMDJSON_TRY(readString(value, text));
        if ((row.*(f.text)).isEmpty())
            row.*(f.text) = text;
        return simdjson::SUCCESS;
    }
    case Field<T>::Kind::Text:
    case Field<T>::Kind::SharedText:
        return readString(value, row.*(f.text), f.kind == Field<T>::Kind::SharedText);
    }
    return simdjson::SUCCESS;
}

// Reads the members of `object` that lie under `prefix` ("" or "profile.") and that
// `fields` name; `at` names the field being read, for the error message.
template<typename T, typename Object>
error_code readFields(Object &object, std::string_view prefix, std::span<const Field<T>> fields, T &row,
                      std::string_view &at) {
    return forEachField(object, [&](std::string_view key, od::value &value) -> error_code {
        const size_t end = prefix.size() + key.size();
        std::string_view below; // "profile." when a field lies below this member
        for (const Field<T> &f : fields) {
            if (f.path.size() < end || f.path.substr(0, prefix.size()) != prefix ||
                f.path.substr(prefix.size(), key.size()) != key)
                continue;
            if (f.path.size() == end) {
                at = f.path;
                return readLeaf(value, f, row);
            }
            if (f.path[end] == '.')
                below = f.path.substr(0, end + 1);
        }
        if (below.empty())
            return simdjson::SUCCESS;
        at = below.substr(0, below.size() - 1);
        return readFields(value, below, fields, row, at);
    });
}

// The reader of a row that is all table: its fields, then its bytes.
template<typename T, const auto &fields>
error_code readRow(od::object &object, const QByteArray &page, T &row, std::string_view &at) {
    SIMDJSON_TRY(readFields(object, std::string_view(), std::span<const Field<T>>(fields), row, at));
    at = {};
    return rawOf(object, page, row.raw);
}

} // namespace okta::json

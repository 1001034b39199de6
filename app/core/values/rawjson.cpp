#include "rawjson.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {

error_code textOf(od::value &value, QString &out) {
    od::json_type type;
    SIMDJSON_TRY(value.type().get(type));
    std::string_view text;
    switch (type) {
    case od::json_type::string:
        SIMDJSON_TRY(value.get_string().get(text));
        break;
    case od::json_type::object: {
        od::object object;
        SIMDJSON_TRY(value.get_object().get(object));
        SIMDJSON_TRY(object.raw_json().get(text));
        break;
    }
    case od::json_type::array: {
        od::array array;
        SIMDJSON_TRY(value.get_array().get(array));
        SIMDJSON_TRY(array.raw_json().get(text));
        break;
    }
    default:
        text = value.raw_json_token();
        break;
    }
    while (!text.empty() &&
           (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    out = unshared(text);
    return simdjson::SUCCESS;
}

error_code walk(od::value value, const QList<QStringView> &parts, qsizetype i, QString &out) {
    if (i == parts.size())
        return textOf(value, out);
    od::json_type type;
    SIMDJSON_TRY(value.type().get(type));
    const QByteArray part = parts.at(i).toUtf8();
    if (type == od::json_type::object) {
        od::value child;
        SIMDJSON_TRY(
            value.find_field_unordered(std::string_view(part.constData(), size_t(part.size()))).get(child));
        return walk(child, parts, i + 1, out);
    }
    if (type == od::json_type::array) {
        bool ok = false;
        const qsizetype index = parts.at(i).toLongLong(&ok);
        if (!ok || index < 0)
            return simdjson::NO_SUCH_FIELD;
        od::array array;
        SIMDJSON_TRY(value.get_array().get(array));
        od::value child;
        SIMDJSON_TRY(array.at(size_t(index)).get(child));
        return walk(child, parts, i + 1, out);
    }
    return simdjson::NO_SUCH_FIELD;
}

} // namespace

QString RawJson::valueAt(QStringView path) const {
    if (isEmpty())
        return {};
    QByteArray copy;
    copy.reserve(m_size + qsizetype(simdjson::SIMDJSON_PADDING));
    copy.append(view());
    od::document doc;
    if (threadParser().iterate(copy.constData(), size_t(copy.size()), size_t(copy.capacity())).get(doc))
        return {};
    od::value root;
    if (doc.get_value().get(root))
        return {};
    QString out;
    const QList<QStringView> parts = path.split(QLatin1Char('.'));
    if (walk(root, parts, 0, out))
        return {};
    return out;
}

} // namespace okta

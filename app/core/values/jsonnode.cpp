#include "jsonnode.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {

// Deeper than any event; keeps hostile input from exhausting the stack.
constexpr int MaxDepth = 64;

std::string_view trimmed(std::string_view text) {
    while (!text.empty() &&
           (text.back() == ' ' || text.back() == '\n' || text.back() == '\r' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

error_code read(od::value &value, JsonNode &node, int depth) {
    if (depth > MaxDepth)
        return simdjson::DEPTH_ERROR;
    od::json_type type;
    SIMDJSON_TRY(value.type().get(type));
    const auto childPath = [&node](const QString &name) {
        return node.path.isEmpty() ? name : node.path + u'.' + name;
    };
    switch (type) {
    case od::json_type::object: {
        node.kind = JsonNode::Kind::Object;
        od::object object;
        SIMDJSON_TRY(value.get_object().get(object));
        SIMDJSON_TRY(forEachField(object, [&](std::string_view key, od::value &v) -> error_code {
            JsonNode child;
            child.name = unshared(key);
            child.path = childPath(child.name);
            SIMDJSON_TRY(read(v, child, depth + 1));
            node.children.append(std::move(child));
            return simdjson::SUCCESS;
        }));
        std::string_view raw;
        SIMDJSON_TRY(object.raw_json().get(raw));
        node.text = unshared(trimmed(raw));
        return simdjson::SUCCESS;
    }
    case od::json_type::array: {
        node.kind = JsonNode::Kind::Array;
        od::array array;
        SIMDJSON_TRY(value.get_array().get(array));
        qsizetype index = 0;
        for (auto element : array) {
            od::value v;
            SIMDJSON_TRY(element.get(v));
            JsonNode child;
            child.name = QString::number(index++);
            child.path = childPath(child.name);
            SIMDJSON_TRY(read(v, child, depth + 1));
            node.children.append(std::move(child));
        }
        std::string_view raw;
        SIMDJSON_TRY(array.raw_json().get(raw));
        node.text = unshared(trimmed(raw));
        return simdjson::SUCCESS;
    }
    case od::json_type::string: {
        node.kind = JsonNode::Kind::String;
        std::string_view text;
        SIMDJSON_TRY(value.get_string().get(text));
        node.text = unshared(text);
        return simdjson::SUCCESS;
    }
    case od::json_type::number:
        node.kind = JsonNode::Kind::Number;
        break;
    case od::json_type::boolean:
        node.kind = JsonNode::Kind::Bool;
        break;
    case od::json_type::null:
        node.kind = JsonNode::Kind::Null;
        break;
    }
    node.text = unshared(trimmed(value.raw_json_token()));
    return simdjson::SUCCESS;
}

} // namespace

std::optional<JsonNode> JsonNode::parse(QByteArrayView json) {
    QByteArray copy;
    copy.reserve(json.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    copy.append(json);
    od::document doc;
    if (threadParser().iterate(copy.constData(), size_t(copy.size()), size_t(copy.capacity())).get(doc))
        return std::nullopt;
    od::value root;
    if (doc.get_value().get(root))
        return std::nullopt;
    JsonNode node;
    if (read(root, node, 0))
        return std::nullopt;
    // Anything after the value makes it not one JSON value.
    if (const char *at = nullptr; !doc.current_location().get(at))
        return std::nullopt;
    return node;
}

} // namespace okta

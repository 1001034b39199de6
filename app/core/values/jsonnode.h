#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace okta {

// A JSON value as a tree to show and copy from (an event in the System Log's detail
// pane): each node's name, dotted path, type and text. Strings come unescaped, numbers
// and literals as written; an object or array keeps its JSON text as it was sent.
struct JsonNode {
    enum class Kind : quint8 { Object, Array, String, Number, Bool, Null };

    QString name; // the member name, or the index in an array
    QString path; // "target.0.displayName"; empty for the root
    Kind kind = Kind::Null;
    QString text;
    QList<JsonNode> children;

    bool isContainer() const { return kind == Kind::Object || kind == Kind::Array; }

    // nullopt when the bytes are not one JSON value.
    static std::optional<JsonNode> parse(QByteArrayView json);
};

} // namespace okta

#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace okta::scim {

// The SCIM filter language as Okta documents it for the System Log (and, in subsets, for
// users and groups): attribute operator [value], with and / or / not and parentheses.
// Attribute names are case-sensitive, operators and logical words are not, string
// literals are JSON strings. `and` binds tighter than `or`; `not` applies to a
// parenthesised expression: not (a eq "b").

enum class Op { Eq, Ne, Sw, Ew, Co, Gt, Ge, Lt, Le, Pr };

struct Node;
using NodePtr = std::shared_ptr<const Node>;

struct Node {
    enum class Kind { Compare, And, Or, Not };
    Kind kind = Kind::Compare;
    // Compare
    QString attribute;
    Op op = Op::Eq;
    QJsonValue value; // string, number, bool or null; Undefined for `pr`
    // And / Or use both, Not uses `left`
    NodePtr left;
    NodePtr right;
};

struct ParseError {
    QString message;  // translated, names the problem
    int position = 0; // 0-based character offset in the input
};

struct ParseResult {
    NodePtr root;
    std::optional<ParseError> error;
    bool ok() const { return root && !error; }
};

ParseResult parse(QStringView text);

QString opName(Op op); // "eq", "ne", …
std::optional<Op> opFromName(QStringView name);

// True for `name(.name)*` where a name is a letter or "_" followed by letters, digits, "_"
// or "-" (eventType, client.geographicalContext.country, profile.first_name).
bool isValidAttributePath(QStringView path);

// Writes `value` as a JSON string literal in double quotes (escaping " \ and control
// characters), ready to stand on the right of an operator.
QString quote(QStringView value);

// Renders a tree back to canonical text (lower-case operators, minimal parentheses).
QString toString(const Node &node);

} // namespace okta::scim

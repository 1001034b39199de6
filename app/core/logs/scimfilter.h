#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <functional>
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

// The values an attribute path has on one record. A multi-valued attribute
// (target.id across target[]) yields several; a missing one yields none.
using Values = QVarLengthArray<QJsonValue, 4>;
using Resolver = std::function<void(QStringView attributePath, Values &out)>;

// Evaluates a tree against one record. String comparisons ignore case, as Okta's do;
// gt/ge/lt/le compare numbers numerically and strings (including ISO dates) lexically;
// `pr` is true when the attribute has a non-null value.
// Multi-valued attributes: a comparison holds when ANY value satisfies it, except `ne`,
// which is the negation of `eq` (true when NO value equals, so also when the attribute is
// absent). An absent attribute equals null; `pr` also treats "" and empty arrays as absent.
bool evaluate(const Node &node, const Resolver &resolve);

} // namespace okta::scim

// Evaluation of parsed SCIM filters for the demo org's queries.
#include "scimevaluate.h"

#include <QJsonArray>
#include <QJsonObject>

namespace demo {

namespace {

using okta::scim::Node;
using okta::scim::Op;

// The filter's literal, unpacked once per comparison node so the per-value loop only
// touches the record's values.
struct Literal {
    QJsonValue::Type type = QJsonValue::Undefined;
    QString text;
    double number = 0;
    bool boolean = false;

    explicit Literal(const QJsonValue &v)
        : type(v.type()) {
        if (type == QJsonValue::String)
            text = v.toString();
        else if (type == QJsonValue::Double)
            number = v.toDouble();
        else if (type == QJsonValue::Bool)
            boolean = v.toBool();
    }
};

template<typename T> bool ordered(Op op, const T &a, const T &b) {
    switch (op) {
    case Op::Gt:
        return a > b;
    case Op::Ge:
        return a >= b;
    case Op::Lt:
        return a < b;
    case Op::Le:
        return a <= b;
    default:
        return false;
    }
}

bool isEqual(const QJsonValue &actual, const Literal &lit, Qt::CaseSensitivity cs) {
    if (actual.type() != lit.type)
        return false;
    switch (lit.type) {
    case QJsonValue::String:
        return actual.toString().compare(lit.text, cs) == 0;
    case QJsonValue::Double:
        return actual.toDouble() == lit.number;
    case QJsonValue::Bool:
        return actual.toBool() == lit.boolean;
    case QJsonValue::Null:
        return true;
    default:
        return false;
    }
}

// eq, sw, ew, co and the orderings on one value; ne and pr are decided by the caller.
bool matchesOne(const QJsonValue &actual, Op op, const Literal &lit, Qt::CaseSensitivity cs) {
    if (op == Op::Eq)
        return isEqual(actual, lit, cs);
    if (lit.type == QJsonValue::String && actual.isString()) {
        const QString s = actual.toString();
        switch (op) {
        case Op::Sw:
            return s.startsWith(lit.text, cs);
        case Op::Ew:
            return s.endsWith(lit.text, cs);
        case Op::Co:
            return s.contains(lit.text, cs);
        default:
            return ordered(op, s.compare(lit.text, cs), 0);
        }
    }
    if (lit.type == QJsonValue::Double && actual.isDouble())
        return ordered(op, actual.toDouble(), lit.number);
    return false;
}

bool isPresent(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String:
        return !v.toString().isEmpty();
    case QJsonValue::Array:
        return !v.toArray().isEmpty();
    case QJsonValue::Object:
        return !v.toObject().isEmpty();
    default:
        return true;
    }
}

bool evaluateCompare(const Node &node, const FilterResolver &resolve, Qt::CaseSensitivity cs) {
    FilterValues values;
    resolve(node.attribute, values);
    if (node.op == Op::Pr) {
        for (const QJsonValue &v : values)
            if (isPresent(v))
                return true;
        return false;
    }
    const Literal lit(node.value);
    const bool nullLiteral = lit.type == QJsonValue::Null;
    if (node.op == Op::Eq || node.op == Op::Ne) {
        // An absent attribute equals null, so `x eq null` is exactly `not (x pr)`.
        bool equal = nullLiteral && values.isEmpty();
        for (qsizetype i = 0; !equal && i < values.size(); ++i)
            equal = isEqual(values[i], lit, cs) || (nullLiteral && values[i].isUndefined());
        return node.op == Op::Eq ? equal : !equal;
    }
    for (const QJsonValue &v : values)
        if (matchesOne(v, node.op, lit, cs))
            return true;
    return false;
}

bool evaluate(const Node &node, const FilterResolver &resolve, Qt::CaseSensitivity cs) {
    switch (node.kind) {
    case Node::Kind::Compare:
        return evaluateCompare(node, resolve, cs);
    case Node::Kind::And:
        return node.left && node.right && evaluate(*node.left, resolve, cs) &&
               evaluate(*node.right, resolve, cs);
    case Node::Kind::Or:
        return (node.left && evaluate(*node.left, resolve, cs)) ||
               (node.right && evaluate(*node.right, resolve, cs));
    case Node::Kind::Not:
        return node.left && !evaluate(*node.left, resolve, cs);
    }
    return false;
}

} // namespace

void resolveJsonPath(const QJsonValue &v, QStringView path, FilterValues &out) {
    if (v.isArray()) {
        const QJsonArray items = v.toArray();
        for (const QJsonValue &item : items)
            resolveJsonPath(item, path, out);
        return;
    }
    if (path.isEmpty()) {
        out.append(v);
        return;
    }
    if (!v.isObject())
        return;
    const qsizetype dot = path.indexOf(u'.');
    const QStringView head = dot < 0 ? path : path.left(dot);
    const QStringView rest = dot < 0 ? QStringView() : path.sliced(dot + 1);
    const QJsonObject object = v.toObject();
    const auto it = object.constFind(head);
    if (it != object.constEnd())
        resolveJsonPath(it.value(), rest, out);
}

bool evaluateFilter(const Node &node, const FilterResolver &resolve, ValueCase valueCase) {
    return evaluate(node, resolve,
                    valueCase == ValueCase::Sensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
}

} // namespace demo

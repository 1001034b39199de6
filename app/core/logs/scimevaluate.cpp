// Rendering and evaluation of parsed SCIM filters (the parser lives in scimfilter.cpp).
#include "scimfilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace okta::scim {

namespace {

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

bool isEqual(const QJsonValue &actual, const Literal &lit) {
    if (actual.type() != lit.type)
        return false;
    switch (lit.type) {
    case QJsonValue::String:
        return actual.toString().compare(lit.text, Qt::CaseInsensitive) == 0;
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
bool matchesOne(const QJsonValue &actual, Op op, const Literal &lit) {
    if (op == Op::Eq)
        return isEqual(actual, lit);
    if (lit.type == QJsonValue::String && actual.isString()) {
        const QString s = actual.toString();
        switch (op) {
        case Op::Sw:
            return s.startsWith(lit.text, Qt::CaseInsensitive);
        case Op::Ew:
            return s.endsWith(lit.text, Qt::CaseInsensitive);
        case Op::Co:
            return s.contains(lit.text, Qt::CaseInsensitive);
        default:
            return ordered(op, s.compare(lit.text, Qt::CaseInsensitive), 0);
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

bool evaluateCompare(const Node &node, const Resolver &resolve) {
    Values values;
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
            equal = isEqual(values[i], lit) || (nullLiteral && values[i].isUndefined());
        return node.op == Op::Eq ? equal : !equal;
    }
    for (const QJsonValue &v : values)
        if (matchesOne(v, node.op, lit))
            return true;
    return false;
}

QString renderValue(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::String:
        return quote(v.toString());
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integers print without exponent or fraction, as admins type them.
        if (std::abs(d) < 9007199254740992.0 && d == std::floor(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    default:
        return QStringLiteral("null");
    }
}

QString renderChild(const NodePtr &child, Node::Kind parent) {
    if (!child)
        return QString();
    const QString text = toString(*child);
    // Only an `or` under an `and` needs parentheses; everything else binds at least as tight.
    if (parent == Node::Kind::And && child->kind == Node::Kind::Or)
        return u'(' + text + u')';
    return text;
}

} // namespace

QString quote(QStringView value) {
    static const char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(value.size() + 2);
    out.append(u'"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out.append(QLatin1StringView("\\\""));
            break;
        case u'\\':
            out.append(QLatin1StringView("\\\\"));
            break;
        case u'\b':
            out.append(QLatin1StringView("\\b"));
            break;
        case u'\f':
            out.append(QLatin1StringView("\\f"));
            break;
        case u'\n':
            out.append(QLatin1StringView("\\n"));
            break;
        case u'\r':
            out.append(QLatin1StringView("\\r"));
            break;
        case u'\t':
            out.append(QLatin1StringView("\\t"));
            break;
        default:
            if (c.unicode() < 0x20) {
                out.append(QLatin1StringView("\\u00"));
                out.append(QLatin1Char(hex[c.unicode() >> 4]));
                out.append(QLatin1Char(hex[c.unicode() & 0xf]));
            } else {
                out.append(c);
            }
        }
    }
    out.append(u'"');
    return out;
}

QString toString(const Node &node) {
    switch (node.kind) {
    case Node::Kind::Compare:
        if (node.op == Op::Pr)
            return node.attribute + QLatin1StringView(" pr");
        return node.attribute + u' ' + opName(node.op) + u' ' + renderValue(node.value);
    case Node::Kind::And:
        return renderChild(node.left, Node::Kind::And) + QLatin1StringView(" and ") +
               renderChild(node.right, Node::Kind::And);
    case Node::Kind::Or:
        return renderChild(node.left, Node::Kind::Or) + QLatin1StringView(" or ") +
               renderChild(node.right, Node::Kind::Or);
    case Node::Kind::Not:
        return QLatin1StringView("not (") + (node.left ? toString(*node.left) : QString()) + u')';
    }
    return QString();
}

bool evaluate(const Node &node, const Resolver &resolve) {
    switch (node.kind) {
    case Node::Kind::Compare:
        return evaluateCompare(node, resolve);
    case Node::Kind::And:
        return node.left && node.right && evaluate(*node.left, resolve) && evaluate(*node.right, resolve);
    case Node::Kind::Or:
        return (node.left && evaluate(*node.left, resolve)) || (node.right && evaluate(*node.right, resolve));
    case Node::Kind::Not:
        return node.left && !evaluate(*node.left, resolve);
    }
    return false;
}

} // namespace okta::scim

// Rendering parsed SCIM filters back to text (the parser lives in scimfilter.cpp).
#include "scimfilter.h"

#include <QLocale>

#include <cmath>

namespace okta::scim {

namespace {

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

} // namespace okta::scim

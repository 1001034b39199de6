#include "directoryfilter.h"

using namespace Qt::StringLiterals;

namespace demo {

std::optional<QString> checkDirectoryFilter(const okta::scim::Node &node, const DirectoryFilterRules &rules) {
    using okta::scim::Node;
    using okta::scim::Op;
    switch (node.kind) {
    case Node::Kind::Not:
        if (!rules.allowNot)
            return u"The not operator is not supported."_s;
        return node.left ? checkDirectoryFilter(*node.left, rules) : std::nullopt;
    case Node::Kind::And:
    case Node::Kind::Or:
        if (auto e = checkDirectoryFilter(*node.left, rules))
            return e;
        return checkDirectoryFilter(*node.right, rules);
    case Node::Kind::Compare:
        break;
    }
    const QString &a = node.attribute;
    const bool known = rules.attributes.contains(a) || (rules.allowProfile && a.startsWith(u"profile."_s));
    if (!known)
        return u"Invalid search criteria: the attribute "_s + a + u" is not supported."_s;
    switch (node.op) {
    case Op::Eq:
        return std::nullopt;
    case Op::Sw:
        if (rules.allowStartsWith)
            return std::nullopt;
        break;
    case Op::Co:
        if (rules.containsAttributes.contains(a))
            return std::nullopt;
        break;
    case Op::Gt:
    case Op::Ge:
    case Op::Lt:
    case Op::Le:
        if (rules.rangeOnAnyAttribute || rules.rangeAttributes.contains(a))
            return std::nullopt;
        break;
    case Op::Pr:
        if (rules.allowPresent)
            return std::nullopt;
        break;
    case Op::Ne:
    case Op::Ew:
        break;
    }
    return u"Invalid search criteria: the operator "_s + okta::scim::opName(node.op) +
           u" is not supported for "_s + a + u'.';
}

} // namespace demo

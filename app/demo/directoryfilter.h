#pragma once

#include "scimevaluate.h"

#include <QSet>
#include <QString>

#include <optional>

namespace demo {

// The rules Okta applies to users' and groups' `search` and `filter` parameters: which
// attributes and operators each accepts. Returns an error message, or nothing when the
// expression is allowed.
struct DirectoryFilterRules {
    QSet<QString> attributes;         // exact names; see allowProfile
    bool allowProfile = false;        // any profile.* attribute
    QSet<QString> containsAttributes; // where `co` is allowed
    QSet<QString> rangeAttributes;    // where gt/ge/lt/le are allowed
    bool rangeOnAnyAttribute = false; // ... or on every attribute
    bool allowStartsWith = true;
    bool allowPresent = false;
    bool allowNot = false;
};

std::optional<QString> checkDirectoryFilter(const okta::scim::Node &node, const DirectoryFilterRules &rules);

} // namespace demo

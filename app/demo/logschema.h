#pragma once

#include <QStringView>

namespace demo {

enum class LogAttribute {
    Valid,
    Unknown,     // not an attribute of the LogEvent object
    Published,   // an attribute, but "filter cannot use published" (since/until do that)
    WholeChange, // target.changeDetails.from/to: a property inside them must be named
};

// Whether a System Log filter may name `path`: any attribute path of Okta's LogEvent object
// (the spec's schema, and the fields okta-api-notes.md 5.7 lists beyond it), including any
// key under its free-form maps such as transaction.detail and debugContext.debugData.
LogAttribute checkLogEventAttribute(QStringView path);

} // namespace demo

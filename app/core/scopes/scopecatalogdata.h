#pragma once

// Internal to app/core/scopes: the scope tables ScopeCatalog answers from.

#include "scopecatalog.h"

#include <QHash>
#include <QStringList>

namespace okta::scopedata {

// One scope's facts with its description untranslated: `subject` fills the access's
// pattern ("Read %1"), or `text` is the whole description.
struct Entry {
    ScopeInfo::Access access = ScopeInfo::Access::Read;
    const char *subject = nullptr;
    const char *text = nullptr;
    bool inCatalogue = false;
};

// The guidance page's "List of default scopes", in its order; the first seven are the
// asterisked ones.
const QStringList &defaultList();
// Every scope named here (the catalogue and the default list's legacy names), by name.
const QHash<QString, Entry> &entries();

} // namespace okta::scopedata

#pragma once

#include "scopecatalog.h"

#include "core/values/scopegrant.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace okta {

// One line of an app's scope list: the scope as OktaDesk describes it, and the app's
// active grant of it, if any.
struct ScopeRow {
    ScopeInfo info;
    std::optional<ScopeGrant> grant;

    // Auto-granted scopes count as granted whether or not Okta lists a grant for them.
    bool isGranted() const { return grant.has_value() || info.autoGranted; }
    // Not on the connector's default list: the app holds it, or the full catalogue shows it.
    bool isOutsideDefaultList() const { return !info.inDefaultList; }
};

// The rows for an app holding `grants` (inactive ones are ignored): the default list in
// the guidance page's order, then every other scope the app holds or `extra` names (in
// that order), then, with `allScopes`, the rest of Okta's catalogue, sorted.
QList<ScopeRow> scopeRows(const QList<ScopeGrant> &grants, bool allScopes, const QStringList &extra = {});

} // namespace okta

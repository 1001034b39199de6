#pragma once

#include <Qt>

namespace oktadesk {

// Roles every table model here answers, so views, proxies and (later) exporters can ask
// any of them the same way.
enum ModelRole : int {
    IdRole = Qt::UserRole + 1, // the Okta id (uuid for a System Log event)
    RawJsonRole,               // the row's original JSON bytes (QByteArray), as Okta sent them
    SortRole,                  // a value that sorts naturally (timestamps as numbers)
    SeverityRole,              // System Log severity: DEBUG, INFO, WARN, ERROR
    LockedRole,                // a grant that cannot be revoked (auto-granted OIDC scope)
    ScopeStatusRole,           // ScopeTableModel::RowStatus, as int
};

} // namespace oktadesk

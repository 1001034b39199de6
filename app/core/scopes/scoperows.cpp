#include "scoperows.h"

#include <QHash>
#include <QSet>

namespace okta {

QList<ScopeRow> scopeRows(const QList<ScopeGrant> &grants, bool allScopes, const QStringList &extra) {
    QHash<QString, ScopeGrant> active;
    QStringList heldOrder; // the app's scopes in Okta's order
    for (const ScopeGrant &grant : grants) {
        if (grant.scopeId.isEmpty() || (!grant.status.isEmpty() && grant.status != QLatin1String("ACTIVE")))
            continue;
        if (!active.contains(grant.scopeId))
            heldOrder.append(grant.scopeId);
        active.insert(grant.scopeId, grant);
    }
    QList<ScopeRow> rows;
    QSet<QString> listed;
    const auto add = [&](const QString &scope) {
        if (scope.isEmpty() || listed.contains(scope))
            return;
        listed.insert(scope);
        ScopeRow row;
        row.info = ScopeCatalog::info(scope);
        if (const auto it = active.constFind(scope); it != active.cend())
            row.grant = *it;
        rows.append(row);
    };
    for (const QString &scope : ScopeCatalog::defaultScopes())
        add(scope);
    for (const QString &scope : std::as_const(heldOrder))
        add(scope);
    for (const QString &scope : extra)
        add(scope.trimmed());
    if (allScopes)
        for (const QString &scope : ScopeCatalog::catalogueScopes())
            add(scope);
    return rows;
}

} // namespace okta

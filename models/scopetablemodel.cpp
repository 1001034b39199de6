#include "scopetablemodel.h"

#include "modelformat.h"

#include "core/values/textescape.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>

namespace oktadesk {

using okta::GrantChange;
using okta::ScopeInfo;
using okta::ScopeRow;

ScopeTableModel::ScopeTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QString ScopeTableModel::lockedToolTip() {
    return tr("Granted automatically by Okta. Revoking it makes the authorization of connections that use "
              "the app fail, so it cannot be revoked.");
}

QString ScopeTableModel::statusName(RowStatus status) {
    switch (status) {
    case RowStatus::Granted:
        return tr("Granted");
    case RowStatus::NotGranted:
        return tr("Not granted");
    case RowStatus::PendingGrant:
        return tr("Pending grant");
    case RowStatus::PendingRevoke:
        return tr("Pending revoke");
    case RowStatus::Failed:
        return tr("Failed");
    }
    return {};
}

void ScopeTableModel::setGrants(const QList<okta::ScopeGrant> &grants) {
    m_grants = grants;
    m_loaded = true;
    rebuild();
    // Drop what the listed grants made moot; keep the rest staged.
    const qsizetype dropped =
        m_staged.removeIf([this](std::pair<const QString &, GrantChange::Action &> staged) {
            const int row = rowOf(staged.first);
            const bool held = row >= 0 && m_rows.at(row).isGranted();
            if ((staged.second == GrantChange::Action::Grant) != held)
                return false;
            m_failures.remove(staged.first);
            return true;
        });
    if (dropped > 0)
        rebuild();
    Q_EMIT stagingChanged();
}

void ScopeTableModel::clear() {
    m_grants.clear();
    m_staged.clear();
    m_failures.clear();
    m_loaded = false;
    rebuild();
    Q_EMIT stagingChanged();
}

void ScopeTableModel::setShowAllScopes(bool all) {
    if (all == m_all)
        return;
    m_all = all;
    rebuild();
}

void ScopeTableModel::setUserNames(const QHash<QString, QString> &loginsById) {
    m_logins = loginsById;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, GrantedBy), index(rowCount() - 1, GrantedBy));
}

void ScopeTableModel::rebuild() {
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    if (m_loaded) {
        m_rows = okta::scopeRows(m_grants, m_all, m_staged.keys());
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows.at(i).info.name, i);
    }
    endResetModel();
}

int ScopeTableModel::rowOf(const QString &scope) const {
    return m_rowOf.value(scope, -1);
}

void ScopeTableModel::rowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ScopeTableModel::stage(const QString &scope, GrantChange::Action action) {
    const QString name = scope.trimmed();
    if (!m_loaded || name.isEmpty() || okta::ScopeCatalog::isAutoGranted(name))
        return false;
    const int row = rowOf(name);
    const bool held = row >= 0 && m_rows.at(row).isGranted();
    if (held == (action == GrantChange::Action::Grant)) {
        // Back to what the app holds: nothing to send.
        if (m_staged.remove(name) + m_failures.remove(name) == 0)
            return false;
    } else {
        if (const auto it = m_staged.constFind(name); it != m_staged.cend() && *it == action)
            return false;
        m_staged.insert(name, action);
        m_failures.remove(name);
    }
    if (row < 0)
        rebuild(); // a scope the list lacked gets its row
    else
        rowChanged(row);
    Q_EMIT stagingChanged();
    return true;
}

void ScopeTableModel::discardStaged() {
    if (m_staged.isEmpty() && m_failures.isEmpty())
        return;
    m_staged.clear();
    m_failures.clear();
    rebuild();
    Q_EMIT stagingChanged();
}

QList<GrantChange> ScopeTableModel::stagedChanges() const {
    QList<GrantChange> changes;
    for (const ScopeRow &row : m_rows) {
        const auto it = m_staged.constFind(row.info.name);
        if (it == m_staged.cend())
            continue;
        changes.append({*it, row.info.name, row.grant ? row.grant->id : QString()});
    }
    return changes;
}

int ScopeTableModel::stagedCount(GrantChange::Action action) const {
    int n = 0;
    for (const GrantChange::Action staged : m_staged)
        n += staged == action;
    return n;
}

void ScopeTableModel::setFailure(const QString &scope, const QString &message) {
    const int row = rowOf(scope);
    if (row < 0 || !m_staged.contains(scope))
        return;
    m_failures.insert(scope, message);
    rowChanged(row);
    Q_EMIT stagingChanged();
}

ScopeTableModel::RowStatus ScopeTableModel::status(const ScopeRow &row) const {
    if (m_failures.contains(row.info.name))
        return RowStatus::Failed;
    if (const auto it = m_staged.constFind(row.info.name); it != m_staged.cend())
        return *it == GrantChange::Action::Grant ? RowStatus::PendingGrant : RowStatus::PendingRevoke;
    return row.isGranted() ? RowStatus::Granted : RowStatus::NotGranted;
}

bool ScopeTableModel::checked(const ScopeRow &row) const {
    const auto it = m_staged.constFind(row.info.name);
    if (it != m_staged.cend())
        return *it == GrantChange::Action::Grant;
    return row.isGranted();
}

QString ScopeTableModel::grantedBy(const okta::ScopeGrant &grant) const {
    const QString who = okta::escapeControls(m_logins.value(grant.createdBy, grant.createdBy));
    const QString when = modelformat::formatDateTimeMinutes(grant.created);
    QString text = who.isEmpty() ? when : when.isEmpty() ? who : tr("%1 · %2").arg(who, when);
    if (grant.source == QLatin1String("END_USER"))
        text = tr("End user consent: %1").arg(text);
    return text;
}

QString ScopeTableModel::notes(const ScopeRow &row) const {
    const ScopeInfo &info = row.info;
    QStringList parts;
    if (const QString failed = m_failures.value(info.name); !failed.isEmpty())
        parts << tr("Failed: %1").arg(okta::escapeControls(failed));
    if (info.autoGranted)
        parts << tr("Granted automatically; cannot be revoked");
    if (info.limitedEarlyAccess)
        parts << tr("Limited Early Access");
    if (info.isLegacy())
        parts << tr("Legacy: Okta's current catalogue no longer lists it");
    else if (!info.isKnown())
        parts << tr("Unknown to OktaDesk's catalogue");
    else if (!info.inDefaultList && row.grant)
        parts << tr("Not on the default list");
    if (const QString read = info.includedReadScope(); !read.isEmpty())
        parts << tr("Includes %1").arg(read);
    return parts.join(QLatin1String("; "));
}

QVariant ScopeTableModel::display(const ScopeRow &row, int column) const {
    switch (column) {
    case Scope:
        return okta::escapeControls(row.info.name);
    case Description:
        return row.info.description;
    case Access:
        return okta::ScopeCatalog::accessName(row.info.access);
    case Status:
        return statusName(status(row));
    case GrantedBy:
        if (row.grant)
            return grantedBy(*row.grant);
        return row.info.autoGranted ? tr("Okta (automatic)") : QString();
    case Notes:
        return notes(row);
    default:
        return {};
    }
}

QVariant ScopeTableModel::toolTip(const ScopeRow &row, int column) const {
    if (row.info.autoGranted)
        return lockedToolTip();
    switch (column) {
    case Scope:
    case Description:
        return row.info.description.isEmpty()
                   ? okta::escapeControls(row.info.name)
                   : tr("%1\n%2").arg(okta::escapeControls(row.info.name), row.info.description);
    case GrantedBy:
        if (!row.grant)
            return {};
        return tr("Granted by %1 (%2) on %3\nIssuer: %4\nGrant ID: %5")
            .arg(okta::escapeControls(m_logins.value(row.grant->createdBy, row.grant->createdBy)),
                 okta::escapeControls(row.grant->source), modelformat::formatUtc(row.grant->created),
                 okta::escapeControls(row.grant->issuer), okta::escapeControls(row.grant->id));
    case Status:
    case Notes:
        return notes(row);
    default:
        return {};
    }
}

QVariant ScopeTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScopeRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Scope)
            return checked(row) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == Scope && row.info.autoGranted)
            return modelformat::lockIcon();
        return {};
    case Qt::ForegroundRole: {
        const RowStatus s = status(row);
        if (index.column() == Status && s == RowStatus::Failed)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (index.column() == Status && (s == RowStatus::PendingGrant || s == RowStatus::PendingRevoke))
            return QBrush(QColor(0x0b, 0x5c, 0xad));
        return {};
    }
    case Qt::FontRole: {
        const RowStatus s = status(row);
        if (index.column() == Status && s != RowStatus::Granted && s != RowStatus::NotGranted) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    case IdRole:
        return row.grant ? row.grant->id : QString();
    case RawJsonRole:
        return row.grant ? row.grant->raw.toByteArray() : QByteArray();
    case LockedRole:
        return row.info.autoGranted;
    case ScopeStatusRole:
        return int(status(row));
    case SortRole:
        if (index.column() == GrantedBy)
            return row.grant ? row.grant->created : 0;
        return display(row, index.column());
    default:
        return {};
    }
}

bool ScopeTableModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::CheckStateRole || !index.isValid() || index.column() != Scope ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ScopeRow &row = m_rows.at(index.row());
    if (row.info.autoGranted)
        return false; // locked: whatever asks
    const bool wantChecked = Qt::CheckState(value.toInt()) == Qt::Checked;
    if (wantChecked == checked(row))
        return false;
    stage(row.info.name, wantChecked ? GrantChange::Action::Grant : GrantChange::Action::Revoke);
    return true;
}

Qt::ItemFlags ScopeTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Scope && !m_rows.at(index.row()).info.autoGranted)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ScopeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Scope:
        return tr("Scope");
    case Description:
        return tr("Description");
    case Access:
        return tr("Access");
    case Status:
        return tr("Status");
    case GrantedBy:
        return tr("Granted by");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

int ScopeTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScopeTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(ColumnCount);
}

} // namespace oktadesk

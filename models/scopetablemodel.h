#pragma once

#include "modelroles.h"

#include "core/scopes/grantchange.h"
#include "core/scopes/scoperows.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace oktadesk {

// An app's scopes as admins grant them: the connector's default list in the guidance
// page's order (with the full catalogue on request, and any other scope the app holds), the
// app's grants, and the changes staged on top. A checked row is one the app will hold after
// Apply: checking or unchecking stages a grant or a revoke; nothing is sent from here.
// Auto-granted OIDC scopes are locked: shown granted, with a lock and a tooltip saying why,
// not user-checkable, and setData() refuses them.
class ScopeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Scope, Description, Access, Status, GrantedBy, Notes, ColumnCount };
    Q_ENUM(Column)
    // ScopeStatusRole answers one of these.
    enum class RowStatus { Granted, NotGranted, PendingGrant, PendingRevoke, Failed };
    Q_ENUM(RowStatus)

    explicit ScopeTableModel(QObject *parent = nullptr);

    // The app's grants as just listed. Staged changes stay unless the grants make them moot
    // (a staged grant the app now holds, a staged revoke of a scope it no longer holds).
    void setGrants(const QList<okta::ScopeGrant> &grants);
    // No app: no rows, nothing staged.
    void clear();
    bool hasGrants() const { return m_loaded; }
    // Adds the rest of Okta's scope catalogue below the default list.
    void setShowAllScopes(bool all);
    bool showsAllScopes() const { return m_all; }
    // Logins to show for the admins who granted scopes, by user id.
    void setUserNames(const QHash<QString, QString> &loginsById);

    // Stages a grant (or a revoke) of `scope`, adding a row for a scope the list lacks.
    // False for a locked scope, or when the app already is (or is not) holding it.
    bool stage(const QString &scope, okta::GrantChange::Action action);
    void discardStaged();
    QList<okta::GrantChange> stagedChanges() const;
    int stagedCount(okta::GrantChange::Action action) const;
    // What Okta said when the change of `scope` failed; the change stays staged.
    void setFailure(const QString &scope, const QString &message);
    QString failure(const QString &scope) const { return m_failures.value(scope); }
    // The row of `scope`, or -1.
    int rowOf(const QString &scope) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusName(RowStatus status);
    static QString lockedToolTip();

Q_SIGNALS:
    // The staged changes (or their failures) changed.
    void stagingChanged();

private:
    RowStatus status(const okta::ScopeRow &row) const;
    bool checked(const okta::ScopeRow &row) const;
    QVariant display(const okta::ScopeRow &row, int column) const;
    QVariant toolTip(const okta::ScopeRow &row, int column) const;
    QString grantedBy(const okta::ScopeGrant &grant) const;
    QString notes(const okta::ScopeRow &row) const;
    // Rebuilds the rows from the grants, the staged scopes and the catalogue setting.
    void rebuild();
    void rowChanged(int row);

    QList<okta::ScopeGrant> m_grants;
    QList<okta::ScopeRow> m_rows;
    QHash<QString, int> m_rowOf;
    QHash<QString, okta::GrantChange::Action> m_staged;
    QHash<QString, QString> m_failures;
    QHash<QString, QString> m_logins;
    bool m_loaded = false;
    bool m_all = false;
};

} // namespace oktadesk

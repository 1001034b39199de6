#include "scopefiltermodel.h"

namespace oktadesk {

using RowStatus = ScopeTableModel::RowStatus;

ScopeFilterModel::ScopeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    // Staging changes a row's status: the status filter must see it.
    setDynamicSortFilter(true);
}

QString ScopeFilterModel::filterName(StatusFilter filter) {
    switch (filter) {
    case StatusFilter::All:
        return tr("All statuses");
    case StatusFilter::Granted:
        return tr("Granted");
    case StatusFilter::NotGranted:
        return tr("Not granted");
    case StatusFilter::Pending:
        return tr("Pending changes");
    case StatusFilter::Failed:
        return tr("Failed");
    }
    return {};
}

void ScopeFilterModel::setText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ScopeFilterModel::setStatusFilter(StatusFilter filter) {
    if (filter == m_status)
        return;
    m_status = filter;
    invalidateFilter();
}

bool ScopeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *model = sourceModel();
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->index(sourceRow, column, sourceParent).data(role);
    };
    if (m_status != StatusFilter::All) {
        const auto status = RowStatus(cell(ScopeTableModel::Scope, ScopeStatusRole).toInt());
        const bool keep = (m_status == StatusFilter::Granted && status == RowStatus::Granted) ||
                          (m_status == StatusFilter::NotGranted && status == RowStatus::NotGranted) ||
                          (m_status == StatusFilter::Pending &&
                           (status == RowStatus::PendingGrant || status == RowStatus::PendingRevoke ||
                            status == RowStatus::Failed)) ||
                          (m_status == StatusFilter::Failed && status == RowStatus::Failed);
        if (!keep)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int column : {ScopeTableModel::Scope, ScopeTableModel::Description, ScopeTableModel::Notes})
        if (cell(column).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace oktadesk

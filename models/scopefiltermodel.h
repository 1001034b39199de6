#pragma once

#include "scopetablemodel.h"

#include <QSortFilterProxyModel>

namespace oktadesk {

// What the Scopes page's filter box and status filter keep of a ScopeTableModel: rows whose
// scope, description or notes contain the text (case-insensitive), with the chosen status.
class ScopeFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class StatusFilter { All, Granted, NotGranted, Pending, Failed };
    Q_ENUM(StatusFilter)

    explicit ScopeFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_status; }
    static QString filterName(StatusFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    StatusFilter m_status = StatusFilter::All;
};

} // namespace oktadesk

#pragma once

#include "core/values/groupattributeplan.h"

#include <QAbstractTableModel>

namespace oktadesk {

// The bulk group attribute update, one row per group of the user: its current and new
// value and what the preview plans, then what applying it did. Failures show in the
// error colour with Okta's message.
class GroupAttributePlanModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Group, Type, Current, New, Outcome, ColumnCount };
    Q_ENUM(Column)

    explicit GroupAttributePlanModel(QObject *parent = nullptr);

    const okta::GroupAttributePlan &plan() const { return m_plan; }
    void setPlan(const okta::GroupAttributePlan &plan);
    // The apply job settled change `index`: take its result.
    void updateChange(int index, const okta::GroupAttributeChange &change);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Some update was sent: "current" values are the ones from before it.
    bool applied() const;

    okta::GroupAttributePlan m_plan;
};

} // namespace oktadesk

#include "groupattributeplanmodel.h"

#include "grouptablemodel.h"
#include "modelroles.h"

#include "core/values/profileschema.h"
#include "core/values/textescape.h"

#include <QColor>
#include <QFont>

namespace oktadesk {

using Change = okta::GroupAttributeChange;

namespace {

QString valueText(const QJsonValue &value) {
    if (value.isUndefined() || value.isNull())
        return GroupAttributePlanModel::tr("(not set)");
    return okta::escapeControls(okta::profileValueText(value));
}

} // namespace

GroupAttributePlanModel::GroupAttributePlanModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void GroupAttributePlanModel::setPlan(const okta::GroupAttributePlan &plan) {
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void GroupAttributePlanModel::updateChange(int index, const Change &change) {
    if (index < 0 || index >= m_plan.changes.size())
        return;
    const bool wasApplied = applied();
    m_plan.changes[index] = change;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
    if (!wasApplied && applied())
        Q_EMIT headerDataChanged(Qt::Horizontal, Current, Current);
}

bool GroupAttributePlanModel::applied() const {
    for (const Change &c : m_plan.changes)
        if (c.result != Change::Result::Planned && c.result != Change::Result::Skipped)
            return true;
    return false;
}

void GroupAttributePlanModel::clear() {
    setPlan({});
}

int GroupAttributePlanModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_plan.changes.size());
}

int GroupAttributePlanModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupAttributePlanModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Change &c = m_plan.changes.at(index.row());
    const bool skipped = c.action != Change::Action::Update;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Group:
            return okta::escapeControls(c.groupName);
        case Type:
            return okta::escapeControls(GroupTableModel::typeText(c.groupType));
        case Current:
            return valueText(c.current);
        case New:
            return skipped ? QString() : valueText(m_plan.value);
        case Outcome:
            return okta::escapeControls(c.resultText());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Group)
            return tr("%1\nID: %2").arg(okta::escapeControls(c.groupName), okta::escapeControls(c.groupId));
        if (index.column() == Outcome && c.result != Change::Result::Failed && skipped)
            return c.skipReason();
        return data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (c.result == Change::Result::Failed)
            return QColor(0xb0, 0x1c, 0x12);
        if (skipped && index.column() != Outcome)
            return QColor(0x80, 0x80, 0x80);
        return {};
    case Qt::FontRole:
        if (index.column() == New && c.action == Change::Action::Update) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return c.groupId;
    default:
        return {};
    }
}

QVariant GroupAttributePlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group:
        return tr("Group");
    case Type:
        return tr("Type");
    case Current:
        return applied() ? tr("Value before") : tr("Current value");
    case New:
        return tr("New value");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace oktadesk

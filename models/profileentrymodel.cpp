#include "profileentrymodel.h"

#include "modelroles.h"

#include "core/values/textescape.h"

namespace oktadesk {

ProfileEntryModel::ProfileEntryModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ProfileEntryModel::setEntries(const QList<QPair<QString, QString>> &entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ProfileEntryModel::setSchema(const okta::ProfileSchema &schema) {
    m_schema = schema;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Attribute), index(rowCount() - 1, Attribute));
}

int ProfileEntryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProfileEntryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileEntryModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[name, value] = m_entries.at(index.row());
    const okta::SchemaAttribute *attribute = m_schema.find(name);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        if (index.column() == Attribute)
            return okta::escapeControls(attribute && !attribute->title.isEmpty() ? attribute->title : name);
        return okta::escapeControls(value);
    case Qt::ToolTipRole:
        if (index.column() == Attribute)
            return attribute && attribute->custom
                       ? tr("profile.%1 (custom attribute)").arg(okta::escapeControls(name))
                       : tr("profile.%1").arg(okta::escapeControls(name));
        return value.isEmpty() ? QVariant() : QVariant(okta::escapeControls(value));
    case IdRole:
        return name;
    default:
        return {};
    }
}

QVariant ProfileEntryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Attribute ? tr("Attribute") : tr("Value");
}

} // namespace oktadesk

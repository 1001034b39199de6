#pragma once

#include "core/values/profileschema.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPair>

namespace oktadesk {

// One object's profile as attribute/value rows (a user's detail). Attributes the schema
// describes show its title; the name is in the tooltip.
class ProfileEntryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Attribute, Value, ColumnCount };
    Q_ENUM(Column)

    explicit ProfileEntryModel(QObject *parent = nullptr);

    void setEntries(const QList<QPair<QString, QString>> &entries);
    void setSchema(const okta::ProfileSchema &schema);
    void clear() { setEntries({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, QString>> m_entries; // name, value as text
    okta::ProfileSchema m_schema;
};

} // namespace oktadesk

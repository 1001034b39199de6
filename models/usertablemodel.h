#pragma once

#include "modelroles.h"
#include "rowtablemodel.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace oktadesk {

// Okta users (GET /api/v1/users) as rows. Each row keeps the handful of fields the table
// shows plus the object as compact JSON bytes without `_links`, which RawJsonRole parses
// on demand: a details pane or an export can have everything, and 100k users cost a few
// hundred bytes each instead of a QJsonObject tree.
class UserTableModel : public RowTableModel<UserTableModel> {
    Q_OBJECT
public:
    enum Column { Login, Name, Status, Department, LastLogin, ColumnCount };
    Q_ENUM(Column)

    explicit UserTableModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "ACTIVE" -> "Active", "LOCKED_OUT" -> "Locked out"; unknown values stay as they are.
    static QString statusText(const QString &status);

private:
    friend RowTableModel<UserTableModel>;
    struct Row {
        QString id;
        QString login;
        QString name; // first and last name joined
        QString email;
        QString status;
        QString department;
        qint64 lastLogin = 0; // ms since epoch; 0: never
        QByteArray raw;
    };
    static Row parse(const QJsonValue &value);
    QVariant display(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace oktadesk

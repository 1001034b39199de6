#pragma once

#include "core/values/profileschema.h"

#include <QToolButton>

class QMenu;
class QTableView;

namespace oktadesk {

// "Columns": a menu that shows or hides the table's fixed columns and adds or removes a
// column per profile attribute of the schema (Okta's and the org's custom ones). The fixed
// columns are hidden in the view; attribute columns are asked of the model by the owner.
class ColumnChooser : public QToolButton {
    Q_OBJECT

public:
    // `fixedColumns` of `view` can be hidden, except the first.
    ColumnChooser(QTableView *view, int fixedColumns, QWidget *parent = nullptr);

    // The attributes on offer; `shownByFixedColumns` lists those a fixed column already
    // shows (login, department), which the menu leaves out.
    void setAttributes(const QList<okta::SchemaAttribute> &attributes,
                       const QStringList &shownByFixedColumns);
    // Attribute columns the model shows now, checked in the menu.
    void setShownAttributes(const QStringList &names) { m_shown = names; }

Q_SIGNALS:
    void attributeToggled(const okta::SchemaAttribute &attribute, bool shown);

private:
    void rebuild();

    QTableView *m_view;
    int m_fixedColumns;
    QMenu *m_menu = nullptr;
    QList<okta::SchemaAttribute> m_attributes;
    QStringList m_shown;
};

} // namespace oktadesk

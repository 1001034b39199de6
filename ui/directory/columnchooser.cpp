#include "columnchooser.h"

#include "core/values/textescape.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace oktadesk {

ColumnChooser::ColumnChooser(QTableView *view, int fixedColumns, QWidget *parent)
    : QToolButton(parent)
    , m_view(view)
    , m_fixedColumns(fixedColumns)
    , m_menu(new QMenu(this)) {
    setObjectName(QStringLiteral("columnChooser"));
    setText(tr("Columns"));
    setToolTip(tr("Show or hide columns, and add profile attributes (custom ones too) as columns"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("columnMenu"));
    // Built when opened, so it shows what the view and the model show now.
    connect(m_menu, &QMenu::aboutToShow, this, &ColumnChooser::rebuild);
}

void ColumnChooser::setAttributes(const QList<okta::SchemaAttribute> &attributes,
                                  const QStringList &shownByFixedColumns) {
    m_attributes.clear();
    for (const okta::SchemaAttribute &a : attributes)
        if (!shownByFixedColumns.contains(a.name))
            m_attributes.append(a);
}

void ColumnChooser::rebuild() {
    m_menu->clear();
    QHeaderView *header = m_view->horizontalHeader();
    const QAbstractItemModel *model = m_view->model();
    for (int column = 1; column < m_fixedColumns; ++column) {
        QAction *action = m_menu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("column-%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    const auto addSection = [this](const QString &title, bool custom) {
        QList<okta::SchemaAttribute> part;
        for (const okta::SchemaAttribute &a : std::as_const(m_attributes))
            if (a.custom == custom)
                part.append(a);
        if (part.isEmpty())
            return;
        m_menu->addSection(title);
        for (const okta::SchemaAttribute &a : std::as_const(part)) {
            QString text = okta::escapeControls(a.label());
            text.replace(QLatin1Char('&'), QLatin1String("&&"));
            QAction *action = m_menu->addAction(text);
            action->setObjectName(QStringLiteral("attribute-") + a.name);
            action->setCheckable(true);
            action->setChecked(m_shown.contains(a.name));
            connect(action, &QAction::toggled, this, [this, a](bool shown) {
                if (shown)
                    m_shown.append(a.name);
                else
                    m_shown.removeAll(a.name);
                Q_EMIT attributeToggled(a, shown);
            });
        }
    };
    addSection(tr("Profile attributes"), false);
    addSection(tr("Custom profile attributes"), true);
    if (m_attributes.isEmpty()) {
        QAction *none = m_menu->addAction(tr("Profile attributes appear once the schema is read"));
        none->setEnabled(false);
    }
}

} // namespace oktadesk

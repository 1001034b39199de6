#include "logdetailpane.h"

#include "core/logs/logfields.h"
#include "core/values/jsonnode.h"
#include "core/values/textescape.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oktadesk {

using okta::JsonNode;

namespace {

enum Role { TextRole = Qt::UserRole + 1, PathRole, KindRole };

QString shown(const JsonNode &node) {
    switch (node.kind) {
    case JsonNode::Kind::Object:
        return QStringLiteral("{…}");
    case JsonNode::Kind::Array:
        return node.children.isEmpty() ? QStringLiteral("[]")
                                       : QStringLiteral("[%1]").arg(node.children.size());
    case JsonNode::Kind::String:
        return u'"' + okta::escapeControls(node.text) + u'"';
    default:
        return node.text;
    }
}

} // namespace

LogDetailPane::LogDetailPane(QWidget *parent)
    : QWidget(parent) {
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("logDetailTree"));
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 260);
    m_placeholder = new QLabel(tr("Select an event to see all of its fields."), this);
    m_placeholder->setObjectName(QStringLiteral("logDetailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_copyValue = button(tr("Copy value"), "logCopyValue");
    m_copyEvent = button(tr("Copy event"), "logCopyEvent");
    m_copyEvent->setToolTip(tr("The event's JSON exactly as Okta sent it."));
    m_filterOn = button(tr("Filter on this value"), "logFilterOnValue");
    m_expand = button(tr("Expand all"), "logExpandAll");
    m_collapse = button(tr("Collapse all"), "logCollapseAll");
    connect(m_copyValue, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_tree->currentItem())
            QGuiApplication::clipboard()->setText(item->data(1, TextRole).toString());
    });
    connect(m_copyEvent, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(QString::fromUtf8(m_json)); });
    connect(m_filterOn, &QPushButton::clicked, this, &LogDetailPane::filterOnSelected);
    connect(m_expand, &QPushButton::clicked, m_tree, &QTreeWidget::expandAll);
    connect(m_collapse, &QPushButton::clicked, m_tree, &QTreeWidget::collapseAll);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &LogDetailPane::updateButtons);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_copyValue, m_copyEvent, m_filterOn})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_expand);
    buttons->addWidget(m_collapse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_placeholder, 1);
    setEvent({});
}

void LogDetailPane::setEvent(const QByteArray &json) {
    m_json = json;
    m_tree->clear();
    const std::optional<JsonNode> root = json.isEmpty() ? std::nullopt : JsonNode::parse(json);
    if (root) {
        addChildren(m_tree->invisibleRootItem(), *root);
        // The first level open: what an admin reads first.
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            m_tree->topLevelItem(i)->setExpanded(m_tree->topLevelItem(i)->childCount() <= 6);
    }
    m_placeholder->setText(json.isEmpty() || root ? tr("Select an event to see all of its fields.")
                                                  : tr("This event is not valid JSON."));
    m_tree->setVisible(root.has_value());
    m_placeholder->setVisible(!root);
    m_copyEvent->setEnabled(!json.isEmpty());
    updateButtons();
}

void LogDetailPane::addChildren(QTreeWidgetItem *parent, const JsonNode &node) {
    for (const JsonNode &child : node.children) {
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, okta::escapeControls(child.name));
        item->setText(1, shown(child));
        item->setToolTip(1, okta::escapeControls(child.text.left(2000)));
        item->setData(1, TextRole, child.text);
        item->setData(1, PathRole, child.path);
        item->setData(1, KindRole, int(child.kind));
        addChildren(item, child);
    }
}

void LogDetailPane::updateButtons() {
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_copyValue->setEnabled(item != nullptr);
    const auto kind = item ? JsonNode::Kind(item->data(1, KindRole).toInt()) : JsonNode::Kind::Null;
    const QString attribute =
        item ? okta::LogFields::attributeForPath(item->data(1, PathRole).toString()) : QString();
    // Okta filters neither on null nor on published (the time range does that).
    const bool scalar =
        kind == JsonNode::Kind::String || kind == JsonNode::Kind::Number || kind == JsonNode::Kind::Bool;
    m_filterOn->setEnabled(item && scalar && attribute != QLatin1String("published"));
}

void LogDetailPane::filterOnSelected() {
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !m_filterOn->isEnabled())
        return;
    const auto kind = JsonNode::Kind(item->data(1, KindRole).toInt());
    Q_EMIT filterRequested(okta::LogFields::attributeForPath(item->data(1, PathRole).toString()),
                           item->data(1, TextRole).toString(), kind != JsonNode::Kind::String);
}

} // namespace oktadesk

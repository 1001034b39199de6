#include "page.h"

#include "ui/featuregate.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace oktadesk {

FeatureGate *Page::addFeatureGate(okta::WriteFeature feature, QWidget *parent) {
    m_gate = new FeatureGate(feature, parent);
    m_gate->setVisible(false);
    connect(m_gate, &FeatureGate::turnOnRequested, this, &Page::turnOnRequested);
    return m_gate;
}

void Page::setScopeAccess(const okta::ScopeAccess &access) {
    if (!m_gate)
        return;
    m_gate->setAccess(access);
    featureAllowed(m_gate->isFeatureOn());
}

Page::Page(const QIcon &icon, QWidget *parent)
    : QWidget(parent)
    , m_icon(icon) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(8);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setMaximumWidth(820);
    // Secondary text: a little softer than the title, still comfortably readable.
    QPalette descriptionPalette = m_description->palette();
    const QColor text = descriptionPalette.color(QPalette::WindowText);
    const QColor base = descriptionPalette.color(QPalette::Base);
    descriptionPalette.setColor(QPalette::WindowText,
                                QColor::fromRgbF(text.redF() * 0.72f + base.redF() * 0.28f,
                                                 text.greenF() * 0.72f + base.greenF() * 0.28f,
                                                 text.blueF() * 0.72f + base.blueF() * 0.28f));
    m_description->setPalette(descriptionPalette);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);

    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(6);
    layout->addWidget(rule);

    m_body = new QVBoxLayout;
    m_body->setSpacing(10);
    m_body->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_body, 1);

    // The empty state is one widget, so a page that fills its body can hide it whole.
    m_emptyState = new QWidget(this);
    m_emptyState->setObjectName(QStringLiteral("emptyStateHolder"));
    auto *empty = new QVBoxLayout(m_emptyState);
    empty->setContentsMargins(48, 0, 48, 0);
    empty->setSpacing(10);
    m_emptyIcon = new QLabel(m_emptyState);
    m_emptyIcon->setAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_emptyIcon->setPixmap(icon.pixmap(QSize(64, 64), devicePixelRatio(), QIcon::Disabled));
    m_emptyText = new QLabel(m_emptyState);
    m_emptyText->setObjectName(QStringLiteral("emptyState"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_emptyText->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.1);
    m_emptyText->setFont(emptyFont);

    empty->addStretch(2);
    empty->addWidget(m_emptyIcon, 0, Qt::AlignHCenter);
    empty->addWidget(m_emptyText);
    empty->addStretch(3);
    m_body->addWidget(m_emptyState, 1);
}

void Page::setEmptyStateVisible(bool visible) {
    m_emptyState->setVisible(visible);
}

QString Page::title() const {
    return m_title->text();
}

void Page::setTexts(const QString &title, const QString &description, const QString &disconnectedText,
                    const QString &connectedText) {
    m_title->setText(title);
    m_description->setText(description);
    m_disconnectedText = disconnectedText;
    m_connectedText = connectedText;
    setAccessibleName(title);
    updateEmptyState();
}

void Page::setConnected(bool connected) {
    if (connected == m_connected)
        return;
    m_connected = connected;
    updateEmptyState();
}

void Page::updateEmptyState() {
    m_emptyText->setText(m_connected ? m_connectedText : m_disconnectedText);
}

} // namespace oktadesk

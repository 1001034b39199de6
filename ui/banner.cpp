#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace oktadesk {

Banner::Banner(const QString &objectName, Tone tone, QWidget *parent)
    : QFrame(parent) {
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    const bool warning = tone == Tone::Warning;
    setStyleSheet(QStringLiteral("QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }")
                      .arg(objectName, warning ? QStringLiteral("#fff4ce") : QStringLiteral("#e8f1fb"),
                           warning ? QStringLiteral("#e0b400") : QStringLiteral("#8fb5e0")));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    auto *icon = new QLabel(this);
    icon->setPixmap(
        style()
            ->standardIcon(warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(20, 20));
    m_message = new QLabel(this);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_message, 1);
    setVisible(false);
}

void Banner::setMessage(const QString &text) {
    m_message->setText(text);
}

QString Banner::message() const {
    return m_message->text();
}

QPushButton *Banner::addButton(const QString &text, const QString &objectName) {
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    layout()->addWidget(button);
    return button;
}

} // namespace oktadesk

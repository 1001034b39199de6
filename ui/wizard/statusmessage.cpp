#include "statusmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace oktadesk {

StatusMessage::StatusMessage(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void StatusMessage::setMessage(Kind kind, const QString &text) {
    m_kind = kind;
    m_text->setText(text);
    updateLook();
    setVisible(!text.isEmpty());
}

QString StatusMessage::text() const {
    return m_text->text();
}

void StatusMessage::setBoxed(bool boxed) {
    m_boxed = boxed;
    updateLook();
}

void StatusMessage::updateLook() {
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Info:
        pixmap = QStyle::SP_MessageBoxInformation;
        break;
    case Kind::Busy:
        pixmap = QStyle::SP_BrowserReload;
        break;
    case Kind::Success:
        pixmap = QStyle::SP_DialogApplyButton;
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_icon->setFixedWidth(size);
    if (m_boxed) {
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        // From the parent, not our own palette: that already holds the previous tint, and
        // tints would compound each time the kind changes.
        QPalette pal = parentWidget() ? parentWidget()->palette() : QPalette();
        const QColor base = pal.color(QPalette::Window);
        const QColor tint = m_kind == Kind::Error     ? QColor(0xd3, 0x2f, 0x2f)
                            : m_kind == Kind::Warning ? QColor(0xf5, 0xa6, 0x23)
                                                      : pal.color(QPalette::Highlight);
        // A light wash of the tint over the window colour keeps the text readable in any theme.
        QColor mixed((base.red() * 85 + tint.red() * 15) / 100, (base.green() * 85 + tint.green() * 15) / 100,
                     (base.blue() * 85 + tint.blue() * 15) / 100);
        pal.setColor(QPalette::Window, mixed);
        setPalette(pal);
        layout()->setContentsMargins(10, 8, 10, 8);
    } else {
        setFrameShape(QFrame::NoFrame);
        setAutoFillBackground(false);
        setPalette(QPalette());
        layout()->setContentsMargins(0, 0, 0, 0);
    }
}

} // namespace oktadesk

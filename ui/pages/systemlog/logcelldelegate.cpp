#include "logcelldelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace oktadesk {

const QStaticText &LogCellDelegate::laidOut(const QString &text, int width, const QFont &font) const {
    if (font != m_cacheFont || m_cache.size() >= MaxCached) {
        m_cache.clear();
        m_cacheFont = font;
    }
    const Key key{text, width};
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        QStaticText laid(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
        laid.setTextFormat(Qt::PlainText);
        laid.prepare(QTransform(), font);
        it = m_cache.insert(key, laid);
    }
    return it.value();
}

// The style lays a cell's whole text out to say where it goes, though the place depends only
// on the cell's size and what else it shows: asked once per kind of cell, kept relative.
QRect LogCellDelegate::textArea(const QStyleOptionViewItem &opt, const QStyle *style) const {
    const Place key{style,
                    opt.rect.size(),
                    opt.decorationSize,
                    int(opt.features),
                    int(opt.decorationPosition),
                    int(opt.direction)};
    if (const auto it = m_places.constFind(key); it != m_places.cend())
        return it.value().translated(opt.rect.topLeft());
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget)
                           .adjusted(margin, 0, -margin, 0)
                           .translated(-opt.rect.topLeft());
    if (m_places.size() >= MaxCached)
        m_places.clear();
    m_places.insert(key, area);
    return area.translated(opt.rect.topLeft());
}

void LogCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    if (text.isEmpty() || opt.textElideMode != Qt::ElideRight ||
        (opt.features & QStyleOptionViewItem::WrapText)) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // Where the style would put the text, then everything but the text drawn by the style.
    const QRect textRect = textArea(opt, style);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (textRect.width() <= 0)
        return;

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QPalette::ColorRole role =
        (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    const QStaticText &laid = laidOut(text, textRect.width(), opt.font);
    const QSizeF size = laid.size();
    qreal x = textRect.left();
    if (opt.displayAlignment & Qt::AlignRight)
        x = textRect.right() + 1 - size.width();
    else if (opt.displayAlignment & Qt::AlignHCenter)
        x = textRect.left() + (textRect.width() - size.width()) / 2;
    const qreal y = textRect.top() + (textRect.height() - size.height()) / 2;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    // The elided text fits the width; only a font taller than the row needs the clip.
    if (size.height() > textRect.height())
        painter->setClipRect(textRect);
    painter->drawStaticText(QPointF(x, y), laid);
    painter->restore();
}

} // namespace oktadesk

#pragma once

#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace oktadesk {

// Paints the System Log table's cells as the style does, but keeps each text's elided,
// laid-out form (QStaticText) for its column width: a million events repeat their event
// types, actors, outcomes and places, so a repaint (every page while the view follows new
// rows) shapes only the few texts it has not seen. The cache forgets everything once it
// holds MaxCached texts, and when the font changes.
class LogCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    static constexpr int MaxCached = 20000;

private:
    struct Key {
        QString text;
        int width = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) { return qHashMulti(seed, key.text, key.width); }
    };
    const QStaticText &laidOut(const QString &text, int width, const QFont &font) const;
    QRect textArea(const QStyleOptionViewItem &opt, const QStyle *style) const;

    struct Place {
        const QStyle *style = nullptr;
        QSize cell;
        QSize decoration;
        int features = 0;
        int decorationPosition = 0;
        int direction = 0;
        friend bool operator==(const Place &, const Place &) = default;
        friend size_t qHash(const Place &p, size_t seed = 0) {
            return qHashMulti(seed, p.style, p.cell.width(), p.cell.height(), p.decoration.width(),
                              p.decoration.height(), p.features, p.decorationPosition, p.direction);
        }
    };
    mutable QHash<Place, QRect> m_places; // text area per kind of cell, relative to the cell

    mutable QHash<Key, QStaticText> m_cache;
    mutable QFont m_cacheFont;
};

} // namespace oktadesk

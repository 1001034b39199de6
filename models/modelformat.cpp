#include "modelformat.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTimeZone>

namespace oktadesk::modelformat {

QString formatDateTime(qint64 msecs) {
    if (msecs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatDateTimeMinutes(qint64 msecs) {
    if (msecs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatUtc(qint64 msecs) {
    if (msecs == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"));
}

namespace {

template<typename Paint> QIcon paintedIcon(Paint paint) {
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 16.0, size / 16.0);
        paint(painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon lockIcon() {
    static const QIcon icon = paintedIcon([](QPainter &p) {
        const QColor ink(0x5f, 0x63, 0x68);
        QPen shackle(ink, 1.6);
        p.setPen(shackle);
        p.setBrush(Qt::NoBrush);
        QPainterPath arc;
        arc.moveTo(5, 7.5);
        arc.lineTo(5, 5.5);
        arc.arcTo(QRectF(5, 2, 6, 6), 180, -180);
        arc.lineTo(11, 7.5);
        p.drawPath(arc);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawRoundedRect(QRectF(3, 7, 10, 7.5), 1.5, 1.5);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(8, 10.5), 1.2, 1.2);
    });
    return icon;
}

QIcon dotIcon(const QColor &color) {
    return paintedIcon([color](QPainter &p) {
        p.setPen(QPen(color.darker(130), 1));
        p.setBrush(color);
        p.drawEllipse(QPointF(8, 8), 4, 4);
    });
}

} // namespace oktadesk::modelformat

// The System Log table's cell painter: it keeps laid-out texts to repaint a million rows
// quickly, and must still look as the style paints them (same text, elided the same way,
// in the same place and colours, selected rows included), and follow a resized column.
// Glyphs may land a fraction of a pixel apart (laid out once, not per paint), so cells are
// compared by where their ink is and what colour it has, not pixel for pixel.
#include "support/testmain.h"
#include "ui/pages/systemlog/logcelldelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using oktadesk::LogCellDelegate;

namespace {

struct Ink {
    QRect box;            // where the cell's text is drawn, in the cell
    bool red = false;     // some ink is clearly red
    bool lighter = false; // some ink is lighter than the background (selected rows)
};

int distance(QRgb a, QRgb b) {
    return qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b));
}

} // namespace

class TstLogCellDelegate : public QObject {
    Q_OBJECT

    QStandardItemModel m_model{0, 3};

    // Each cell's ink, the table painted with `delegate` and the first column `width` wide.
    QList<Ink> paintWith(QAbstractItemDelegate *delegate, int width) {
        QTableView view;
        view.setModel(&m_model);
        view.setItemDelegate(delegate);
        view.setWordWrap(false);
        view.setAlternatingRowColors(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->hide();
        view.horizontalHeader()->resizeSection(0, width);
        view.horizontalHeader()->resizeSection(1, 200);
        view.resize(560, 160);
        view.selectRow(1);
        const QImage image = view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QList<Ink> cells;
        for (int row = 0; row < m_model.rowCount(); ++row)
            for (int column = 0; column < m_model.columnCount(); ++column) {
                // Inside the grid lines.
                const QRect cell = view.visualRect(m_model.index(row, column)).adjusted(0, 0, -1, -1);
                const QRgb background = image.pixel(cell.topLeft() + QPoint(1, 1));
                Ink ink;
                for (int y = cell.top(); y <= cell.bottom(); ++y)
                    for (int x = cell.left(); x <= cell.right() && x < image.width(); ++x) {
                        const QRgb p = image.pixel(x, y);
                        if (distance(p, background) < 60)
                            continue;
                        ink.box |= QRect(x - cell.left(), y - cell.top(), 1, 1);
                        ink.red |= qRed(p) > qGreen(p) + 80 && qRed(p) > qBlue(p) + 80;
                        ink.lighter |= qGray(p) > qGray(background) + 60;
                    }
                cells.append(ink);
            }
        return cells;
    }

    void compareInk(const QList<Ink> &got, const QList<Ink> &expected) {
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i) {
            const QString cell = QStringLiteral("cell %1,%2").arg(i / 3).arg(i % 3);
            QCOMPARE(got[i].box.isEmpty(), expected[i].box.isEmpty());
            if (expected[i].box.isEmpty())
                continue;
            // The same text in the same place: its ink's edges within a pixel.
            const QRect a = got[i].box, b = expected[i].box;
            QVERIFY2(qAbs(a.left() - b.left()) <= 1 && qAbs(a.right() - b.right()) <= 1 &&
                         qAbs(a.top() - b.top()) <= 1 && qAbs(a.bottom() - b.bottom()) <= 1,
                     qPrintable(QStringLiteral("%1: ink at %2,%3 %4x%5, the style's at %6,%7 %8x%9")
                                    .arg(cell)
                                    .arg(a.x())
                                    .arg(a.y())
                                    .arg(a.width())
                                    .arg(a.height())
                                    .arg(b.x())
                                    .arg(b.y())
                                    .arg(b.width())
                                    .arg(b.height())));
            QCOMPARE(got[i].red, expected[i].red);
            QCOMPARE(got[i].lighter, expected[i].lighter);
        }
    }

private Q_SLOTS:
    void initTestCase() {
        const QList<QStringList> rows = {
            {u"user.authentication.auth_via_mfa"_qs, u"Authentication of user via MFA"_qs, u"SUCCESS"_qs},
            {u"user.session.start"_qs, u"User login to Okta"_qs, u"FAILURE"_qs},
            {u"app.oauth2.as.token.grant"_qs, u"\u201cZürich\u201d — a long message that never fits"_qs,
             QString()},
        };
        for (const QStringList &texts : rows) {
            QList<QStandardItem *> items;
            for (const QString &text : texts)
                items.append(new QStandardItem(text));
            m_model.appendRow(items);
        }
        m_model.item(0, 2)->setForeground(QColor(0xc6, 0x28, 0x28));
        m_model.item(1, 2)->setForeground(QColor(0xc6, 0x28, 0x28)); // selected: highlighted text wins
    }

    void looksAsTheStylePaints_data() {
        QTest::addColumn<int>("width");
        QTest::newRow("wide enough") << 280;
        QTest::newRow("elided") << 90;
        QTest::newRow("narrow") << 24;
    }
    void looksAsTheStylePaints() {
        QFETCH(int, width);
        QStyledItemDelegate style;
        LogCellDelegate cached;
        const QList<Ink> expected = paintWith(&style, width);
        QVERIFY(expected[2].red && !expected[5].red && expected[5].lighter); // the test sees colours
        compareInk(paintWith(&cached, width), expected);
        compareInk(paintWith(&cached, width), expected); // again, from what it kept
    }

    void followsAResizedColumn() {
        LogCellDelegate cached;
        QStyledItemDelegate style;
        const QList<Ink> wide = paintWith(&cached, 280);
        compareInk(wide, paintWith(&style, 280));
        const QList<Ink> narrow = paintWith(&cached, 90);
        compareInk(narrow, paintWith(&style, 90));
        QVERIFY(narrow[0].box.width() < wide[0].box.width()); // elided to the new width
    }
};

OKTADESK_TEST_MAIN(TstLogCellDelegate)
#include "tst_logcelldelegate.moc"

#include "support/widgetdriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QTableView>
#include <QTest>
#include <QToolBar>

namespace okta::test {

namespace {

bool usable(const QWidget *widget, const char *what) {
    if (!widget) {
        qWarning("widget driver: no %s", what);
        return false;
    }
    if (!widget->isVisible() || !widget->isEnabled()) {
        qWarning("widget driver: %s %s is %s", what, qPrintable(widget->objectName()),
                 widget->isVisible() ? "disabled" : "hidden");
        return false;
    }
    return true;
}

} // namespace

bool click(QAbstractButton *button) {
    if (!usable(button, "button"))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool clickToolBarAction(QMainWindow *window, const char *actionName) {
    auto *action = window->findChild<QAction *>(QLatin1String(actionName));
    if (!action) {
        qWarning("widget driver: no action %s", actionName);
        return false;
    }
    const QList<QToolBar *> toolBars = window->findChildren<QToolBar *>();
    for (QToolBar *toolBar : toolBars)
        if (auto *button = qobject_cast<QAbstractButton *>(toolBar->widgetForAction(action)))
            return click(button);
    qWarning("widget driver: action %s is on no tool bar", actionName);
    return false;
}

bool typeInto(QWidget *edit, const QString &text) {
    if (!usable(edit, "editor"))
        return false;
    edit->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    return true;
}

bool choose(QComboBox *combo, const QString &text) {
    if (!usable(combo, "combo box"))
        return false;
    const int wanted = combo->findText(text);
    if (wanted < 0) {
        qWarning("widget driver: %s has no item %s", qPrintable(combo->objectName()), qPrintable(text));
        return false;
    }
    // The first letters that name the item alone: typing them on the closed box selects it
    // at once (QComboBox's keyboard search), with no other item chosen on the way.
    QString prefix;
    for (qsizetype n = 1; n <= text.size() && prefix.isEmpty(); ++n) {
        const QString candidate = text.left(n);
        int matches = 0;
        for (int i = 0; i < combo->count(); ++i)
            matches += combo->itemText(i).startsWith(candidate, Qt::CaseInsensitive) ? 1 : 0;
        if (matches == 1)
            prefix = candidate;
    }
    if (prefix.isEmpty()) {
        qWarning("widget driver: no prefix names %s alone", qPrintable(text));
        return false;
    }
    // Letters typed within the keyboard input interval extend the previous search; a
    // person pauses between two choices too.
    QTest::qWait(QApplication::keyboardInputInterval() + 50);
    combo->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(combo, prefix);
    return combo->currentIndex() == wanted;
}

bool sortByHeader(QTableView *table, int column, Qt::SortOrder order) {
    if (!usable(table, "table"))
        return false;
    QHeaderView *header = table->horizontalHeader();
    const QPoint middle(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
    for (int clicks = 0; clicks < 3; ++clicks) {
        if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order)
            return true;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, middle);
    }
    qWarning("widget driver: clicking column %d does not sort it that way", column);
    return false;
}

} // namespace okta::test

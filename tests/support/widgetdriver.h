#pragma once

// Drives widgets the way a person does, with QTest mouse and key events, so a test goes
// through the same event handling, enabled checks and signals as a click or a key press.
// Each returns false (and says why in a warning, which fails the test) when the widget is
// missing, hidden or disabled.

#include <QString>

class QAbstractButton;
class QComboBox;
class QMainWindow;
class QTableView;
class QWidget;

namespace okta::test {

// A left click in the middle of the button.
bool click(QAbstractButton *button);
// Clicks the tool bar button of the action named `actionName` in `window`.
bool clickToolBarAction(QMainWindow *window, const char *actionName);
// Replaces the text of a line edit (or spin box) by typing: select all, Backspace, the text.
bool typeInto(QWidget *edit, const QString &text);
// Chooses the item with `text` by typing its first letters on the box, as a person does:
// one activated() signal.
bool choose(QComboBox *combo, const QString &text);
// Clicks `column`'s header until the table sorts by it in `order`.
bool sortByHeader(QTableView *table, int column, Qt::SortOrder order);

} // namespace okta::test

#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace okta {
struct JsonNode;
}

namespace oktadesk {

// One System Log event as a JSON tree (core parses it; escaped text on screen): expand
// and collapse, copy a value or the whole event exactly as Okta sent it, and "Filter on
// this value", which asks the form to match the selected value.
class LogDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit LogDetailPane(QWidget *parent = nullptr);

    // The event's original bytes; empty shows nothing.
    void setEvent(const QByteArray &json);
    QByteArray eventJson() const { return m_json; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    // `literal`: the value is a number or true/false and goes into a filter unquoted.
    void filterRequested(const QString &attribute, const QString &value, bool literal);

private:
    void addChildren(QTreeWidgetItem *parent, const okta::JsonNode &node);
    void updateButtons();
    void filterOnSelected();

    QTreeWidget *m_tree = nullptr;
    QLabel *m_placeholder = nullptr;
    QPushButton *m_copyValue = nullptr;
    QPushButton *m_copyEvent = nullptr;
    QPushButton *m_filterOn = nullptr;
    QPushButton *m_expand = nullptr;
    QPushButton *m_collapse = nullptr;
    QByteArray m_json;
};

} // namespace oktadesk

#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace oktadesk {

// The System Log card's predefined fields, one input each (core's LogFields says which and
// how): text boxes, the event type with completion, severity and outcome as choices. Each
// filled field becomes `key eq "value"`; the page joins them with `and`. Each input is
// named "logField_<key>" (logField_actor.id, …).
class LogFieldsEditor : public QWidget {
    Q_OBJECT
public:
    explicit LogFieldsEditor(QWidget *parent = nullptr);

    // The filled fields, in the form's order.
    QList<QPair<QString, QString>> fields() const;
    // Fills the predefined fields from `fields` and clears the others; returns the pairs
    // that are not predefined fields.
    QList<QPair<QString, QString>> setFields(const QList<QPair<QString, QString>> &fields);
    // Puts `value` into the field for `key`; false when there is no such field.
    bool setValue(const QString &key, const QString &value);
    // Event types to offer besides the well-known ones (those seen in results).
    void addEventTypes(const QStringList &types);

Q_SIGNALS:
    void changed();

private:
    QString value(const QString &key) const;

    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QComboBox *> m_choices; // severity and outcome
    QComboBox *m_eventType = nullptr;
    QStringList m_eventTypes;
};

} // namespace oktadesk

#include "logfieldseditor.h"

#include "core/logs/logfields.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>

namespace oktadesk {

using okta::LogFields;

LogFieldsEditor::LogFieldsEditor(QWidget *parent)
    : QWidget(parent) {
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_eventTypes = LogFields::knownEventTypes();
    for (const LogFields::Field &f : LogFields::predefined()) {
        const QString name = QStringLiteral("logField_") + f.key;
        QWidget *input = nullptr;
        switch (f.input) {
        case LogFields::Input::EventType: {
            m_eventType = new QComboBox(this);
            m_eventType->setEditable(true);
            m_eventType->setInsertPolicy(QComboBox::NoInsert);
            m_eventType->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            m_eventType->setMinimumContentsLength(12);
            m_eventType->addItems(m_eventTypes);
            m_eventType->setCurrentIndex(-1);
            m_eventType->lineEdit()->setPlaceholderText(tr("any, e.g. user.session.start"));
            m_eventType->lineEdit()->setClearButtonEnabled(true);
            m_eventType->completer()->setCompletionMode(QCompleter::PopupCompletion);
            m_eventType->completer()->setFilterMode(Qt::MatchContains);
            connect(m_eventType, &QComboBox::currentTextChanged, this, &LogFieldsEditor::changed);
            input = m_eventType;
            break;
        }
        case LogFields::Input::Severity:
        case LogFields::Input::Outcome: {
            auto *combo = new QComboBox(this);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(8);
            combo->addItem(tr("Any"), QString());
            for (const QString &v :
                 f.input == LogFields::Input::Severity ? LogFields::severities() : LogFields::outcomes())
                combo->addItem(v, v);
            connect(combo, &QComboBox::currentIndexChanged, this, &LogFieldsEditor::changed);
            m_choices.insert(f.key, combo);
            input = combo;
            break;
        }
        case LogFields::Input::Text: {
            auto *edit = new QLineEdit(this);
            edit->setClearButtonEnabled(true);
            connect(edit, &QLineEdit::textChanged, this, &LogFieldsEditor::changed);
            m_edits.insert(f.key, edit);
            input = edit;
            break;
        }
        }
        input->setObjectName(name);
        input->setToolTip(tr("Matches events whose %1 equals the value exactly.").arg(f.key));
        form->addRow(LogFields::label(f.key), input);
    }
}

QString LogFieldsEditor::value(const QString &key) const {
    if (const QLineEdit *edit = m_edits.value(key))
        return edit->text();
    if (const QComboBox *combo = m_choices.value(key))
        return combo->currentData().toString();
    if (m_eventType && key == QLatin1String("eventType"))
        return m_eventType->currentText().trimmed();
    return {};
}

QList<QPair<QString, QString>> LogFieldsEditor::fields() const {
    QList<QPair<QString, QString>> out;
    for (const LogFields::Field &f : LogFields::predefined())
        if (const QString v = value(f.key); !v.isEmpty())
            out.append({f.key, v});
    return out;
}

bool LogFieldsEditor::setValue(const QString &key, const QString &value) {
    if (QLineEdit *edit = m_edits.value(key)) {
        edit->setText(value);
        edit->setCursorPosition(0); // the value's start shows, as typed
        return true;
    }
    if (QComboBox *combo = m_choices.value(key)) {
        int index = combo->findData(value);
        if (index < 0) {
            // A value Okta sent that the list does not know yet: offer it too.
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        return true;
    }
    if (m_eventType && key == QLatin1String("eventType")) {
        m_eventType->setEditText(value);
        return true;
    }
    return false;
}

QList<QPair<QString, QString>> LogFieldsEditor::setFields(const QList<QPair<QString, QString>> &fields) {
    QSignalBlocker blocker(this);
    for (const LogFields::Field &f : LogFields::predefined())
        setValue(f.key, QString());
    QList<QPair<QString, QString>> rest;
    for (const auto &[key, value] : fields)
        if (!LogFields::isPredefined(key) || !setValue(key, value))
            rest.append({key, value});
    blocker.unblock();
    Q_EMIT changed();
    return rest;
}

void LogFieldsEditor::addEventTypes(const QStringList &types) {
    bool added = false;
    for (const QString &t : types)
        if (!t.isEmpty() && !m_eventTypes.contains(t)) {
            m_eventTypes.append(t);
            added = true;
        }
    if (!added)
        return;
    m_eventTypes.sort();
    const QString text = m_eventType->currentText();
    const QSignalBlocker blocker(m_eventType);
    m_eventType->clear();
    m_eventType->addItems(m_eventTypes);
    m_eventType->setCurrentIndex(-1);
    m_eventType->setEditText(text);
}

} // namespace oktadesk

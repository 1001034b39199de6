#include "groupattributedialog.h"

#include "core/values/textescape.h"
#include "models/groupattributeplanmodel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace oktadesk {

using Change = okta::GroupAttributeChange;

GroupAttributeDialog::GroupAttributeDialog(const QString &userId, const QString &userLogin, QWidget *parent)
    : QDialog(parent)
    , m_userId(userId)
    , m_userLogin(userLogin) {
    setObjectName(QStringLiteral("groupAttributeDialog"));
    setWindowTitle(tr("Set a group attribute on all of a user's groups"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 560);

    auto *intro =
        new QLabel(tr("Sets one attribute on every group %1 belongs to. Each group is read again just "
                      "before its update, and its other attributes go back unchanged. App groups "
                      "and the built-in Everyone group cannot be edited at Okta and are skipped. "
                      "Needs the okta.groups.manage scope.")
                       .arg(okta::escapeControls(userLogin)),
                   this);
    intro->setObjectName(QStringLiteral("groupAttributeIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_attribute = new QComboBox(this);
    m_attribute->setObjectName(QStringLiteral("groupAttributeName"));
    m_attribute->setEditable(true); // an attribute the schema did not list can be typed
    m_attribute->setInsertPolicy(QComboBox::NoInsert);
    m_attribute->setMinimumContentsLength(28);
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("groupAttributeValue"));
    m_value->setClearButtonEnabled(true);
    m_typeHint = new QLabel(this);
    m_typeHint->setObjectName(QStringLiteral("groupAttributeHint"));
    m_typeHint->setTextFormat(Qt::PlainText);
    m_typeHint->setWordWrap(true);
    m_typeHint->setForegroundRole(QPalette::PlaceholderText);
    m_previewButton = new QPushButton(tr("Preview (dry run)"), this);
    m_previewButton->setObjectName(QStringLiteral("groupAttributePreviewButton"));
    m_previewButton->setToolTip(tr("Reads the user's groups and shows what would change; changes nothing"));
    m_previewButton->setDefault(true);

    auto *form = new QFormLayout;
    auto *attributeLabel = new QLabel(tr("&Attribute:"), this);
    attributeLabel->setBuddy(m_attribute);
    form->addRow(attributeLabel, m_attribute);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_previewButton);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, valueRow);
    form->addRow(QString(), m_typeHint);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("groupAttributeSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_model = new GroupAttributePlanModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("groupAttributePreview"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(GroupAttributePlanModel::Group, 250);
    m_table->horizontalHeader()->resizeSection(GroupAttributePlanModel::Type, 90);
    m_table->horizontalHeader()->resizeSection(GroupAttributePlanModel::Current, 140);
    m_table->horizontalHeader()->resizeSection(GroupAttributePlanModel::New, 140);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("groupAttributeProgress"));
    m_progress->setVisible(false);
    m_applyButton = new QPushButton(tr("Apply"), this);
    m_applyButton->setObjectName(QStringLiteral("groupAttributeApplyButton"));
    m_applyButton->setEnabled(false);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("groupAttributeCancelButton"));
    m_cancelButton->setToolTip(tr("Starts no new update; those already sent finish"));
    m_cancelButton->setVisible(false);
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("groupAttributeCloseButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_applyButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_previewButton, &QPushButton::clicked, this, &GroupAttributeDialog::requestPreview);
    connect(m_value, &QLineEdit::returnPressed, this, &GroupAttributeDialog::requestPreview);
    connect(m_attribute, &QComboBox::currentTextChanged, this, [this] {
        updateTypeHint();
        invalidatePreview();
    });
    connect(m_value, &QLineEdit::textEdited, this, &GroupAttributeDialog::invalidatePreview);
    connect(m_applyButton, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(m_model->plan()); });
    connect(m_cancelButton, &QPushButton::clicked, this, &GroupAttributeDialog::cancelRequested);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);
    updateTypeHint();
}

bool GroupAttributeDialog::isApplying() const {
    return m_cancelButton->isVisible();
}

void GroupAttributeDialog::closeEvent(QCloseEvent *event) {
    if (isApplying())
        event->ignore();
    else
        QDialog::closeEvent(event);
}

void GroupAttributeDialog::reject() {
    if (!isApplying())
        QDialog::reject();
}

void GroupAttributeDialog::setSchema(const okta::ProfileSchema &schema) {
    m_schema = schema;
    m_schemaKnown = true;
    const QString typed = m_attribute->currentText();
    m_attribute->clear();
    // The org's own attributes first: those are what a bulk update is for.
    for (const bool custom : {true, false})
        for (const okta::SchemaAttribute &a : schema.attributes)
            if (a.custom == custom && a.name != QLatin1String("name") && !a.readOnly)
                m_attribute->addItem(okta::escapeControls(a.label()), a.name);
    if (!typed.isEmpty())
        m_attribute->setCurrentText(typed);
    updateTypeHint();
}

void GroupAttributeDialog::setSchemaError(const QString &message) {
    m_typeHint->setText(tr("The group schema could not be read (%1); type the attribute's name. Its value is "
                           "sent as text.")
                            .arg(message));
}

void GroupAttributeDialog::updateTypeHint() {
    if (!m_schemaKnown)
        return;
    const int index = m_attribute->findText(m_attribute->currentText());
    const QString name =
        index >= 0 ? m_attribute->itemData(index).toString() : m_attribute->currentText().trimmed();
    const okta::SchemaAttribute *a = m_schema.find(name);
    QString hint;
    if (!a)
        hint = name.isEmpty() ? QString() : tr("The group schema has no attribute of this name.");
    else if (a->type == QLatin1String("boolean"))
        hint = tr("true or false; empty clears the attribute.");
    else if (a->type == QLatin1String("integer") || a->type == QLatin1String("number"))
        hint = tr("A number; empty clears the attribute.");
    else if (a->type == QLatin1String("array"))
        hint = tr("Items separated by commas, or a JSON array; empty clears the attribute.");
    else
        hint = tr("Text; empty clears the attribute.");
    if (a && !a->allowed.isEmpty()) {
        QStringList values;
        for (const QJsonValue &v : a->allowed)
            values.append(okta::escapeControls(okta::profileValueText(v)));
        hint += QLatin1Char(' ') + tr("Allowed: %1.").arg(values.join(QLatin1String(", ")));
    }
    m_typeHint->setText(hint);
}

void GroupAttributeDialog::requestPreview() {
    if (m_busy)
        return;
    const int index = m_attribute->findText(m_attribute->currentText());
    const QString name =
        index >= 0 ? m_attribute->itemData(index).toString() : m_attribute->currentText().trimmed();
    Q_EMIT previewRequested({m_userId, name, m_value->text()});
}

void GroupAttributeDialog::invalidatePreview() {
    // A preview shows one attribute and value: after an edit, Apply waits for a new one.
    if (m_busy || m_model->plan().changes.isEmpty())
        return;
    m_model->clear();
    m_summary->clear();
    m_applyButton->setEnabled(false);
}

void GroupAttributeDialog::setBusy(bool busy) {
    m_busy = busy;
    m_attribute->setEnabled(!busy);
    m_value->setEnabled(!busy);
    m_previewButton->setEnabled(!busy);
}

void GroupAttributeDialog::previewStarted() {
    setBusy(true);
    m_applied = false;
    m_model->clear();
    m_applyButton->setEnabled(false);
    m_summary->setStyleSheet({});
    m_summary->setText(tr("Reading %1's groups…").arg(okta::escapeControls(m_userLogin)));
}

void GroupAttributeDialog::previewFinished(const okta::GroupAttributePlan &plan) {
    setBusy(false);
    m_model->setPlan(plan);
    QString text = tr("Preview (dry run, nothing changed): %1.").arg(plan.previewSummary());
    for (const QString &note : plan.notes)
        text += QLatin1Char('\n') + note;
    m_summary->setText(text);
    m_applyButton->setEnabled(plan.count(Change::Action::Update) > 0);
}

void GroupAttributeDialog::previewFailed(const QString &message) {
    setBusy(false);
    m_summary->setStyleSheet(QStringLiteral("color: #b01c12;"));
    m_summary->setText(message);
}

void GroupAttributeDialog::applyStarted(int total) {
    setBusy(true);
    m_applyButton->setEnabled(false);
    m_closeButton->setEnabled(false);
    m_cancelButton->setVisible(true);
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_summary->setText(tr("Updating %n group(s)…", nullptr, total));
}

void GroupAttributeDialog::changeFinished(int index, const okta::GroupAttributeChange &change) {
    m_model->updateChange(index, change);
}

void GroupAttributeDialog::applyProgress(int done, int total) {
    m_progress->setMaximum(std::max(1, total));
    m_progress->setValue(done);
}

void GroupAttributeDialog::applyFinished(const okta::GroupAttributePlan &plan, bool canceled) {
    setBusy(false);
    m_applied = true;
    m_model->setPlan(plan);
    m_cancelButton->setVisible(false);
    m_closeButton->setEnabled(true);
    m_progress->setVisible(false);
    const qsizetype failed = plan.count(Change::Result::Failed);
    QString text = tr("Done: %1.").arg(plan.resultSummary());
    if (failed > 0)
        text += QLatin1Char(' ') + tr("The groups that failed keep their old value; the others are updated. "
                                      "Preview again to retry them.");
    else if (canceled)
        text += QLatin1Char(' ') + tr("Cancelled: the groups not attempted keep their old value.");
    m_summary->setStyleSheet(failed > 0 ? QStringLiteral("color: #b01c12;") : QString());
    m_summary->setText(text);
}

} // namespace oktadesk

#include "logsearchform.h"

#include "logfieldseditor.h"
#include "logtimeeditor.h"

#include "core/logs/scimfilter.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace oktadesk {

using okta::LogQuery;
using okta::LogSearchRequest;

namespace {

QLabel *heading(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *problemLabel(const char *name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setVisible(false);
    return label;
}

QLabel *helpLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void showProblem(QLabel *label, const std::optional<QString> &problem) {
    label->setText(problem.value_or(QString()));
    label->setVisible(problem.has_value());
}

} // namespace

LogSearchForm::LogSearchForm(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_search = new QPushButton(tr("Search"), this);
    m_search->setObjectName(QStringLiteral("logSearchButton"));
    m_search->setDefault(true);
    connect(m_search, &QPushButton::clicked, this, &LogSearchForm::searchRequested);

    layout->addWidget(heading(tr("Keyword"), this));
    m_keyword = new QLineEdit(this);
    m_keyword->setObjectName(QStringLiteral("logKeyword"));
    m_keyword->setClearButtonEnabled(true);
    m_keyword->setPlaceholderText(tr("e.g. jane@example.com"));
    connect(m_keyword, &QLineEdit::returnPressed, this, [this] {
        if (m_search->isEnabled())
            Q_EMIT searchRequested();
    });
    layout->addWidget(m_keyword);
    m_keywordProblem = problemLabel("logKeywordProblem", this);
    layout->addWidget(m_keywordProblem);
    layout->addWidget(
        helpLabel(tr("Up to 10 words of up to 40 characters. Each must match a whole value or a "
                     "word in one, in any case. A keyword never matches an attribute that is "
                     "null, so such events are not returned."),
                  this));

    layout->addSpacing(4);
    layout->addWidget(heading(tr("Fields"), this));
    layout->addWidget(
        helpLabel(tr("Each filled field must equal its value (eq); fields are joined with and."), this));
    m_fields = new LogFieldsEditor(this);
    layout->addWidget(m_fields);

    layout->addSpacing(4);
    layout->addWidget(heading(tr("Custom filter"), this));
    m_custom = new QPlainTextEdit(this);
    m_custom->setObjectName(QStringLiteral("logCustomFilter"));
    m_custom->setTabChangesFocus(true);
    m_custom->setPlaceholderText(tr("e.g. outcome.result eq \"FAILURE\" or severity eq \"WARN\""));
    m_custom->setFixedHeight(m_custom->fontMetrics().lineSpacing() * 3 + 12);
    layout->addWidget(m_custom);
    m_customProblem = problemLabel("logCustomFilterProblem", this);
    layout->addWidget(m_customProblem);
    layout->addWidget(
        helpLabel(tr("Any System Log filter: eq, ne, sw, ew, co, gt, ge, lt, le, pr with and, or, "
                     "not and parentheses. It is added as “and (…)”."),
                  this));

    layout->addSpacing(4);
    layout->addWidget(heading(tr("Time range"), this));
    m_time = new LogTimeEditor(this);
    layout->addWidget(m_time);

    auto *options = new QFormLayout;
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("logOrder"));
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order->addItem(tr("Newest first"), int(LogQuery::Order::Descending));
    m_order->addItem(tr("Oldest first"), int(LogQuery::Order::Ascending));
    options->addRow(tr("Order"), m_order);
    m_pageSize = new QSpinBox(this);
    m_pageSize->setObjectName(QStringLiteral("logPageSize"));
    m_pageSize->setRange(1, 1000);
    m_pageSize->setValue(1000);
    m_pageSize->setToolTip(tr("Events per request (limit), 1 to 1000. Larger pages need fewer requests."));
    options->addRow(tr("Page size"), m_pageSize);
    layout->addLayout(options);

    layout->addSpacing(4);
    layout->addWidget(heading(tr("Results"), this));
    layout->addWidget(modeBox());
    m_problem = problemLabel("logFormProblem", this);
    layout->addWidget(m_problem);
    layout->addWidget(m_search);
    layout->addStretch(1);

    connect(m_keyword, &QLineEdit::textChanged, this, &LogSearchForm::validate);
    connect(m_fields, &LogFieldsEditor::changed, this, &LogSearchForm::validate);
    connect(m_custom, &QPlainTextEdit::textChanged, this, &LogSearchForm::validate);
    connect(m_time, &LogTimeEditor::changed, this, &LogSearchForm::validate);
    connect(m_time, &LogTimeEditor::utcChanged, this, &LogSearchForm::utcChanged);
    connect(m_order, &QComboBox::currentIndexChanged, this, &LogSearchForm::validate);
    connect(m_pageSize, &QSpinBox::valueChanged, this, &LogSearchForm::validate);
    connect(m_firstN, &QSpinBox::valueChanged, this, &LogSearchForm::validate);
    connect(m_mode, &QButtonGroup::idClicked, this, &LogSearchForm::validate);
    validate();
}

QWidget *LogSearchForm::modeBox() {
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_mode = new QButtonGroup(this);
    const auto radio = [&](const QString &text, const char *name, LogSearchRequest::Mode mode, int row) {
        auto *button = new QRadioButton(text, box);
        button->setObjectName(QLatin1String(name));
        m_mode->addButton(button, int(mode));
        // Only "First" shares its row (with N); the longer choices span the box.
        grid->addWidget(button, row, 0, 1, row == 0 ? 1 : 2);
        return button;
    };
    radio(tr("First"), "logModeFirst", LogSearchRequest::Mode::FirstN, 0)->setChecked(true);
    m_firstN = new QSpinBox(box);
    m_firstN->setObjectName(QStringLiteral("logFirstN"));
    m_firstN->setRange(1, int(LogSearchRequest::MaxFirstN));
    m_firstN->setValue(int(LogSearchRequest::DefaultFirstN));
    m_firstN->setSuffix(tr(" events"));
    grid->addWidget(m_firstN, 0, 1);
    radio(tr("All in the range (every page)"), "logModeAll", LogSearchRequest::Mode::All, 1)
        ->setToolTip(tr("Follows Okta's next links until the range is exhausted."));
    radio(tr("Live tail (new events as they happen)"), "logModeTail", LogSearchRequest::Mode::Tail, 2)
        ->setToolTip(tr("Polls from the start of the range, oldest first, until you stop it."));
    grid->setColumnStretch(1, 1);
    return box;
}

LogSearchRequest LogSearchForm::request() const {
    LogSearchRequest r;
    r.query.keyword = m_keyword->text();
    r.query.fields = m_fields->fields();
    r.query.customFilter = m_custom->toPlainText();
    r.query.order = LogQuery::Order(m_order->currentData().toInt());
    r.query.limit = m_pageSize->value();
    r.range = m_time->range();
    r.mode = LogSearchRequest::Mode(m_mode->checkedId());
    r.firstN = m_firstN->value();
    return r;
}

void LogSearchForm::setRequest(const LogSearchRequest &request) {
    m_keyword->setText(request.query.keyword);
    QString custom = request.query.customFilter;
    // Saved fields the form has no input for stay in the query, as conditions.
    for (const auto &[key, value] : m_fields->setFields(request.query.fields)) {
        const QString condition = key + QStringLiteral(" eq ") + okta::scim::quote(value);
        custom =
            custom.trimmed().isEmpty() ? condition : condition + QStringLiteral(" and (") + custom + u')';
    }
    m_custom->setPlainText(custom);
    m_order->setCurrentIndex(m_order->findData(int(request.query.order)));
    m_pageSize->setValue(request.query.limit);
    m_time->setRange(request.range);
    if (QAbstractButton *b = m_mode->button(int(request.mode)))
        b->setChecked(true);
    m_firstN->setValue(int(request.firstN));
    validate();
}

std::optional<QString> LogSearchForm::problem() const {
    return request().validate(QDateTime::currentDateTimeUtc());
}

bool LogSearchForm::isUtc() const {
    return m_time->isUtc();
}

void LogSearchForm::filterOn(const QString &attribute, const QString &value, bool literal) {
    if (!literal && m_fields->setValue(attribute, value))
        return;
    const QString condition =
        attribute + QStringLiteral(" eq ") + (literal ? value : okta::scim::quote(value));
    const QString custom = m_custom->toPlainText().trimmed();
    m_custom->setPlainText(custom.isEmpty() ? condition : custom + QStringLiteral(" and ") + condition);
}

void LogSearchForm::addEventTypes(const QStringList &types) {
    m_fields->addEventTypes(types);
}

void LogSearchForm::setSearchEnabled(bool enabled) {
    m_searchEnabled = enabled;
    validate();
}

void LogSearchForm::validate() {
    const auto keywordProblem = LogQuery::keywordProblem(m_keyword->text());
    const auto customProblem = LogQuery::customFilterProblem(m_custom->toPlainText());
    showProblem(m_keywordProblem, keywordProblem);
    showProblem(m_customProblem, customProblem);
    m_firstN->setEnabled(m_mode->checkedId() == int(LogSearchRequest::Mode::FirstN));
    // The order of a tail is Okta's: oldest first.
    m_order->setEnabled(m_mode->checkedId() != int(LogSearchRequest::Mode::Tail));
    const std::optional<QString> problem = this->problem();
    // Shown once: the keyword and custom filter have their own line.
    const bool shownAbove = keywordProblem || customProblem;
    showProblem(m_problem, shownAbove ? std::nullopt : problem);
    m_search->setEnabled(m_searchEnabled && !problem);
    Q_EMIT changed();
}

} // namespace oktadesk

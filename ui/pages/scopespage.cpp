#include "scopespage.h"

#include "core/values/page.h"
#include "core/values/textescape.h"
#include "models/scopefiltermodel.h"
#include "models/scopetablemodel.h"
#include "resources/resources.h"
#include "ui/banner.h"
#include "ui/featuregate.h"
#include "ui/scopes/applybar.h"
#include "ui/scopes/applyconfirmation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace oktadesk {

using okta::GrantChange;

ScopesPage::ScopesPage(QWidget *parent)
    : TablePage(QIcon(navigationIconPath(QStringLiteral("scopes"))), parent)
    , m_model(new ScopeTableModel(this))
    , m_filter(new ScopeFilterModel(this)) {
    setObjectName(QStringLiteral("scopesPage"));
    setTexts(
        tr("Scopes"),
        tr("The Okta API scopes of an OAuth app, by default the Okta Workflows OAuth app, as the Okta "
           "connector lists them. Check a scope to grant it and uncheck it to revoke it; nothing is sent "
           "until you apply. Scopes with a lock are granted automatically and can never be revoked."),
        tr("Connect to an org to see and change the scopes of its OAuth apps."),
        tr("Loading the org's apps…"));
    m_filter->setSourceModel(m_model);
    setSourceModel(m_filter, QStringLiteral("scopeTable"), tr("Choose an app to see its scopes."));
    const QFontMetrics metrics = tableView()->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth() + 12;
    const auto width = [&](const char *sample) {
        return metrics.horizontalAdvance(QString::fromUtf8(sample)) + padding;
    };
    // Pending and failed statuses are bold (ScopeTableModel's FontRole).
    QFont bold = tableView()->font();
    bold.setBold(true);
    const int statusWidth = QFontMetrics(bold).horizontalAdvance(
                                ScopeTableModel::statusName(ScopeTableModel::RowStatus::PendingRevoke)) +
                            padding;
    // Long descriptions and grant times are elided (their tooltips have them whole), leaving
    // room for the notes.
    setColumnWidths({width("okta.governance.accessCertifications.manage") + 40,
                     width("Create, change and delete groups and their members"), width("manage"),
                     statusWidth, width("admin@example.com · 2026-05-01")});
    // The guidance page's order until the user sorts.
    sortBy(-1);

    m_controls = createControls();
    FeatureGate *gate = addFeatureGate(okta::WriteFeature::ScopeGrants, this);
    m_info = new Banner(QStringLiteral("scopesInfo"), Banner::Tone::Info, this);
    m_changed = new Banner(QStringLiteral("scopesChangedBanner"), Banner::Tone::Warning, this);
    m_reauthorize =
        m_changed->addButton(tr("Reauthorize this profile…"), QStringLiteral("reauthorizeProfileButton"));
    m_applyBar = new ApplyBar(this);
    m_applyBar->setObjectName(QStringLiteral("applyBar"));
    // Above the table: the controls and the banners; below it: the apply bar.
    int at = 0;
    for (QWidget *w : {m_controls, static_cast<QWidget *>(gate), static_cast<QWidget *>(m_changed),
                       static_cast<QWidget *>(m_info)})
        bodyLayout()->insertWidget(at++, w);
    bodyLayout()->addWidget(m_applyBar);
    m_controls->setVisible(false);
    m_applyBar->setVisible(false);

    connect(m_reauthorize, &QPushButton::clicked, this, &ScopesPage::reauthorizeRequested);
    connect(m_model, &ScopeTableModel::stagingChanged, this, &ScopesPage::updateStaging);
    connect(m_applyBar, &ApplyBar::applyClicked, this, &ScopesPage::confirmApply);
    connect(m_applyBar, &ApplyBar::cancelClicked, this, &ScopesPage::cancelApplyRequested);
    connect(m_applyBar, &ApplyBar::discardClicked, m_model, &ScopeTableModel::discardStaged);
    updateStaging();
}

QWidget *ScopesPage::createControls() {
    auto *controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("scopesControls"));
    m_appPicker = new QComboBox(controls);
    m_appPicker->setObjectName(QStringLiteral("appPicker"));
    m_appPicker->setAccessibleName(tr("App"));
    m_appPicker->setEditable(true);
    m_appPicker->setInsertPolicy(QComboBox::NoInsert);
    m_appPicker->setMinimumContentsLength(28);
    m_appPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_appPicker->lineEdit()->setPlaceholderText(tr("Search the org's apps"));
    m_appPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_appPicker->completer()->setFilterMode(Qt::MatchContains);
    m_appPicker->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *appLabel = new QLabel(tr("&App:"), controls);
    appLabel->setBuddy(m_appPicker);
    m_reload = new QPushButton(tr("Reload"), controls);
    m_reload->setObjectName(QStringLiteral("reloadGrantsButton"));
    m_reload->setToolTip(tr("List the app's grants again"));

    m_filterEdit = new QLineEdit(controls);
    m_filterEdit->setObjectName(QStringLiteral("scopeFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter scopes"));
    m_filterEdit->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(controls);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    using F = ScopeFilterModel::StatusFilter;
    for (const F f : {F::All, F::Granted, F::NotGranted, F::Pending, F::Failed})
        m_statusFilter->addItem(ScopeFilterModel::filterName(f), int(f));
    m_showAll = new QCheckBox(tr("Show all Okta scopes"), controls);
    m_showAll->setObjectName(QStringLiteral("showAllScopes"));
    m_showAll->setToolTip(tr("Add every scope of Okta's current catalogue that the connector's default list "
                             "lacks, so it can be granted too"));

    auto *layout = new QHBoxLayout(controls);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(appLabel);
    layout->addWidget(m_appPicker, 2);
    layout->addWidget(m_reload);
    layout->addSpacing(16);
    layout->addWidget(m_filterEdit, 1);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_showAll);

    connect(m_appPicker, &QComboBox::activated, this, [this](int index) {
        const QString id = m_appPicker->itemData(index).toString();
        if (!id.isEmpty())
            Q_EMIT appChosen(id);
    });
    connect(m_reload, &QPushButton::clicked, this, &ScopesPage::reloadRequested);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ScopeFilterModel::setText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusFilter(F(m_statusFilter->currentData().toInt())); });
    connect(m_showAll, &QCheckBox::toggled, m_model, &ScopeTableModel::setShowAllScopes);
    return controls;
}

void ScopesPage::setConnected(bool connected) {
    TablePage::setConnected(connected);
    m_controls->setVisible(connected);
    m_applyBar->setVisible(connected);
    if (!connected) {
        m_changed->setVisible(false);
        m_info->setVisible(false);
        featureGate()->setVisible(false);
    }
}

void ScopesPage::featureAllowed(bool) { // the apply bar reads the gate (updateStaging)
    if (!isConnected())
        featureGate()->setVisible(false);
    updateStaging();
}

void ScopesPage::feedStarted() {
    m_incoming.clear();
    TablePage::feedStarted();
}

void ScopesPage::feedPage(const okta::Page &page) {
    m_incoming.append(page.rows<okta::ScopeGrant>());
}

void ScopesPage::feedEnded(const QString &error, bool moreAvailable) {
    // A list that failed leaves what is shown (and staged) as it was.
    if (error.isEmpty()) {
        m_model->setGrants(m_incoming);
        revealFirstFailure();
    } else {
        setError(error);
    }
    m_incoming.clear();
    TablePage::feedEnded({}, moreAvailable);
}

void ScopesPage::revealFirstFailure() {
    const QAbstractItemModel *shown = tableView()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, ScopeTableModel::Scope);
        if (index.data(ScopeStatusRole).toInt() == int(ScopeTableModel::RowStatus::Failed)) {
            tableView()->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return;
        }
    }
}

void ScopesPage::clearRows() {
    m_model->clear();
    m_incoming.clear();
    m_info->setVisible(false);
    m_applyBar->setOutcome({}, false);
}

void ScopesPage::setApps(const QList<okta::App> &apps, const QString &currentId) {
    m_apps = apps;
    const QSignalBlocker blocker(m_appPicker);
    m_appPicker->clear();
    QHash<QString, int> labels;
    for (const okta::App &app : apps)
        ++labels[app.label];
    for (const okta::App &app : apps) {
        // Labels are Okta's text: shown escaped, and told apart by id when two are alike.
        const QString label = okta::escapeControls(app.label);
        m_appPicker->addItem(labels.value(app.label) > 1 ? tr("%1 (%2)").arg(label, app.id) : label, app.id);
        m_appPicker->setItemData(
            m_appPicker->count() - 1,
            tr("%1\nID: %2\nName: %3").arg(label, app.id, okta::escapeControls(app.name)), Qt::ToolTipRole);
    }
    m_appPicker->setCurrentIndex(m_appPicker->findData(currentId));
}

QString ScopesPage::currentAppId() const {
    return m_appPicker->currentData().toString();
}

QString ScopesPage::currentAppLabel() const {
    for (const okta::App &app : m_apps)
        if (app.id == currentAppId())
            return app.label;
    return {};
}

void ScopesPage::setApplying(int done, int total) {
    m_applyBar->setApplying(done, total);
    updateStaging();
}

void ScopesPage::setOutcome(const QString &text, bool failed) {
    m_applyBar->setOutcome(text, failed);
}

void ScopesPage::setReauthorizeNotice(const QString &message, bool offerReauthorize) {
    m_changed->setMessage(message);
    m_reauthorize->setVisible(offerReauthorize);
    m_changed->setVisible(!message.isEmpty());
}

void ScopesPage::setInfo(const QString &text) {
    m_info->setMessage(text);
    m_info->setVisible(!text.isEmpty());
}

void ScopesPage::updateStaging() {
    const bool applying = m_applyBar->isApplying();
    if (!applying)
        m_applyBar->setStaged(m_model->stagedCount(GrantChange::Action::Grant),
                              m_model->stagedCount(GrantChange::Action::Revoke),
                              featureGate()->isFeatureOn());
    // Staged changes belong to the app shown: apply or discard them before choosing another.
    // While they are sent, nothing on the list changes.
    const bool staged = !m_model->stagedChanges().isEmpty();
    m_appPicker->setEnabled(!staged && !applying);
    m_appPicker->setToolTip(staged ? tr("Apply or discard the staged changes before choosing another app")
                                   : tr("The app whose scopes are shown"));
    m_reload->setEnabled(!applying);
    tableView()->setEnabled(!applying);
}

void ScopesPage::confirmApply() {
    const QList<GrantChange> changes = m_model->stagedChanges();
    if (changes.isEmpty() || !featureGate()->isFeatureOn())
        return;
    ApplyConfirmation::open(this, currentAppLabel(), changes, [this] { Q_EMIT applyConfirmed(); });
}

} // namespace oktadesk

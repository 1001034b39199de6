#include "directorylistpanel.h"

#include "columnchooser.h"
#include "ui/pages/resultsview.h"

#include "core/values/page.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace oktadesk {

DirectoryListPanel::DirectoryListPanel(SearchBar::Subject subject, QWidget *parent)
    : QWidget(parent)
    , m_subject(subject) {
    m_searchBar = new SearchBar(subject, this);
    m_remark = new QLabel(this);
    m_remark->setObjectName(QStringLiteral("listRemark"));
    m_remark->setTextFormat(Qt::PlainText);
    m_remark->setWordWrap(true);
    m_remark->setVisible(false);

    m_results = new ResultsView(this);

    m_localFilter = new QLineEdit(this);
    m_localFilter->setObjectName(QStringLiteral("localFilter"));
    m_localFilter->setPlaceholderText(tr("Filter the rows shown…"));
    m_localFilter->setAccessibleName(tr("Filter the rows shown"));
    m_localFilter->setToolTip(tr("Narrows the rows already loaded, in every column; asks Okta nothing"));
    m_localFilter->setClearButtonEnabled(true);
    m_localFilter->setMinimumWidth(
        m_localFilter->fontMetrics().horizontalAdvance(m_localFilter->placeholderText()) + 40);
    m_localFilter->setMaximumWidth(320);
    m_filterCount = new QLabel(this);
    m_filterCount->setObjectName(QStringLiteral("filterCount"));
    m_filterCount->setForegroundRole(QPalette::PlaceholderText);

    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(
        tr("Write the rows shown to a file; JSON and NDJSON keep each object as Okta sent it"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const QList<QPair<QString, okta::ExportFormat>> formats = {{tr("CSV…"), okta::ExportFormat::Csv},
                                                               {tr("JSON…"), okta::ExportFormat::Json},
                                                               {tr("NDJSON…"), okta::ExportFormat::Ndjson}};
    for (const auto &[text, format] : formats) {
        QAction *action = exportMenu->addAction(text);
        action->setObjectName(QStringLiteral("export-") + okta::exportFormatName(format));
        connect(action, &QAction::triggered, this, [this, format = format] { chooseExportFile(format); });
    }
    m_export->setMenu(exportMenu);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setVisible(false);

    auto *tools = m_results->statusRow();
    tools->insertWidget(0, m_localFilter);
    tools->insertWidget(1, m_filterCount);
    tools->addWidget(m_exportStatus);
    tools->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_remark);
    layout->addWidget(m_results, 1);

    connect(m_searchBar, &SearchBar::searchRequested, this, &DirectoryListPanel::searchRequested);
    connect(m_searchBar, &SearchBar::cancelRequested, this, &DirectoryListPanel::cancelRequested);
    connect(m_localFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_results->proxyModel()->setFilterFixedString(text);
        updateFilterCount();
    });
}

void DirectoryListPanel::setModel(QAbstractItemModel *model, int fixedColumns, const QString &viewName,
                                  const QString &noRowsText) {
    m_results->setSourceModel(model, viewName, noRowsText);
    QSortFilterProxyModel *proxy = m_results->proxyModel();
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_columns = new ColumnChooser(m_results->tableView(), fixedColumns, this);
    m_results->statusRow()->insertWidget(m_results->statusRow()->count() - 2, m_columns);
    connect(m_columns, &ColumnChooser::attributeToggled, this, &DirectoryListPanel::toggleAttribute);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &DirectoryListPanel::updateFilterCount);
    connect(proxy, &QAbstractItemModel::modelReset, this, &DirectoryListPanel::updateFilterCount);
    // Okta's order until the admin sorts: the first page of a larger directory.
    m_results->sortBy(-1);
}

QSortFilterProxyModel *DirectoryListPanel::resultsProxy() const {
    return m_results->proxyModel();
}

void DirectoryListPanel::setRemark(const QString &text) {
    m_remark->setText(text);
    m_remark->setVisible(!text.isEmpty());
}

void DirectoryListPanel::reset() {
    clearRows();
    m_results->resetStatus();
    m_searchBar->setRunning(false);
    m_searchBar->setProgress({});
    setExportStatus({});
    m_pages = 0;
}

void DirectoryListPanel::listStarted(const DirectorySearch &search) {
    reset();
    m_all = search.all;
    m_searchBar->setRunning(true);
    m_results->setLoading(true);
    if (m_all)
        m_searchBar->setProgress(tr("Streaming…"));
}

void DirectoryListPanel::listPage(const okta::Page &page) {
    appendPage(page);
    ++m_pages;
    if (m_all)
        m_searchBar->setProgress(tr("Streaming… %1, %n page(s)", nullptr, m_pages)
                                     .arg(countText(m_results->proxyModel()->sourceModel()->rowCount())));
}

void DirectoryListPanel::listEnded(const QString &error, bool moreAvailable, bool canceled) {
    m_searchBar->setRunning(false);
    m_results->setLoading(false);
    const int rows = m_results->proxyModel()->sourceModel()->rowCount();
    if (!error.isEmpty())
        m_results->setError(error);
    if (canceled)
        m_results->setNote(tr("Cancelled after %1; the rows that came are kept.").arg(countText(rows)));
    else if (moreAvailable)
        m_results->setNote(m_subject == SearchBar::Subject::Users
                               ? tr("Showing the first %n users — more are available", nullptr, rows)
                               : tr("Showing the first %n groups — more are available", nullptr, rows));
    else if (rows > 0)
        m_results->setNote(!error.isEmpty()
                               ? tr("%1 arrived before the error; they are kept.").arg(countText(rows))
                               : tr("All %1.").arg(countText(rows)));
    m_searchBar->setProgress({});
}

void DirectoryListPanel::setSchema(const okta::ProfileSchema &schema) {
    m_columns->setAttributes(schema.attributes, attributesInFixedColumns());
}

void DirectoryListPanel::setExportStatus(const QString &text) {
    m_exportStatus->setText(text);
    m_exportStatus->setVisible(!text.isEmpty());
}

void DirectoryListPanel::chooseExportFile(okta::ExportFormat format) {
    // open(), never exec(): the window stays live while the dialog is up.
    auto *dialog = new QFileDialog(this, tr("Export the rows shown"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    const QString suffix = okta::exportFormatName(format);
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    dialog->selectFile(
        (m_subject == SearchBar::Subject::Users ? QStringLiteral("users.") : QStringLiteral("groups.")) +
        suffix);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { Q_EMIT exportRequested(format, path); });
    dialog->open();
}

void DirectoryListPanel::updateFilterCount() {
    const QSortFilterProxyModel *proxy = m_results->proxyModel();
    const int total = proxy->sourceModel() ? proxy->sourceModel()->rowCount() : 0;
    m_filterCount->setText(
        m_localFilter->text().isEmpty() ? QString() : tr("%1 of %2 shown").arg(proxy->rowCount()).arg(total));
}

} // namespace oktadesk

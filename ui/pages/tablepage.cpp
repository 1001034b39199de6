#include "tablepage.h"

#include "resultsview.h"

#include <QVBoxLayout>

namespace oktadesk {

TablePage::TablePage(const QIcon &icon, QWidget *parent)
    : Page(icon, parent)
    , m_results(new ResultsView(this)) {
    m_results->setObjectName(QStringLiteral("tableContent"));
    bodyLayout()->addWidget(m_results, 1);
    m_results->setVisible(false);
}

void TablePage::setSourceModel(QAbstractItemModel *model, const QString &viewName,
                               const QString &noRowsText) {
    m_results->setSourceModel(model, viewName, noRowsText);
}

void TablePage::setColumnWidths(std::initializer_list<int> widths) {
    m_results->setColumnWidths(widths);
}

void TablePage::sortBy(int column, Qt::SortOrder order) {
    m_results->sortBy(column, order);
}

void TablePage::setConnected(bool connected) {
    Page::setConnected(connected);
    setEmptyStateVisible(!connected);
    m_results->setVisible(connected);
}

void TablePage::setLoading(bool loading) {
    m_results->setLoading(loading);
}

bool TablePage::isLoading() const {
    return m_results->isLoading();
}

void TablePage::setError(const QString &message) {
    m_results->setError(message);
}

QString TablePage::error() const {
    return m_results->error();
}

void TablePage::setNote(const QString &note) {
    m_results->setNote(note);
}

QString TablePage::note() const {
    return m_results->note();
}

QTableView *TablePage::tableView() const {
    return m_results->tableView();
}

QSortFilterProxyModel *TablePage::proxyModel() const {
    return m_results->proxyModel();
}

void TablePage::clear() {
    clearRows();
    m_results->resetStatus();
}

void TablePage::feedEnded(const QString &error, bool moreAvailable) {
    setLoading(false);
    if (!error.isEmpty())
        setError(error);
    setMoreAvailable(moreAvailable);
}

} // namespace oktadesk

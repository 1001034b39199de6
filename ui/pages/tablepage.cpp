#include "tablepage.h"

#include "models/modelroles.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace oktadesk {

namespace {

// Insets a cell's icon and text while its background and selection still fill the cell.
class PaddedDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int Padding = 5;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
        opt.rect.adjust(Padding, 0, -Padding, 0);
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    }
    // Check boxes answer where they are drawn.
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override {
        QStyleOptionViewItem opt(option);
        opt.rect.adjust(Padding, 0, -Padding, 0);
        return QStyledItemDelegate::editorEvent(event, model, opt, index);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(2 * Padding, 0);
    }
};

} // namespace

TablePage::TablePage(const QIcon &icon, QWidget *parent)
    : Page(icon, parent) {
    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("tableContent"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);

    m_errorFrame = new QFrame(m_content);
    m_errorFrame->setObjectName(QStringLiteral("pageError"));
    m_errorFrame->setFrameShape(QFrame::StyledPanel);
    m_errorFrame->setStyleSheet(QStringLiteral(
        "QFrame#pageError { background: #fdecea; border: 1px solid #e8a29b; border-radius: 4px; }"));
    auto *errorLayout = new QHBoxLayout(m_errorFrame);
    errorLayout->setContentsMargins(10, 6, 10, 6);
    auto *errorIcon = new QLabel(m_errorFrame);
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(18, 18));
    m_errorLabel = new QLabel(m_errorFrame);
    m_errorLabel->setObjectName(QStringLiteral("pageErrorMessage"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_errorLabel, 1);
    m_errorFrame->setVisible(false);

    m_loadingLabel = new QLabel(tr("Loading…"), m_content);
    m_loadingLabel->setObjectName(QStringLiteral("pageLoading"));
    m_loadingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_loadingLabel->setVisible(false);
    m_noteLabel = new QLabel(m_content);
    m_noteLabel->setObjectName(QStringLiteral("pageNote"));
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteLabel->setVisible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(12);
    statusRow->addWidget(m_loadingLabel);
    statusRow->addWidget(m_noteLabel);
    statusRow->addStretch(1);

    m_view = new QTableView(m_content);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setCornerButtonEnabled(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->setVisible(false);
    // Uniform row heights: a fixed section size lets the view skip measuring rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // Room between the text and the grid lines, matched by the header's padding.
    m_view->setItemDelegate(new PaddedDelegate(m_view));
    m_view->horizontalHeader()->setStyleSheet(QStringLiteral("QHeaderView::section { padding-left: 8px; }"));
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    layout->addWidget(m_errorFrame);
    layout->addLayout(statusRow);
    layout->addWidget(m_view, 1);
    bodyLayout()->addWidget(m_content, 1);
    m_content->setVisible(false);
}

void TablePage::setSourceModel(QAbstractItemModel *model, const QString &viewName,
                               const QString &noRowsText) {
    m_view->setObjectName(viewName);
    m_noRowsText = noRowsText;
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePage::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::updateStatus);
}

void TablePage::setColumnWidths(std::initializer_list<int> widths) {
    int column = 0;
    for (const int width : widths)
        m_view->horizontalHeader()->resizeSection(column++, width);
}

void TablePage::sortBy(int column, Qt::SortOrder order) {
    m_view->horizontalHeader()->setSortIndicator(column, order);
    m_proxy->sort(column, order);
}

void TablePage::setConnected(bool connected) {
    Page::setConnected(connected);
    setEmptyStateVisible(!connected);
    m_content->setVisible(connected);
}

void TablePage::setLoading(bool loading) {
    if (m_loading && !loading)
        m_loaded = true;
    m_loading = loading;
    updateStatus();
}

void TablePage::setError(const QString &message) {
    m_errorLabel->setText(message);
    m_errorFrame->setVisible(!message.isEmpty());
    updateStatus();
}

QString TablePage::error() const {
    return m_errorFrame->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void TablePage::setNote(const QString &note) {
    m_note = note;
    updateStatus();
}

QString TablePage::note() const {
    return m_noteLabel->isVisibleTo(this) ? m_noteLabel->text() : QString();
}

void TablePage::clear() {
    clearRows();
    m_loading = false;
    m_loaded = false;
    m_note.clear();
    setError({});
    updateStatus();
}

int TablePage::sourceRowCount() const {
    return m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
}

void TablePage::updateStatus() {
    m_loadingLabel->setVisible(m_loading);
    QString note = m_note;
    if (note.isEmpty() && m_loaded && sourceRowCount() == 0 && m_errorLabel->text().isEmpty())
        note = m_noRowsText;
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

void TablePage::feedEnded(const QString &error, bool moreAvailable) {
    setLoading(false);
    if (!error.isEmpty())
        setError(error);
    setMoreAvailable(moreAvailable);
}

} // namespace oktadesk

#include "tablepage.moc"

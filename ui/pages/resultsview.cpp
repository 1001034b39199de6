#include "resultsview.h"

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

ResultsView::ResultsView(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(8);

    m_errorFrame = new QFrame(this);
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

    m_loadingLabel = new QLabel(tr("Loading…"), this);
    m_loadingLabel->setObjectName(QStringLiteral("pageLoading"));
    m_loadingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_loadingLabel->setVisible(false);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("pageNote"));
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteLabel->setVisible(false);
    m_statusRow = new QHBoxLayout;
    m_statusRow->setSpacing(12);
    m_statusRow->addWidget(m_loadingLabel);
    m_statusRow->addWidget(m_noteLabel);
    m_statusRow->addStretch(1);

    m_view = new QTableView(this);
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
    layout->addLayout(m_statusRow);
    layout->addWidget(m_view, 1);
}

void ResultsView::setSourceModel(QAbstractItemModel *model, const QString &viewName,
                                 const QString &noRowsText) {
    m_view->setObjectName(viewName);
    m_noRowsText = noRowsText;
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ResultsView::updateStatus);
    connect(model, &QAbstractItemModel::modelReset, this, &ResultsView::updateStatus);
}

void ResultsView::setColumnWidths(std::initializer_list<int> widths) {
    int column = 0;
    for (const int width : widths)
        m_view->horizontalHeader()->resizeSection(column++, width);
}

void ResultsView::sortBy(int column, Qt::SortOrder order) {
    m_view->horizontalHeader()->setSortIndicator(column, order);
    m_proxy->sort(column, order);
}

void ResultsView::setLoading(bool loading) {
    if (m_loading && !loading)
        m_loaded = true;
    m_loading = loading;
    updateStatus();
}

void ResultsView::setError(const QString &message) {
    m_errorLabel->setText(message);
    m_errorFrame->setVisible(!message.isEmpty());
    updateStatus();
}

QString ResultsView::error() const {
    return m_errorFrame->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void ResultsView::setNote(const QString &note) {
    m_note = note;
    updateStatus();
}

QString ResultsView::note() const {
    return m_noteLabel->isVisibleTo(this) ? m_noteLabel->text() : QString();
}

void ResultsView::resetStatus() {
    m_loading = false;
    m_loaded = false;
    m_note.clear();
    setError({});
}

int ResultsView::sourceRowCount() const {
    return m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
}

void ResultsView::updateStatus() {
    m_loadingLabel->setVisible(m_loading);
    QString note = m_note;
    if (note.isEmpty() && m_loaded && sourceRowCount() == 0 && m_errorLabel->text().isEmpty())
        note = m_noRowsText;
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

} // namespace oktadesk

#include "resultsview.moc"

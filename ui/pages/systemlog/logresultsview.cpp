#include "logresultsview.h"

#include "logcelldelegate.h"
#include "logdetailpane.h"
#include "logexportbar.h"

#include "models/logeventproxy.h"
#include "models/logeventtablemodel.h"
#include "models/modelroles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace oktadesk {

using okta::LogColumns;

LogResultsView::LogResultsView(LogEventTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model) {
    m_proxy = new LogEventProxy(this);
    m_proxy->setSourceModel(model);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("logQuickFilter"));
    m_filter->setPlaceholderText(tr("Filter these results…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the fetched events with a text that contains this, in any case. It "
                            "sends nothing to Okta."));
    // Typing stays fluid at a million rows: the filter runs once the typing pauses.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this,
            [this] { m_proxy->setFilterText(m_filter->text().trimmed()); });

    m_columns = new QToolButton(this);
    m_columns->setObjectName(QStringLiteral("logColumns"));
    m_columns->setText(tr("Columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_exportToggle = new QToolButton(this);
    m_exportToggle->setObjectName(QStringLiteral("logExportToggle"));
    m_exportToggle->setText(tr("Export…"));
    m_exportToggle->setCheckable(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_proxy);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new LogCellDelegate(m_table));
    m_table->setCornerButtonEnabled(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->setVisible(false);
    // A fixed row height: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const char *sample) {
        return metrics.horizontalAdvance(QLatin1String(sample)) + 3 * metrics.averageCharWidth() + 12;
    };
    const QList<int> widths = {width("8888-88-88 88:88:88"),
                               width("SEVERITY") + 20,
                               width("user.authentication.auth_via_mfa"),
                               width("User login to Okta, and more"),
                               width("Alexandria Montgomery"),
                               width("GitHub Enterprise Cloud (AppInstance)"),
                               width("SUCCESS"),
                               width("188.188.188.188"),
                               width("São Paulo, Brazil"),
                               width("CHROME, Windows 10")};
    for (int c = 0; c < widths.size(); ++c)
        header->resizeSection(c, widths.at(c));
    for (int c = 0; c < LogColumns::Count; ++c)
        m_table->setColumnHidden(c, !LogColumns::defaults().contains(LogColumns::Column(c)));
    buildColumnMenu();

    m_exportBar = new LogExportBar(this);
    m_exportBar->setVisible(false);
    connect(m_exportToggle, &QToolButton::toggled, m_exportBar, &QWidget::setVisible);
    m_detail = new LogDetailPane(this);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_columns);
    tools->addWidget(m_exportToggle);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(tools);
    topLayout->addWidget(m_exportBar);
    topLayout->addWidget(m_table, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("logResultsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({560, 340});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogResultsView::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogResultsView::showCurrent);
    const auto count = [this] {
        m_exportBar->setShownCount(m_proxy->rowCount());
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, count);
    // Scrolling up stops the following; scrolling back to the end resumes it.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_atEnd = bar->value() >= bar->maximum();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow && m_atEnd)
            m_table->scrollToBottom();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
}

void LogResultsView::buildColumnMenu() {
    auto *menu = new QMenu(m_columns);
    for (const LogColumns::Column c : LogColumns::all()) {
        QAction *action = menu->addAction(LogColumns::title(c));
        action->setObjectName(QStringLiteral("logColumn_") + LogColumns::header(c));
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(c));
        connect(action, &QAction::toggled, this, [this, c](bool on) { m_table->setColumnHidden(c, !on); });
    }
    m_columns->setMenu(menu);
}

QList<LogColumns::Column> LogResultsView::visibleColumns() const {
    QList<LogColumns::Column> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(LogColumns::Column(logical));
    }
    return columns;
}

QList<int> LogResultsView::shownRows() const {
    return m_proxy->sourceRows();
}

void LogResultsView::showCurrent() {
    const QModelIndex current = m_table->currentIndex();
    m_detail->setEvent(current.isValid() ? current.data(RawJsonRole).toByteArray() : QByteArray());
}

} // namespace oktadesk

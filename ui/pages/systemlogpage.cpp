#include "systemlogpage.h"

#include "systemlog/logdetailpane.h"
#include "systemlog/logexportbar.h"
#include "systemlog/logpreview.h"
#include "systemlog/logprogressbar.h"
#include "systemlog/logresultsview.h"
#include "systemlog/logsavedsearchbar.h"
#include "systemlog/logsearchcontroller.h"
#include "systemlog/logsearchform.h"

#include "core/logs/logsavedsearches.h"
#include "models/logeventproxy.h"
#include "models/logeventtablemodel.h"
#include "resources/resources.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace oktadesk {

SystemLogPage::SystemLogPage(QWidget *parent)
    : Page(QIcon(navigationIconPath(QStringLiteral("systemlog"))), parent)
    , m_model(new LogEventTableModel(this))
    , m_controller(new LogSearchController(m_model, this)) {
    setObjectName(QStringLiteral("systemLogPage"));
    setTexts(tr("System Log"),
             tr("Search the org's System Log as the Okta connector's card does — a keyword, fields that must "
                "match, a custom filter and a time range — then browse, inspect and export the events, or "
                "follow new ones live."),
             tr("Connect to an org to search its System Log events."), QString());

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("systemLogContent"));
    m_progress = new LogProgressBar(m_content);
    m_results = new LogResultsView(m_model, m_content);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_progress);
    right->addWidget(m_results, 1);
    auto *layout = new QHBoxLayout(m_content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(createFormPanel());
    layout->addLayout(right, 1);
    bodyLayout()->addWidget(m_content, 1);
    m_content->setVisible(false);

    connect(m_form, &LogSearchForm::changed, this, &SystemLogPage::updatePreview);
    connect(m_form, &LogSearchForm::searchRequested, this, &SystemLogPage::search);
    connect(m_form, &LogSearchForm::utcChanged, m_model, &LogEventTableModel::setUtc);
    connect(m_controller, &LogSearchController::started, m_progress, &LogProgressBar::started);
    connect(m_controller, &LogSearchController::started, this, [this](okta::LogStream::Mode mode) {
        m_results->setFollowNewest(mode == okta::LogStream::Mode::Tail);
    });
    connect(m_controller, &LogSearchController::progressChanged, m_progress, &LogProgressBar::setProgress);
    connect(m_controller, &LogSearchController::finished, this,
            [this](okta::LogStream::Outcome outcome, const QString &error, bool more) {
                m_progress->finished(outcome, error, more);
                QStringList types;
                for (const quint32 id : std::as_const(m_seenEventTypes))
                    types.append(m_model->store().pool().text(id));
                m_form->addEventTypes(types);
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { collectEventTypes(first, last); });
    connect(m_progress, &LogProgressBar::pauseRequested, m_controller, &LogSearchController::pause);
    connect(m_progress, &LogProgressBar::resumeRequested, m_controller, &LogSearchController::resume);
    connect(m_progress, &LogProgressBar::cancelRequested, m_controller, &LogSearchController::cancel);
    connect(m_results->proxy(), &LogEventProxy::busyChanged, m_progress, &LogProgressBar::setSorting);
    connect(m_results->detail(), &LogDetailPane::filterRequested, m_form, &LogSearchForm::filterOn);
    connect(m_saved, &LogSavedSearchBar::loadRequested, m_form, &LogSearchForm::setRequest);
    connect(m_saved, &LogSavedSearchBar::saveRequested, this, [this] { m_saved->save(m_form->request()); });
    connect(m_controller, &LogSearchController::exportStarted, m_results->exportBar(), &LogExportBar::track);
    connect(m_results->exportBar(), &LogExportBar::exportRequested, this,
            [this](okta::ExportFormat format, LogExportBar::Scope scope, const QString &path) {
                if (scope == LogExportBar::Scope::Shown) {
                    m_controller->exportRows(m_results->shownRows(), format, m_results->visibleColumns(),
                                             path);
                    return;
                }
                QString error;
                if (!m_controller->exportSearch(m_form->request(), format, m_results->visibleColumns(), path,
                                                &error))
                    m_progress->setError(error);
            });
    updatePreview();
}

SystemLogPage::~SystemLogPage() = default;

QWidget *SystemLogPage::createFormPanel() {
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 12, 0); // room for the scroll bar
    m_saved = new LogSavedSearchBar(panel);
    m_form = new LogSearchForm(panel);
    m_preview = new LogPreview(panel);
    auto *requestHeading = new QLabel(tr("Request"), panel);
    QFont bold = requestHeading->font();
    bold.setBold(true);
    requestHeading->setFont(bold);
    layout->addWidget(m_saved);
    layout->addWidget(m_form);
    layout->addWidget(requestHeading);
    layout->addWidget(m_preview);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(m_content);
    scroll->setObjectName(QStringLiteral("logFormPanel"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Wide enough for the form's widest row: nothing is cut off under the scroll bar.
    scroll->setFixedWidth(
        std::max(390, panel->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width()));
    return scroll;
}

void SystemLogPage::setConnection(okta::OktaApi *api, okta::ProfileStore *profiles,
                                  const QString &profileId) {
    m_controller->setApi(api);
    delete m_savedSearches;
    if (api)
        m_savedSearches = new okta::LogSavedSearches(profiles, profileId, this);
    m_saved->setSearches(m_savedSearches);
    m_form->setSearchEnabled(api != nullptr);
    updatePreview();
    // Another org's events never stay on screen: switching profiles empties the table at once.
    m_model->clear();
    m_progress->clear();
    if (api)
        search();
}

void SystemLogPage::setConnected(bool connected) {
    Page::setConnected(connected);
    setEmptyStateVisible(!connected);
    m_content->setVisible(connected);
}

void SystemLogPage::search() {
    m_seenEventTypes.clear();
    QString error;
    if (!m_controller->start(m_form->request(), &error))
        m_progress->setError(error);
}

void SystemLogPage::updatePreview() {
    const okta::LogQuery query = m_form->request().resolved(QDateTime::currentDateTimeUtc());
    const QUrl url = m_controller->requestUrl(query);
    m_preview->setRequest(query.filterExpression(), query.keyword.simplified(),
                          QString::fromLatin1(url.toEncoded()), m_controller->curlCommand(query));
}

void SystemLogPage::collectEventTypes(int first, int last) {
    const okta::LogStore &store = m_model->store();
    for (int row = first; row <= last; ++row)
        m_seenEventTypes.insert(store.textId(row, okta::LogStore::EventType));
}

} // namespace oktadesk

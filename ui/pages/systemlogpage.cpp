#include "systemlogpage.h"

#include "core/values/page.h"
#include "models/logeventtablemodel.h"
#include "resources/resources.h"

#include <QTableView>

namespace oktadesk {

SystemLogPage::SystemLogPage(QWidget *parent)
    : TablePage(QIcon(navigationIconPath(QStringLiteral("systemlog"))), parent)
    , m_model(new LogEventTableModel(this)) {
    setObjectName(QStringLiteral("systemLogPage"));
    setTexts(
        tr("System Log"),
        tr("The org's System Log events of the last 24 hours, newest first. Searching by time range, event "
           "type, actor and outcome, and exporting what you find, arrive in a later version; "
           "“oktadesk-cli logs search” does both today."),
        tr("Connect to an org to search its System Log events."), tr("No events in the last 24 hours."));
    setSourceModel(m_model, QStringLiteral("logTable"), tr("No events in the last 24 hours."));
    const QFontMetrics metrics = tableView()->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth() + 12;
    setColumnWidths({metrics.horizontalAdvance(QStringLiteral("8888-88-88 88:88:88")) + padding + 22,
                     metrics.horizontalAdvance(QStringLiteral("user.authentication.auth_via_mfa")) + padding,
                     metrics.horizontalAdvance(QStringLiteral("Alexandria Montgomery")) + padding,
                     metrics.horizontalAdvance(QStringLiteral("SUCCESS")) + padding});
    sortBy(LogEventTableModel::Time, Qt::DescendingOrder);
}

void SystemLogPage::feedPage(const okta::Page &page) {
    m_model->appendRows(page.rows<okta::LogEvent>());
}

void SystemLogPage::setMoreAvailable(bool more) {
    setNote(more ? tr("Showing the latest %1 events of the last 24 hours — more are available")
                       .arg(m_model->rowCount())
                 : QString());
}

void SystemLogPage::clearRows() {
    m_model->clear();
}

} // namespace oktadesk

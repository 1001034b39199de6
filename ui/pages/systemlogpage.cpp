#include "systemlogpage.h"

#include "resources/resources.h"

namespace oktadesk {

SystemLogPage::SystemLogPage(QWidget *parent)
    : Page(QIcon(navigationIconPath(QStringLiteral("systemlog"))), parent) {
    setObjectName(QStringLiteral("systemLogPage"));
    setTexts(
        tr("System Log"),
        tr("Search the org's System Log by time range, event type, actor, target and outcome. Results stream "
           "in page by page as Okta returns them, and what you find can be exported to CSV, JSON or NDJSON."),
        tr("Connect to an org to search its System Log events."),
        tr("Searching the System Log arrives in a later version of OktaDesk."));
}

} // namespace oktadesk

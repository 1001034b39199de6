#include "logsearch.h"

#include "core/okta/oktaclient.h"
#include "core/okta/pager.h"

namespace okta {

Pager *searchLogs(OktaClient *client, const LogQuery &query, QObject *parent) {
    auto *pager = new Pager(client, client->url(QStringLiteral("/api/v1/logs"), query.toUrlQuery()),
                            &Page::parse<LogEvent>, parent);
    if (query.isPolling()) {
        pager->setDropRepeats();
        pager->setStopOnEmptyPage(true);
    }
    return pager;
}

} // namespace okta

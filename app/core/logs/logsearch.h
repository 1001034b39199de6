#pragma once

#include "logquery.h"

class QObject;

namespace okta {

class OktaClient;
class Pager;

// GET /api/v1/logs for a query: a pager of LogEvents. Polling queries (no `until`,
// ascending) re-send events around page boundaries, so their repeats are dropped and the
// walk ends on the first empty page; bounded queries are taken as sent. It lives with the
// query: core/okta knows nothing of System Log searches.
Pager *searchLogs(OktaClient *client, const LogQuery &query, QObject *parent);

} // namespace okta

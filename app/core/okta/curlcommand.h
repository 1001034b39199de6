#pragma once

#include <QString>
#include <QUrl>

namespace okta {

class Authorizer;

// A GET as a curl command to paste into a shell: the URL single-quoted, and the
// credential as a shell variable ($OKTA_API_TOKEN for an API token, $OKTA_ACCESS_TOKEN for
// an OAuth access token), never its value.
QString curlCommand(const QUrl &url, const Authorizer *authorizer);

} // namespace okta

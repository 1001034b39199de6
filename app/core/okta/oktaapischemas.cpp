// OktaApi's profile-schema calls, apart from the rest so the directory's additions merge
// without touching the other families.
#include "oktaapi.h"

#include "oktaclient.h"

namespace okta {

OktaJob *OktaApi::getUserSchema() {
    return m_client->get(QStringLiteral("/api/v1/meta/schemas/user/default"));
}

OktaJob *OktaApi::getGroupSchema() {
    return m_client->get(QStringLiteral("/api/v1/meta/schemas/group/default"));
}

} // namespace okta

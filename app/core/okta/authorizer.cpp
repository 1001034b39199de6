#include "authorizer.h"

namespace okta {

StaticAuthorizer::StaticAuthorizer(Scheme scheme, const Secret &token, QObject *parent)
    : Authorizer(parent)
    , m_header(Secret::withPrefix(scheme == Scheme::Ssws ? "SSWS " : "Bearer ", token)) {}

Secret StaticAuthorizer::authorizationHeader() const {
    return m_header;
}

} // namespace okta

#include "authorizer.h"

namespace okta {

StaticAuthorizer::StaticAuthorizer(Scheme scheme, const QByteArray &token, QObject *parent)
    : Authorizer(parent)
    , m_header((scheme == Scheme::Ssws ? QByteArrayLiteral("SSWS ") : QByteArrayLiteral("Bearer ")) + token) {
}

QByteArray StaticAuthorizer::authorizationHeader() const {
    return m_header;
}

} // namespace okta

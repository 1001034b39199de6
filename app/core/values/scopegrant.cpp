#include "scopegrant.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {
constexpr Field<ScopeGrant> grantFields[] = {
    text("id", &ScopeGrant::id),
    sharedText("scopeId", &ScopeGrant::scopeId),
    fallback("_embedded.scope.id", &ScopeGrant::scopeId), // only the expansion names it
    sharedText("status", &ScopeGrant::status),
    sharedText("source", &ScopeGrant::source),
    sharedText("issuer", &ScopeGrant::issuer),
    sharedText("clientId", &ScopeGrant::clientId),
    sharedText("createdBy.id", &ScopeGrant::createdBy),
    timestamp("created", &ScopeGrant::created),
};
} // namespace

Parsed<ScopeGrant> ScopeGrant::parsePage(QByteArray page) {
    return parseArray<ScopeGrant>(std::move(page), "OAuth2ScopeConsentGrant",
                                  &readRow<ScopeGrant, grantFields>);
}

} // namespace okta

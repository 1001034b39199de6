#include "scopegrant.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {

error_code readGrant(od::object &object, const QByteArray &page, ScopeGrant &g, std::string_view &field) {
    QString embeddedScope;
    SIMDJSON_TRY(forEachField(object, [&](std::string_view key, od::value &v) -> error_code {
        field = key;
        if (key == "id")
            return readString(v, g.id, false);
        if (key == "scopeId")
            return readString(v, g.scopeId);
        if (key == "status")
            return readString(v, g.status);
        if (key == "source")
            return readString(v, g.source);
        if (key == "issuer")
            return readString(v, g.issuer);
        if (key == "clientId")
            return readString(v, g.clientId);
        if (key == "created")
            return readTime(v, g.created);
        if (key == "_embedded")
            return forEachField(v, [&](std::string_view name, od::value &e) -> error_code {
                if (name != "scope")
                    return simdjson::SUCCESS;
                field = "_embedded.scope";
                return forEachField(e, [&](std::string_view attribute, od::value &s) -> error_code {
                    if (attribute != "id")
                        return simdjson::SUCCESS;
                    field = "_embedded.scope.id";
                    return readString(s, embeddedScope);
                });
            });
        return simdjson::SUCCESS;
    }));
    if (g.scopeId.isEmpty())
        g.scopeId = embeddedScope;
    field = {};
    return rawOf(object, page, g.raw);
}

} // namespace

Parsed<ScopeGrant> ScopeGrant::parsePage(QByteArray page) {
    return parseArray<ScopeGrant>(std::move(page), "OAuth2ScopeConsentGrant", &readGrant);
}

} // namespace okta

#include "app.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {

error_code readApp(od::object &object, const QByteArray &page, App &a, std::string_view &field) {
    SIMDJSON_TRY(forEachField(object, [&](std::string_view key, od::value &v) -> error_code {
        field = key;
        if (key == "id")
            return readString(v, a.id, false);
        if (key == "name")
            return readString(v, a.name);
        if (key == "label")
            return readString(v, a.label);
        if (key == "status")
            return readString(v, a.status);
        if (key == "signOnMode")
            return readString(v, a.signOnMode);
        if (key == "created")
            return readTime(v, a.created);
        return simdjson::SUCCESS;
    }));
    field = {};
    return rawOf(object, page, a.raw);
}

} // namespace

Parsed<App> App::parsePage(QByteArray page) {
    return parseArray<App>(std::move(page), "Application", &readApp);
}

} // namespace okta

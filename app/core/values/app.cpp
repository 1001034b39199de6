#include "app.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {
constexpr Field<App> appFields[] = {
    text("id", &App::id),
    sharedText("name", &App::name),
    sharedText("label", &App::label),
    sharedText("status", &App::status),
    sharedText("signOnMode", &App::signOnMode),
    text("credentials.oauthClient.client_id", &App::clientId),
    timestamp("created", &App::created),
};
} // namespace

Parsed<App> App::parsePage(QByteArray page) {
    return parseArray<App>(std::move(page), "Application", &readRow<App, appFields>);
}

} // namespace okta

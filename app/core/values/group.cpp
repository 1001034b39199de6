#include "group.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {
constexpr Field<Group> groupFields[] = {
    text("id", &Group::id),
    sharedText("type", &Group::type),
    timestamp("created", &Group::created),
    timestamp("lastMembershipUpdated", &Group::lastMembershipUpdated),
    sharedText("profile.name", &Group::name),
    sharedText("profile.description", &Group::description),
    count("_embedded.stats.usersCount", &Group::usersCount),
};
} // namespace

Parsed<Group> Group::parsePage(QByteArray page) {
    return parseArray<Group>(std::move(page), "Group", &readRow<Group, groupFields>);
}

Parsed<Group> Group::parseObject(QByteArray body) {
    return json::parseObject<Group>(std::move(body), "Group", &readRow<Group, groupFields>);
}

} // namespace okta

#include "group.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {

error_code readGroup(od::object &object, const QByteArray &page, Group &g, std::string_view &field) {
    SIMDJSON_TRY(forEachField(object, [&](std::string_view key, od::value &v) -> error_code {
        field = key;
        if (key == "id")
            return readString(v, g.id, false);
        if (key == "type")
            return readString(v, g.type);
        if (key == "created")
            return readTime(v, g.created);
        if (key == "lastMembershipUpdated")
            return readTime(v, g.lastMembershipUpdated);
        if (key == "profile")
            return forEachField(v, [&](std::string_view name, od::value &p) -> error_code {
                if (name == "name") {
                    field = "profile.name";
                    return readString(p, g.name);
                }
                if (name == "description") {
                    field = "profile.description";
                    return readString(p, g.description);
                }
                return simdjson::SUCCESS;
            });
        return simdjson::SUCCESS;
    }));
    field = {};
    return rawOf(object, page, g.raw);
}

} // namespace

Parsed<Group> Group::parsePage(QByteArray page) {
    return parseArray<Group>(std::move(page), "Group", &readGroup);
}

} // namespace okta

#include "user.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {

error_code readUser(od::object &object, const QByteArray &page, User &u, std::string_view &field) {
    SIMDJSON_TRY(forEachField(object, [&](std::string_view key, od::value &v) -> error_code {
        field = key;
        if (key == "id")
            return readString(v, u.id, false);
        if (key == "status")
            return readString(v, u.status);
        if (key == "created")
            return readTime(v, u.created);
        if (key == "lastLogin")
            return readTime(v, u.lastLogin);
        if (key == "profile")
            return forEachField(v, [&](std::string_view name, od::value &p) -> error_code {
                if (name == "login") {
                    field = "profile.login";
                    return readString(p, u.login, false);
                }
                if (name == "email") {
                    field = "profile.email";
                    return readString(p, u.email, false);
                }
                if (name == "firstName") {
                    field = "profile.firstName";
                    return readString(p, u.firstName);
                }
                if (name == "lastName") {
                    field = "profile.lastName";
                    return readString(p, u.lastName);
                }
                if (name == "department") {
                    field = "profile.department";
                    return readString(p, u.department);
                }
                return simdjson::SUCCESS;
            });
        return simdjson::SUCCESS;
    }));
    field = {};
    return rawOf(object, page, u.raw);
}

} // namespace

QString User::displayName() const {
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (first.isEmpty() || last.isEmpty())
        return first.isEmpty() ? last : first;
    return first + QLatin1Char(' ') + last;
}

Parsed<User> User::parsePage(QByteArray page) {
    return parseArray<User>(std::move(page), "User", &readUser);
}

} // namespace okta

#include "user.h"

#include "jsonreader.h"

namespace okta {

using namespace json;

namespace {
constexpr Field<User> userFields[] = {
    text("id", &User::id),
    sharedText("status", &User::status),
    timestamp("created", &User::created),
    timestamp("lastLogin", &User::lastLogin),
    text("profile.login", &User::login),
    text("profile.email", &User::email),
    sharedText("profile.firstName", &User::firstName),
    sharedText("profile.lastName", &User::lastName),
    sharedText("profile.department", &User::department),
};
} // namespace

QString User::displayName() const {
    const QString first = firstName.trimmed();
    const QString last = lastName.trimmed();
    if (first.isEmpty() || last.isEmpty())
        return first.isEmpty() ? last : first;
    return first + QLatin1Char(' ') + last;
}

Parsed<User> User::parsePage(QByteArray page) {
    return parseArray<User>(std::move(page), "User", &readRow<User, userFields>);
}

Parsed<User> User::parseObject(QByteArray body) {
    return json::parseObject<User>(std::move(body), "User", &readRow<User, userFields>);
}

} // namespace okta

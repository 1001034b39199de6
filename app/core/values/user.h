#pragma once

#include "parsed.h"
#include "rawjson.h"

#include <QString>

namespace okta {

// An Okta user (GET /api/v1/users): what lists and tables show, plus the object's
// original bytes for details and exports.
struct User {
    QString id;
    QString status; // ACTIVE, STAGED, LOCKED_OUT, …
    QString login;  // profile.login
    QString email;
    QString firstName;
    QString lastName;
    QString department;
    qint64 created = 0;   // ms since the epoch; 0: unknown
    qint64 lastLogin = 0; // 0: never signed in
    RawJson raw;

    // First and last name joined, or whichever exists.
    QString displayName() const;

    // A page of users: a JSON array of User objects.
    static Parsed<User> parsePage(QByteArray page);
    // One user object (GET /api/v1/users/{idOrLogin}).
    static Parsed<User> parseObject(QByteArray body);
};

} // namespace okta

#pragma once

#include "parsed.h"
#include "rawjson.h"

#include <QString>

namespace okta {

// An Okta group (GET /api/v1/groups, /api/v1/users/{id}/groups).
struct Group {
    QString id;
    QString type; // OKTA_GROUP, APP_GROUP, BUILT_IN
    QString name; // profile.name
    QString description;
    qint64 created = 0;
    qint64 lastMembershipUpdated = 0;
    qint64 usersCount = -1; // _embedded.stats.usersCount (expand=stats); -1: not asked for
    RawJson raw;

    // Okta lets no one change an app group's profile (it belongs to the app that imports
    // it) nor a built-in group's (Everyone).
    bool isProfileEditable() const { return type == QLatin1String("OKTA_GROUP"); }

    static Parsed<Group> parsePage(QByteArray page);
    // One group object (GET /api/v1/groups/{id}).
    static Parsed<Group> parseObject(QByteArray body);
};

} // namespace okta

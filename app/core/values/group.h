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
    RawJson raw;

    static Parsed<Group> parsePage(QByteArray page);
};

} // namespace okta

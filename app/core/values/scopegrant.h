#pragma once

#include "parsed.h"
#include "rawjson.h"

#include <QString>

namespace okta {

// An OAuth scope grant of an app (GET /api/v1/apps/{id}/grants, OAuth2ScopeConsentGrant).
struct ScopeGrant {
    QString id;
    QString scopeId; // scopeId, or _embedded.scope.id when only the expansion names it
    QString status;  // ACTIVE, REVOKED
    QString source;  // ADMIN, END_USER
    QString issuer;
    QString clientId;
    QString createdBy; // createdBy.id: the admin (or user) who granted it
    qint64 created = 0;
    RawJson raw;

    static Parsed<ScopeGrant> parsePage(QByteArray page);
};

} // namespace okta

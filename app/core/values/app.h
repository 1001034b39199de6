#pragma once

#include "parsed.h"
#include "rawjson.h"

#include <QString>

namespace okta {

// An app integration (GET /api/v1/apps).
struct App {
    QString id;
    QString name;  // the app's key, e.g. oidc_client
    QString label; // what admins see
    QString status;
    QString signOnMode;
    QString clientId; // credentials.oauthClient.client_id, for OAuth apps
    qint64 created = 0;
    RawJson raw;

    // The app whose scope grants OktaDesk manages: the Okta Workflows connector's own OAuth
    // app. Okta's name for it, never translated.
    static QString workflowsOAuthLabel() { return QStringLiteral("Okta Workflows OAuth"); }
    bool isWorkflowsOAuth() const { return label == workflowsOAuthLabel(); }
    // How an admin names an app: its id, its exact label, or its OAuth client ID.
    bool isNamed(const QString &idLabelOrClientId) const {
        return !idLabelOrClientId.isEmpty() &&
               (id == idLabelOrClientId || label == idLabelOrClientId || clientId == idLabelOrClientId);
    }

    static Parsed<App> parsePage(QByteArray page);
};

} // namespace okta

#pragma once

// The main window wired to org profiles as the GUI's composition root wires it, with the
// settings in a temporary ini file and the secrets in memory: what the GUI tests that
// open profiles against a demo org share.

#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTest>

#include <memory>

namespace okta::test {

struct WindowRig {
    explicit WindowRig(const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat)
        , profiles(&settings)
        , secrets(&store, &profiles)
        , controller(&window, {&nam, &profiles, &secrets}) {}

    // Adds an API-token profile for the org at `authority` and stores its token; returns the
    // profile id, or an empty string when either step failed.
    QString addTokenProfile(const QString &name, const QString &authority, const QByteArray &token) {
        Profile p;
        p.name = name;
        p.domain = authority;
        p.authMethod = AuthMethod::ApiToken;
        return add(p, {{SecretKind::ApiToken, token}});
    }

    // Adds a browser sign-in profile with what a sign-in left (tokens, client secret).
    QString addBrowserProfile(const QString &name, const QString &authority, const QString &clientId,
                              const QStringList &scopes, const ProfileSecretMap &secretMap) {
        Profile p;
        p.name = name;
        p.domain = authority;
        p.authMethod = AuthMethod::BrowserPkce;
        p.clientId = clientId;
        p.redirectPort = 53682;
        p.scopes = scopes;
        return add(p, secretMap);
    }

    QString add(const Profile &p, const ProfileSecretMap &secretMap) {
        const auto added = profiles.add(p);
        if (!added.ok())
            return {};
        // Shared with the handler, which may run after a timeout returned from here.
        const auto done = std::make_shared<bool>(false);
        ProfileSecretsJob *job = secrets.save(added.profile.id, secretMap);
        QObject::connect(job, &ProfileSecretsJob::finished, job, [done] { *done = true; });
        if (!QTest::qWaitFor([&done] { return *done; }, 5000))
            return {};
        return added.profile.id;
    }

    // Declared in dependency order, so they are destroyed in the reverse one.
    QSettings settings;
    MemorySecretStore store;
    ProfileStore profiles;
    ProfileSecrets secrets;
    QNetworkAccessManager nam;
    oktadesk::MainWindow window;
    oktadesk::SessionController controller;
};

} // namespace okta::test

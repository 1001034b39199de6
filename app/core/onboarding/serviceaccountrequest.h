#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace okta {

// What the admin asks for when onboarding a service account: the user's profile, how it
// gets its password, the admin role and the app to assign it to. A plain value shared by
// the wizard and `oktadesk-cli onboard service-account`; it checks itself against Okta's
// rules for the default user schema before anything is sent.
struct ServiceAccountRequest {
    Q_DECLARE_TR_FUNCTIONS(okta::ServiceAccountRequest)

public:
    enum class Password {
        Generated,       // a strong password made here, shown once, never stored
        ActivationEmail, // Okta mails an activation link to `email`
    };
    enum class Field { Login, Email, FirstName, LastName, Role, App };

    QString login;
    QString email;
    QString firstName;
    QString lastName;
    Password password = Password::Generated;
    QString roleType = QStringLiteral("SUPER_ADMIN");
    QString appId;
    QString appLabel; // for messages; Okta's text, untrusted

    struct Problem {
        Field field;
        QString message; // translated, names the field
    };
    // Empty when Okta's default schema would accept the profile and the role and app are
    // set: login and email 5-100 characters in email form, names 1-50, no character outside
    // Unicode's Basic Multilingual Plane (Okta stores at most 3 UTF-8 bytes a character).
    QList<Problem> problems() const;
    QString problemFor(Field field) const;

    // What the chosen role means, plainly: SUPER_ADMIN's power and why the guidance still
    // asks for it, or that another role cannot authorize the Workflows connection.
    QString roleWarning() const;

    // The body of POST /api/v1/users: the profile (with userType "service", a descriptive
    // marker) and, for a generated password, the credentials.
    QJsonObject createUserBody(const QByteArray &generatedPassword) const;
    // Words a password must not contain: the login's name part, the first and last name.
    QStringList personalWords() const;

    // The naming convention OktaDesk proposes: login and email svc-<purpose>@<domain>,
    // first name the purpose, last name "Service Account"; e.g. svc-okta-workflows@acme.com,
    // "Okta Workflows" "Service Account".
    static ServiceAccountRequest suggested(const QString &domain,
                                           const QString &purpose = QStringLiteral("Okta Workflows"));
    static QString namingConvention();
    // The domain part of an email-form login, e.g. of the signed-in admin; empty if none.
    static QString domainOf(const QString &login);
    // True when a login follows the convention (starts with "svc-" or "svc_" or "svc.").
    static bool looksLikeServiceLogin(const QString &login);
};

} // namespace okta

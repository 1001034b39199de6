#pragma once

#include "adminrole.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace okta {

// Who a connection acts as: the account behind /api/v1/users/me and, once its roles are
// known, whether it is a super admin. OktaDesk needs one (granting scopes, assigning admin
// roles and onboarding service accounts are super-admin work), so the wizard, the window
// and `oktadesk-cli whoami` all ask this value, and say the same thing when it is not.
struct WhoAmI {
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(okta::WhoAmI)

public:
    enum class SuperAdmin { Unknown, Yes, No };
    Q_ENUM(SuperAdmin)

    QString userId;
    QString login; // profile.login; Okta's text, untrusted
    QString name;  // "First Last", else profile.displayName; may be empty
    QList<AdminRole> roles;
    bool rolesKnown = false; // false until setRoles(): the roles could not be read (yet)

    // Parses the body of GET /api/v1/users/me (the User schema). nullopt, with `*error`
    // saying what is wrong, for anything but a JSON object with an id.
    static std::optional<WhoAmI> parseUser(const QByteArray &json, QString *error = nullptr);

    void setRoles(const QList<AdminRole> &assigned);
    // Yes when an assignment of type SUPER_ADMIN is not INACTIVE; Unknown while the roles
    // are not known.
    SuperAdmin superAdmin() const;
    // Each role type once, in Okta's order.
    QStringList roleTypes() const;
    // "Name (login)", or the login alone.
    QString displayName() const;
    // What will not work without SUPER_ADMIN, and what to do; empty for a super admin.
    QString superAdminWarning() const;
};

} // namespace okta

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace okta {

// One admin role assigned to a user, as GET /api/v1/users/{id}/roles lists it (schemas
// StandardRole and CustomRole of the management API).
struct AdminRole {
    Q_DECLARE_TR_FUNCTIONS(okta::AdminRole)

public:
    QString id;             // the assignment's id
    QString type;           // SUPER_ADMIN, ORG_ADMIN, APP_ADMIN, … or CUSTOM
    QString label;          // "Super Organization administrator"; Okta's text, untrusted
    QString status;         // ACTIVE or INACTIVE
    QString assignmentType; // USER (directly) or GROUP (through a group)

    static constexpr QLatin1StringView SuperAdminType{"SUPER_ADMIN"};
    bool isSuperAdmin() const { return type == SuperAdminType; }
    // The standard role types a user can be assigned by type alone (the spec's RoleType
    // without CUSTOM, which needs a role and a resource set), SUPER_ADMIN first.
    static const QStringList &standardTypes();

    // Parses the body of the roles list: a JSON array of role objects. Unknown fields are
    // ignored; anything that is not an array of objects is nullopt, with `*error` saying
    // what is wrong.
    static std::optional<QList<AdminRole>> parseList(const QByteArray &json, QString *error = nullptr);

    friend bool operator==(const AdminRole &, const AdminRole &) = default;
};

} // namespace okta

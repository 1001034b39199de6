#pragma once

#include <QString>

namespace okta {

// One staged change to an app's scope grants.
struct GrantChange {
    enum class Action { Grant, Revoke };
    Action action = Action::Grant;
    QString scopeId;
    QString grantId; // Revoke: the grant to delete

    friend bool operator==(const GrantChange &, const GrantChange &) = default;
};

} // namespace okta

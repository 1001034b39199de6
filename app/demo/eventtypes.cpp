#include "eventtypes.h"

namespace demo {

using K = EventView::TargetKind;

// Frequencies roughly follow a workforce org: sign-ins, SSO and policy evaluations
// dominate; administrative changes are rare.
const EventType eventTypes[] = {
    {"user.session.start", "User login to Okta", "core.user_auth.login_success", 220, K::None, K::None, false,
     "/idp/idx/identify", "WEB", 1, "SUCCESS", nullptr, 0, "FAILURE", "INVALID_CREDENTIALS", 12, "WARN"},
    {"user.authentication.sso", "User single sign on to app", "app.auth.sso", 200, K::App, K::AppUser, false,
     "/app/sso/saml", "WEB", 0, "SUCCESS", nullptr, 0, "FAILURE", "POLICY_DENY", 2, "WARN"},
    {"policy.evaluate_sign_on", "Evaluation of sign-on policy", nullptr, 150, K::Policy, K::Rule, false,
     "/idp/idx/introspect", "WEB", 0, "ALLOW", "CHALLENGE", 25, "DENY",
     "Sign-on policy evaluation resulted in DENY", 4, "WARN"},
    {"user.authentication.auth_via_mfa", "Authentication of user via MFA", "core.user.factor.attempt_success",
     120, K::None, K::None, false, "/idp/idx/challenge/answer", "WEB", 2, "SUCCESS", nullptr, 0, "FAILURE",
     "INVALID_CREDENTIALS", 8, "WARN"},
    {"app.oauth2.as.token.grant", "OAuth2 token granted", "app.oauth2.as.token.grant_success", 80, K::App,
     K::None, false, "/oauth2/v1/token", "WEB", 0, "SUCCESS", nullptr, 0, "FAILURE", "invalid_grant", 3,
     "WARN"},
    {"user.session.end", "User logout from Okta", "core.user_auth.logout_success", 60, K::None, K::None,
     false, "/login/signout", "WEB", 0, "SUCCESS", nullptr, 0, nullptr, nullptr, 0, "INFO"},
    {"user.authentication.verify", "Verify user identity", nullptr, 50, K::User, K::None, false,
     "/idp/idx/challenge/answer", "WEB", 2, "SUCCESS", nullptr, 0, "FAILURE", "INVALID_CREDENTIALS", 6,
     "WARN"},
    {"application.user_membership.add", "Add user to application membership",
     "application.user_membership.add", 20, K::AppUser, K::App, true, "/api/v1/apps/users", "WEB", 0,
     "SUCCESS", nullptr, 0, nullptr, nullptr, 0, "INFO"},
    {"group.user_membership.add", "Add user to group membership", "core.user_group_member.user_add", 30,
     K::User, K::Group, true, "/api/v1/groups/users", "WEB", 0, "SUCCESS", nullptr, 0, nullptr, nullptr, 0,
     "INFO"},
    {"group.user_membership.remove", "Remove user from group membership",
     "core.user_group_member.user_remove", 10, K::User, K::Group, true, "/api/v1/groups/users", "WEB", 0,
     "SUCCESS", nullptr, 0, nullptr, nullptr, 0, "INFO"},
    {"user.lifecycle.create", "Create Okta user", "core.user.config.user_creation.success", 15, K::User,
     K::None, true, "/api/v1/users", "WEB", 0, "SUCCESS", nullptr, 0, "FAILURE",
     "Api validation failed: login", 5, "WARN"},
    {"user.lifecycle.activate", "Activate Okta user", "core.user.config.user_activated", 10, K::User, K::None,
     true, "/api/v1/users/lifecycle/activate", "WEB", 0, "SUCCESS", nullptr, 0, nullptr, nullptr, 0, "INFO"},
    {"user.lifecycle.deactivate", "Deactivate Okta user", "core.user.config.user_deactivated", 5, K::User,
     K::None, true, "/api/v1/users/lifecycle/deactivate", "WEB", 0, "SUCCESS", nullptr, 0, nullptr, nullptr,
     0, "INFO"},
    {"user.account.lock", "Max sign in attempts exceeded", "core.user_auth.account_locked", 8, K::User,
     K::None, false, "/idp/idx/identify", "WEB", 1, "FAILURE", nullptr, 0, nullptr, nullptr, 0, "WARN"},
    {"user.account.update_password", "User update password for Okta",
     "core.user.config.password_update.success", 12, K::User, K::None, false, "/idp/idx/challenge/answer",
     "WEB", 1, "SUCCESS", nullptr, 0, "FAILURE", "Password requirements were not met", 10, "WARN"},
    {"user.mfa.factor.activate", "User set up MFA factor", "core.user.factor.activate", 8, K::User, K::None,
     false, "/idp/idx/credential/enroll", "WEB", 2, "SUCCESS", nullptr, 0, nullptr, nullptr, 0, "INFO"},
    {"user.account.privilege.grant", "Grant user privilege", "core.user.admin_privilege.granted", 2, K::User,
     K::None, true, "/api/v1/users/roles", "WEB", 0, "SUCCESS", nullptr, 0, nullptr, nullptr, 0, "INFO"},
    {"system.api_token.create", "Create API token", "api.token.create", 1, K::Token, K::None, true,
     "/api/internal/tokens", "WEB", 0, "SUCCESS", nullptr, 0, nullptr, nullptr, 0, "INFO"},
    {"app.oauth2.as.consent.grant", "Grant consent to scope", nullptr, 2, K::App, K::None, true,
     "/api/v1/apps/grants", "WEB", 0, "SUCCESS", nullptr, 0, nullptr, nullptr, 0, "INFO"},
    {"system.org.rate_limit.warning", "Rate limit warning", "core.framework.ratelimit.warning", 2, K::None,
     K::None, false, "/api/v1/logs", "WEB", 0, "SUCCESS", nullptr, 0, nullptr, nullptr, 0, "WARN"},
    {"user.account.reset_password", "Fulfill reset password request", "core.user.account.reset_password", 4,
     K::User, K::None, false, "/idp/idx/recover", "WEB", 0, "SUCCESS", nullptr, 0, nullptr, nullptr, 0,
     "INFO"},
    {"app.user_management.push_profile_success", "Push user profile to app", "app.user_management", 15,
     K::AppUser, K::App, false, "/api/internal/push", "JOB", 0, "SUCCESS", nullptr, 0, "FAILURE",
     "Rate limit reached at the application", 5, "ERROR"},
};
const int eventTypeCount = int(sizeof eventTypes / sizeof *eventTypes);

} // namespace demo

#include "logfields.h"

#include <algorithm>

namespace okta {

namespace {

struct Entry {
    const char *key;
    LogFields::Input input;
    const char *label;
};

// The connector card's predefined fields (guidance page, "Search System Log options").
constexpr Entry kPredefined[] = {
    {"eventType", LogFields::Input::EventType, QT_TRANSLATE_NOOP("okta::LogFields", "Event type")},
    {"uuid", LogFields::Input::Text, QT_TRANSLATE_NOOP("okta::LogFields", "UUID")},
    {"displayMessage", LogFields::Input::Text, QT_TRANSLATE_NOOP("okta::LogFields", "Display message")},
    {"actor.id", LogFields::Input::Text, QT_TRANSLATE_NOOP("okta::LogFields", "Actor ID")},
    {"actor.displayName", LogFields::Input::Text, QT_TRANSLATE_NOOP("okta::LogFields", "Actor display name")},
    {"actor.type", LogFields::Input::Text, QT_TRANSLATE_NOOP("okta::LogFields", "Actor type")},
    {"actor.alternateId", LogFields::Input::Text, QT_TRANSLATE_NOOP("okta::LogFields", "Actor alternate ID")},
    {"target.id", LogFields::Input::Text, QT_TRANSLATE_NOOP("okta::LogFields", "Target ID")},
    {"target.displayName", LogFields::Input::Text,
     QT_TRANSLATE_NOOP("okta::LogFields", "Target display name")},
    {"target.type", LogFields::Input::Text, QT_TRANSLATE_NOOP("okta::LogFields", "Target type")},
    {"severity", LogFields::Input::Severity, QT_TRANSLATE_NOOP("okta::LogFields", "Severity")},
    {"outcome.result", LogFields::Input::Outcome, QT_TRANSLATE_NOOP("okta::LogFields", "Outcome")},
    {"client.ipAddress", LogFields::Input::Text, QT_TRANSLATE_NOOP("okta::LogFields", "Client IP address")},
};

} // namespace

const QList<LogFields::Field> &LogFields::predefined() {
    static const QList<Field> fields = [] {
        QList<Field> out;
        for (const Entry &e : kPredefined)
            out.append({QLatin1String(e.key), e.input});
        return out;
    }();
    return fields;
}

bool LogFields::isPredefined(QStringView key) {
    return std::any_of(std::begin(kPredefined), std::end(kPredefined),
                       [key](const Entry &e) { return key == QLatin1String(e.key); });
}

QString LogFields::label(QStringView key) {
    for (const Entry &e : kPredefined)
        if (key == QLatin1String(e.key))
            return QCoreApplication::translate("okta::LogFields", e.label);
    return key.toString();
}

QStringList LogFields::severities() {
    return {QStringLiteral("DEBUG"), QStringLiteral("INFO"), QStringLiteral("WARN"), QStringLiteral("ERROR")};
}

QStringList LogFields::outcomes() {
    // LogEvent outcome.result in Okta's management spec.
    return {QStringLiteral("SUCCESS"),   QStringLiteral("FAILURE"),    QStringLiteral("SKIPPED"),
            QStringLiteral("ALLOW"),     QStringLiteral("DENY"),       QStringLiteral("CHALLENGE"),
            QStringLiteral("UNKNOWN"),   QStringLiteral("RATE_LIMIT"), QStringLiteral("DEFERRED"),
            QStringLiteral("SCHEDULED"), QStringLiteral("ABANDONED"),  QStringLiteral("UNANSWERED")};
}

const QStringList &LogFields::knownEventTypes() {
    static const QStringList types = [] {
        QStringList t = {
            QStringLiteral("app.oauth2.as.authorize"),
            QStringLiteral("app.oauth2.as.authorize.code"),
            QStringLiteral("app.oauth2.as.consent.grant"),
            QStringLiteral("app.oauth2.as.consent.revoke"),
            QStringLiteral("app.oauth2.as.token.grant"),
            QStringLiteral("app.oauth2.as.token.grant.access_token"),
            QStringLiteral("app.oauth2.as.token.grant.id_token"),
            QStringLiteral("app.oauth2.as.token.grant.refresh_token"),
            QStringLiteral("app.oauth2.as.token.revocation"),
            QStringLiteral("app.oauth2.token.detect_reuse"),
            QStringLiteral("application.lifecycle.activate"),
            QStringLiteral("application.lifecycle.create"),
            QStringLiteral("application.lifecycle.deactivate"),
            QStringLiteral("application.lifecycle.delete"),
            QStringLiteral("application.lifecycle.update"),
            QStringLiteral("application.provision.user.push"),
            QStringLiteral("application.user_membership.add"),
            QStringLiteral("application.user_membership.remove"),
            QStringLiteral("core.concurrency.org.limit.violation"),
            QStringLiteral("group.lifecycle.create"),
            QStringLiteral("group.lifecycle.delete"),
            QStringLiteral("group.privilege.grant"),
            QStringLiteral("group.privilege.revoke"),
            QStringLiteral("group.profile.update"),
            QStringLiteral("group.user_membership.add"),
            QStringLiteral("group.user_membership.remove"),
            QStringLiteral("policy.evaluate_sign_on"),
            QStringLiteral("policy.lifecycle.create"),
            QStringLiteral("policy.lifecycle.delete"),
            QStringLiteral("policy.lifecycle.update"),
            QStringLiteral("policy.rule.add"),
            QStringLiteral("policy.rule.delete"),
            QStringLiteral("policy.rule.update"),
            QStringLiteral("security.request.blocked"),
            QStringLiteral("security.threat.detected"),
            QStringLiteral("system.api_token.create"),
            QStringLiteral("system.api_token.revoke"),
            QStringLiteral("system.org.rate_limit.burst"),
            QStringLiteral("system.org.rate_limit.violation"),
            QStringLiteral("system.org.rate_limit.warning"),
            QStringLiteral("user.account.lock"),
            QStringLiteral("user.account.privilege.grant"),
            QStringLiteral("user.account.privilege.revoke"),
            QStringLiteral("user.account.reset_password"),
            QStringLiteral("user.account.unlock"),
            QStringLiteral("user.account.update_password"),
            QStringLiteral("user.authentication.auth_via_mfa"),
            QStringLiteral("user.authentication.authenticate"),
            QStringLiteral("user.authentication.sso"),
            QStringLiteral("user.authentication.verify"),
            QStringLiteral("user.lifecycle.activate"),
            QStringLiteral("user.lifecycle.create"),
            QStringLiteral("user.lifecycle.deactivate"),
            QStringLiteral("user.lifecycle.delete.initiated"),
            QStringLiteral("user.lifecycle.reactivate"),
            QStringLiteral("user.lifecycle.suspend"),
            QStringLiteral("user.lifecycle.unsuspend"),
            QStringLiteral("user.mfa.attempt_bypass"),
            QStringLiteral("user.mfa.factor.activate"),
            QStringLiteral("user.mfa.factor.deactivate"),
            QStringLiteral("user.mfa.factor.reset_all"),
            QStringLiteral("user.mfa.okta_verify.deny_push"),
            QStringLiteral("user.session.access_admin_app"),
            QStringLiteral("user.session.clear"),
            QStringLiteral("user.session.end"),
            QStringLiteral("user.session.impersonation.end"),
            QStringLiteral("user.session.impersonation.initiate"),
            QStringLiteral("user.session.start"),
        };
        t.sort();
        return t;
    }();
    return types;
}

QString LogFields::attributeForPath(QStringView jsonPath) {
    QStringList parts;
    for (const QStringView part : jsonPath.split(u'.')) {
        const bool isIndex =
            !part.isEmpty() && std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
        if (!isIndex)
            parts.append(part.toString());
    }
    return parts.join(u'.');
}

QString LogFields::fieldForPath(QStringView jsonPath) {
    const QString attribute = attributeForPath(jsonPath);
    return isPredefined(attribute) ? attribute : QString();
}

} // namespace okta

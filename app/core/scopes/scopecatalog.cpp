#include "scopecatalog.h"

#include "scopecatalogdata.h"

#include <QRegularExpression>

#include <algorithm>

namespace okta {

namespace {
const QLatin1String ManageSuffix(".manage");
const QLatin1String ReadSuffix(".read");
} // namespace

QString ScopeInfo::includedReadScope() const {
    if (access != Access::Manage || !name.endsWith(ManageSuffix))
        return {};
    return name.chopped(ManageSuffix.size()) + ReadSuffix;
}

const QStringList &ScopeCatalog::autoGrantedScopes() {
    static const QStringList scopes = scopedata::defaultList().mid(0, 7);
    return scopes;
}

bool ScopeCatalog::isAutoGranted(const QString &scopeId) {
    // Scope ids are case-sensitive at Okta, but a protected scope must never slip through
    // on a case variant, so compare without case.
    for (const QString &s : autoGrantedScopes())
        if (s.compare(scopeId.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

const QStringList &ScopeCatalog::defaultScopes() {
    return scopedata::defaultList();
}

const QStringList &ScopeCatalog::catalogueScopes() {
    static const QStringList scopes = [] {
        QStringList names;
        for (auto it = scopedata::entries().cbegin(); it != scopedata::entries().cend(); ++it)
            if (it->inCatalogue)
                names.append(it.key());
        std::sort(names.begin(), names.end());
        return names;
    }();
    return scopes;
}

ScopeInfo ScopeCatalog::info(const QString &scopeId) {
    ScopeInfo info;
    info.name = scopeId;
    info.autoGranted = isAutoGranted(scopeId);
    info.inDefaultList = defaultScopes().contains(scopeId);
    info.limitedEarlyAccess = scopeId == QLatin1String("okta.workflows.invoke.manage");
    const auto entry = scopedata::entries().constFind(scopeId);
    if (entry == scopedata::entries().cend()) {
        info.access = scopeId.endsWith(ManageSuffix) ? ScopeInfo::Access::Manage : ScopeInfo::Access::Read;
        return info;
    }
    info.access = entry->access;
    info.inCatalogue = entry->inCatalogue;
    if (entry->text) {
        info.description = QCoreApplication::translate("okta::ScopeCatalog", entry->text);
    } else {
        const QString subject = QCoreApplication::translate("okta::ScopeCatalog", entry->subject);
        info.description = entry->access == ScopeInfo::Access::Manage
                               ? tr("Create, change and delete %1").arg(subject)
                               : tr("Read %1").arg(subject);
    }
    return info;
}

QString ScopeCatalog::accessName(ScopeInfo::Access access) {
    switch (access) {
    case ScopeInfo::Access::Read:
        return tr("read");
    case ScopeInfo::Access::Manage:
        return tr("manage");
    case ScopeInfo::Access::Oidc:
        return tr("OIDC");
    }
    return {};
}

QString ScopeCatalog::missingScope(int httpStatus, const QByteArray &wwwAuthenticate) {
    // Okta: 403 with WWW-Authenticate: Bearer error="insufficient_scope", scope="okta.logs.read"
    if (httpStatus != 403 || !wwwAuthenticate.contains("insufficient_scope"))
        return {};
    static const QRegularExpression re(QStringLiteral("scope=\"([^\"]+)\""));
    const auto m = re.match(QString::fromLatin1(wwwAuthenticate));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QList<ScopeCatalog::Feature> ScopeCatalog::features() {
    return {
        // Scopes page: lists OAuth apps and their scope grants.
        {tr("App scopes"), {QStringLiteral("okta.apps.read"), QStringLiteral("okta.appGrants.read")}},
        // System Log page: queries and streams /api/v1/logs.
        {tr("System Log"), {QStringLiteral("okta.logs.read")}},
        // Directory page: users, groups and group membership, and their profile schemas (the
        // column chooser, the bulk update's attribute list).
        {tr("Directory"),
         {QStringLiteral("okta.users.read"), QStringLiteral("okta.groups.read"),
          QStringLiteral("okta.schemas.read")}},
        // Verification: is the account a super admin?
        {tr("Admin roles"), {QStringLiteral("okta.roles.read")}},
    };
}

QList<ScopeCatalog::WriteNeed> ScopeCatalog::writeNeeds() {
    return {writeNeed(WriteFeature::ScopeGrants), writeNeed(WriteFeature::Onboarding),
            writeNeed(WriteFeature::GroupAttributes)};
}

ScopeCatalog::WriteNeed ScopeCatalog::writeNeed(WriteFeature feature) {
    switch (feature) {
    case WriteFeature::ScopeGrants:
        return {feature,
                tr("Granting and revoking scopes"),
                tr("Granting and revoking an app's scopes changes its grants, which needs "
                   "okta.appGrants.manage."),
                {QStringLiteral("okta.appGrants.manage")}};
    case WriteFeature::Onboarding:
        return {feature,
                tr("Onboarding service accounts"),
                tr("Onboarding a service account creates the user (okta.users.manage), makes it a super "
                   "admin (okta.roles.manage) and assigns it to the app (okta.apps.manage)."),
                {QStringLiteral("okta.users.manage"), QStringLiteral("okta.roles.manage"),
                 QStringLiteral("okta.apps.manage")}};
    case WriteFeature::GroupAttributes:
        return {feature,
                tr("Updating group attributes"),
                tr("Setting an attribute on every group a user belongs to changes those groups' profiles, "
                   "which needs okta.groups.manage."),
                {QStringLiteral("okta.groups.manage")}};
    }
    return {feature, {}, {}, {}};
}

const QStringList &ScopeCatalog::signInScopes() {
    static const QStringList scopes = {QStringLiteral("openid"), QStringLiteral("offline_access")};
    return scopes;
}

QStringList ScopeCatalog::requestedScopes(const QList<WriteFeature> &turnedOn) {
    QStringList scopes = signInScopes();
    const auto add = [&scopes](const QStringList &more) {
        for (const QString &scope : more)
            if (!scopes.contains(scope))
                scopes.append(scope);
    };
    for (const Feature &feature : features())
        add(feature.scopes);
    // In WriteFeature order, whatever order they were turned on in.
    for (const WriteNeed &need : writeNeeds())
        if (turnedOn.contains(need.feature))
            add(need.scopes);
    return scopes;
}

} // namespace okta

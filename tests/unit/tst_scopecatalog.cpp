// The home of scope facts: the connector's default list as Okta's guidance page gives it
// (51 scopes, 7 asterisked), the catalogue against Okta's specs (the spec digest), what a
// sign-in asks for (read scopes, manage scopes only for a feature turned on), ScopeAccess,
// and the one detection of a refusal for a missing scope.
#include "core/okta/oktaresult.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/scopeaccess.h"
#include "core/scopes/scopecatalog.h"
#include "core/scopes/scoperows.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace okta;

namespace {

struct GuidanceEntry {
    QString scope;
    bool asterisk = false;
    QString remark;
};

// The bullets of the guidance page's "List of default scopes", in its order.
QList<GuidanceEntry> guidanceList() {
    QFile file(QStringLiteral(OKTADESK_TEST_DATA "/okta/connector-default-scopes.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression bullet(QStringLiteral("^\\s*•\\s*(\\S+?)(\\*)?(?:\\s+\\((.*)\\))?\\s*$"));
    QList<GuidanceEntry> entries;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const auto m = bullet.match(line);
        if (m.hasMatch())
            entries.append({m.captured(1), !m.captured(2).isEmpty(), m.captured(3)});
    }
    return entries;
}

QStringList specScopes() {
    QFile file(QStringLiteral(OKTADESK_SPEC_DIGEST));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    const QJsonArray scopes =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("scopes")).toArray();
    for (const QJsonValue &v : scopes)
        names.append(v.toString());
    return names;
}

OktaResult refusal(int status, const QByteArray &header) {
    OktaResult r;
    r.failure = Failure::Http;
    r.httpStatus = status;
    r.wwwAuthenticate = header;
    return r;
}

// As OktaJob and ErrorMessages ask it.
QString missingScopeOf(const OktaResult &r) {
    return ScopeCatalog::missingScope(r.httpStatus, r.wwwAuthenticate);
}

} // namespace

class TstScopeCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultListIsTheGuidancePagesList() {
        const QList<GuidanceEntry> page = guidanceList();
        QCOMPARE(page.size(), 51);
        QStringList names, asterisked;
        for (const GuidanceEntry &e : page) {
            names << e.scope;
            if (e.asterisk)
                asterisked << e.scope;
        }
        QCOMPARE(ScopeCatalog::defaultScopes(), names);
        QCOMPARE(asterisked.size(), 7);
        QCOMPARE(ScopeCatalog::autoGrantedScopes(), asterisked);
        for (const GuidanceEntry &e : page) {
            const ScopeInfo info = ScopeCatalog::info(e.scope);
            QVERIFY2(info.inDefaultList, qPrintable(e.scope));
            QCOMPARE(info.autoGranted, e.asterisk);
            QCOMPARE(ScopeCatalog::isAutoGranted(e.scope), e.asterisk);
            // The page's only remark: "(Limited Early Access release)".
            QCOMPARE(info.limitedEarlyAccess, e.remark.contains(QLatin1String("Limited Early Access")));
            QVERIFY2(!info.description.isEmpty(), qPrintable(e.scope));
        }
        QVERIFY(ScopeCatalog::info(QStringLiteral("okta.workflows.invoke.manage")).limitedEarlyAccess);
    }

    void autoGrantedScopesResistCaseVariants() {
        for (const char *scope : {"OpenID", " profile ", "OFFLINE_ACCESS", "Groups"})
            QVERIFY2(ScopeCatalog::isAutoGranted(QLatin1String(scope)), scope);
        QVERIFY(!ScopeCatalog::isAutoGranted(QStringLiteral("okta.users.read")));
        QVERIFY(!ScopeCatalog::isAutoGranted(QString()));
    }

    void catalogueIsOktasSpecsPlusGovernance() {
        const QStringList spec = specScopes();
        QCOMPARE(spec.size(), 122); // 109 management + 13 OAuth, as the digest records them
        const QStringList catalogue = ScopeCatalog::catalogueScopes();
        for (const QString &scope : spec)
            QVERIFY2(catalogue.contains(scope), qPrintable(scope + QStringLiteral(" is missing")));
        // Beyond the specs in the digest: only the Identity Governance spec's scopes.
        for (const QString &scope : catalogue)
            if (!spec.contains(scope))
                QVERIFY2(scope.startsWith(QLatin1String("okta.governance.")) ||
                             scope.startsWith(QLatin1String("okta.accessRequests.")),
                         qPrintable(scope));
        QVERIFY(std::is_sorted(catalogue.cbegin(), catalogue.cend()));
        for (const QString &scope : catalogue) {
            const ScopeInfo info = ScopeCatalog::info(scope);
            QVERIFY2(info.inCatalogue && !info.description.isEmpty(), qPrintable(scope));
            QVERIFY2(!info.isLegacy(), qPrintable(scope));
        }
    }

    void legacyAndUnknownScopes() {
        // On the default list, but no current spec names them.
        for (const char *scope : {"okta.events.read", "okta.factors.read", "okta.factors.manage"}) {
            const ScopeInfo info = ScopeCatalog::info(QLatin1String(scope));
            QVERIFY2(info.isLegacy() && info.isKnown(), scope);
            QVERIFY(!ScopeCatalog::catalogueScopes().contains(QLatin1String(scope)));
        }
        QVERIFY(!ScopeCatalog::info(QStringLiteral("okta.governance.entitlements.read")).isLegacy());
        const ScopeInfo typo = ScopeCatalog::info(QStringLiteral("okta.user.manage"));
        QVERIFY(!typo.isKnown());
        QCOMPARE(typo.access, ScopeInfo::Access::Manage);
        QVERIFY(typo.description.isEmpty());
    }

    void accessAndIncludedReadScope() {
        QCOMPARE(ScopeCatalog::info(QStringLiteral("openid")).access, ScopeInfo::Access::Oidc);
        QCOMPARE(ScopeCatalog::info(QStringLiteral("okta.logs.read")).access, ScopeInfo::Access::Read);
        const ScopeInfo manage = ScopeCatalog::info(QStringLiteral("okta.users.manage"));
        QCOMPARE(manage.access, ScopeInfo::Access::Manage);
        QCOMPARE(manage.includedReadScope(), QStringLiteral("okta.users.read"));
        QCOMPARE(manage.description,
                 QStringLiteral("Create, change and delete users, their profiles, credentials "
                                "and lifecycle"));
        QCOMPARE(ScopeCatalog::info(QStringLiteral("okta.users.read")).description,
                 QStringLiteral("Read users, their profiles, credentials and lifecycle"));
        QVERIFY(ScopeCatalog::info(QStringLiteral("okta.clients.register")).includedReadScope().isEmpty());
    }

    void signInAsksForReadScopesOnly() {
        const QStringList requested = ScopeCatalog::requestedScopes();
        QCOMPARE(requested.mid(0, 2), ScopeCatalog::signInScopes());
        QCOMPARE(QSet<QString>(requested.cbegin(), requested.cend()).size(), requested.size());
        for (const QString &scope : requested.mid(2))
            QVERIFY2(scope.endsWith(u".read"_qs), qPrintable(scope));
        for (const char *scope : {"okta.users.read", "okta.groups.read", "okta.apps.read",
                                  "okta.appGrants.read", "okta.logs.read", "okta.roles.read"})
            QVERIFY2(requested.contains(QLatin1String(scope)), scope);
        for (const ScopeCatalog::Feature &feature : ScopeCatalog::features())
            for (const QString &scope : feature.scopes)
                QVERIFY2(requested.contains(scope), qPrintable(scope));
    }

    void aWriteFeatureAddsItsManageScopes() {
        const QStringList withGrants = ScopeCatalog::requestedScopes({WriteFeature::ScopeGrants});
        QCOMPARE(withGrants, ScopeCatalog::requestedScopes() + QStringList{u"okta.appGrants.manage"_qs});
        const QStringList all = ScopeCatalog::requestedScopes(
            {WriteFeature::GroupAttributes, WriteFeature::Onboarding, WriteFeature::ScopeGrants});
        // In WriteFeature order, whatever order they come in.
        QCOMPARE(all.mid(ScopeCatalog::requestedScopes().size()),
                 (QStringList{u"okta.appGrants.manage"_qs, u"okta.users.manage"_qs, u"okta.roles.manage"_qs,
                              u"okta.apps.manage"_qs, u"okta.groups.manage"_qs}));
        for (const ScopeCatalog::WriteNeed &need : ScopeCatalog::writeNeeds()) {
            QVERIFY(!need.name.isEmpty());
            for (const QString &scope : need.scopes) {
                QVERIFY2(need.why.contains(scope), qPrintable(need.why)); // it says why, naming the scope
                QCOMPARE(ScopeCatalog::info(scope).access, ScopeInfo::Access::Manage);
            }
        }
    }

    void scopeAccessOfATokenAndOfAnApiToken() {
        const ScopeAccess readOnly = ScopeAccess::granted(ScopeCatalog::requestedScopes());
        QVERIFY(readOnly.isScoped());
        for (const ScopeCatalog::WriteNeed &need : ScopeCatalog::writeNeeds()) {
            QVERIFY(!readOnly.allows(need.feature));
            QCOMPARE(readOnly.missing(need.feature), need.scopes);
        }
        QVERIFY(readOnly.turnedOn().isEmpty());
        QCOMPARE(readOnly.scopesToTurnOn(WriteFeature::GroupAttributes),
                 ScopeCatalog::requestedScopes({WriteFeature::GroupAttributes}));

        // A feature already on stays on when another is turned on.
        const ScopeAccess grants =
            ScopeAccess::granted(ScopeCatalog::requestedScopes({WriteFeature::ScopeGrants}));
        QVERIFY(grants.allows(WriteFeature::ScopeGrants));
        QCOMPARE(grants.turnedOn(), QList<WriteFeature>{WriteFeature::ScopeGrants});
        QCOMPARE(grants.scopesToTurnOn(WriteFeature::Onboarding),
                 ScopeCatalog::requestedScopes({WriteFeature::ScopeGrants, WriteFeature::Onboarding}));

        // okta.x.manage covers okta.x.read; not the other way round.
        const ScopeAccess manageOnly = ScopeAccess::granted({u"okta.users.manage"_qs});
        QVERIFY(manageOnly.covers(u"okta.users.read"_qs));
        QVERIFY(!ScopeAccess::granted({u"okta.users.read"_qs}).covers(u"okta.users.manage"_qs));

        const ScopeAccess token = ScopeAccess::unscoped();
        QVERIFY(!token.isScoped());
        QCOMPARE(token.turnedOn().size(), ScopeCatalog::writeNeeds().size());
        QVERIFY(token.missing(WriteFeature::Onboarding).isEmpty());

        Profile profile;
        profile.authMethod = AuthMethod::ApiToken;
        QVERIFY(!ScopeAccess::forProfile(profile).isScoped());
        profile.authMethod = AuthMethod::BrowserPkce;
        profile.scopes = ScopeCatalog::requestedScopes();
        QCOMPARE(ScopeAccess::forProfile(profile), readOnly);
    }

    void missingScopeIsReadFromTheRefusal() {
        QCOMPARE(
            missingScopeOf(refusal(
                403, "Bearer authorization_uri=\"https://acme.okta.com/oauth2/v1/authorize\", realm=\"IdP\", "
                     "scope=\"okta.logs.read\", error=\"insufficient_scope\", error_description=\"The access "
                     "token provided does not contain the required scopes.\"")),
            QStringLiteral("okta.logs.read"));
        QCOMPARE(
            missingScopeOf(refusal(403, "Bearer error=\"insufficient_scope\", scope=\"okta.apps.manage\"")),
            QStringLiteral("okta.apps.manage"));
        // Other refusals name no scope.
        QVERIFY(missingScopeOf(refusal(403, {})).isEmpty());
        QVERIFY(missingScopeOf(refusal(401, "Bearer error=\"invalid_token\"")).isEmpty());
        QVERIFY(missingScopeOf(refusal(401, "Bearer error=\"insufficient_scope\", scope=\"x\"")).isEmpty());
        // The message names it.
        QVERIFY(refusal(403, "Bearer error=\"insufficient_scope\", scope=\"okta.logs.read\"")
                    .message()
                    .contains(QLatin1String("okta.logs.read")));
    }

    void rowsFollowTheDefaultListThenTheAppsOtherScopes() {
        const auto grants = ScopeGrant::parsePage(R"([
            {"id":"oag1","scopeId":"okta.logs.read","status":"ACTIVE","source":"ADMIN","createdBy":{"id":"00uA"}},
            {"id":"oag2","scopeId":"okta.brands.read","status":"ACTIVE","source":"ADMIN"},
            {"id":"oag3","scopeId":"okta.sessions.read","status":"REVOKED","source":"ADMIN"}])");
        QVERIFY2(grants.ok(), qPrintable(grants.error));
        const QList<ScopeRow> rows = scopeRows(grants.rows, false, {u"okta.orgs.read"_qs});
        QCOMPARE(rows.size(), 53);
        for (int i = 0; i < 51; ++i)
            QCOMPARE(rows.at(i).info.name, ScopeCatalog::defaultScopes().at(i));
        QCOMPARE(rows.at(51).info.name, u"okta.brands.read"_qs); // held, not on the list
        QVERIFY(rows.at(51).isGranted() && rows.at(51).isOutsideDefaultList());
        QCOMPARE(rows.at(52).info.name, u"okta.orgs.read"_qs); // named extra, not held
        QVERIFY(!rows.at(52).isGranted());
        const auto logs = std::find_if(rows.cbegin(), rows.cend(),
                                       [](const ScopeRow &r) { return r.info.name == u"okta.logs.read"_qs; });
        QCOMPARE(logs->grant->createdBy, u"00uA"_qs);
        QVERIFY(rows.at(0).isGranted()); // openid: auto-granted, whether or not Okta lists it
        QVERIFY(!rows.at(0).grant);
        const QList<ScopeRow> all = scopeRows(grants.rows, true);
        QVERIFY(all.size() > 150);
        QSet<QString> names;
        for (const ScopeRow &row : all)
            names.insert(row.info.name);
        QCOMPARE(names.size(), all.size());
        QVERIFY(names.contains(u"okta.sessions.read"_qs)); // revoked grants are not held, but listed
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstScopeCatalog)
#include "tst_scopecatalog.moc"

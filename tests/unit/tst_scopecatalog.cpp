// The scope catalogue: what a sign-in asks for, for the window and for the CLI, comes from
// the features' lists in one place.
#include "core/scopes/scopecatalog.h"
#include "support/testmain.h"

#include <QSet>
#include <QTest>

using namespace okta;

class TstScopeCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestsSignInScopesFirstThenEveryFeatureScopeOnce() {
        const QStringList requested = ScopeCatalog::requestedScopes();
        QCOMPARE(requested.mid(0, 2), (QStringList{u"openid"_qs, u"offline_access"_qs}));
        QCOMPARE(QSet<QString>(requested.cbegin(), requested.cend()).size(), requested.size());
        for (const ScopeCatalog::Feature &feature : ScopeCatalog::features()) {
            QVERIFY(!feature.name.isEmpty());
            for (const QString &scope : feature.scopes)
                QVERIFY2(requested.contains(scope), qPrintable(scope));
        }
        // What the pages need to write.
        for (const char *scope : {"okta.appGrants.manage", "okta.users.manage", "okta.roles.manage"})
            QVERIFY(requested.contains(QLatin1String(scope)));
    }

    void readOnlyKeepsOnlyTheReadScopes() {
        const QStringList readOnly = ScopeCatalog::requestedScopes(ScopeCatalog::Access::ReadOnly);
        QCOMPARE(readOnly.mid(0, 2), ScopeCatalog::signInScopes());
        for (const QString &scope : readOnly.mid(2))
            QVERIFY2(scope.endsWith(u".read"_qs), qPrintable(scope));
        for (const char *scope :
             {"okta.users.read", "okta.groups.read", "okta.apps.read", "okta.logs.read", "okta.roles.read"})
            QVERIFY2(readOnly.contains(QLatin1String(scope)), scope);
        QVERIFY(!readOnly.contains(u"okta.users.manage"_qs));
    }

    void signInScopesAreAutoGranted() {
        // They can never be revoked, so a connection never loses them.
        for (const QString &scope : ScopeCatalog::signInScopes())
            QVERIFY(ScopeCatalog::isAutoGranted(scope));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstScopeCatalog)
#include "tst_scopecatalog.moc"

#include "core/auth/orgdomain.h"
#include "support/testmain.h"

#include <QTest>

using okta::OrgDomain;
using okta::OrgDomainResult;
using Status = OrgDomainResult::Status;

class TestOrgDomain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void baseUrl();
    void registrableDomain_data();
    void registrableDomain();
};

void TestOrgDomain::normalise_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("host");    // expected when not Invalid
    QTest::addColumn<QString>("kind");    // okta, custom or loopback when not Invalid
    QTest::addColumn<QString>("message"); // substring; empty means no message

    auto ok = [](const char *name, const QString &in, const QString &host, const char *kind) {
        QTest::newRow(name) << in << Status::Ok << host << QString::fromLatin1(kind) << QString();
    };
    auto warn = [](const char *name, const QString &in, const QString &host, const char *kind,
                   const QString &msg) {
        QTest::newRow(name) << in << Status::Warning << host << QString::fromLatin1(kind) << msg;
    };
    auto bad = [](const char *name, const QString &in, const QString &msg) {
        QTest::newRow(name) << in << Status::Invalid << QString() << QString() << msg;
    };
    const QString acme = u"acme.okta.com"_qs;

    ok("bare", u"acme.okta.com"_qs, acme, "okta");
    ok("https trailing slash", u"https://acme.okta.com/"_qs, acme, "okta");
    ok("admin host", u"acme-admin.okta.com"_qs, acme, "okta");
    ok("admin dashboard url", u"https://acme-admin.okta.com/admin/dashboard"_qs, acme, "okta");
    ok("upper case", u"HTTPS://ACME.Okta.com"_qs, acme, "okta");
    ok("trailing dot", u"acme.okta.com."_qs, acme, "okta");
    ok("surrounding whitespace", u"  \tacme.okta.com\n"_qs, acme, "okta");
    ok("http upgraded", u"http://acme.okta.com"_qs, acme, "okta");
    ok("oktapreview", u"acme.oktapreview.com"_qs, u"acme.oktapreview.com"_qs, "okta");
    ok("okta-emea admin", u"acme-admin.okta-emea.com"_qs, u"acme.okta-emea.com"_qs, "okta");
    ok("okta-gov", u"acme.okta-gov.com"_qs, u"acme.okta-gov.com"_qs, "okta");
    ok("okta.mil", u"acme.okta.mil"_qs, u"acme.okta.mil"_qs, "okta");
    ok("user home path", u"https://acme.okta.com/app/UserHome"_qs, acme, "okta");
    ok("authorize url", u"https://acme.okta.com/oauth2/v1/authorize?client_id=x&state=y"_qs, acme, "okta");
    ok("well-known", u"https://acme.okta.com/.well-known/openid-configuration"_qs, acme, "okta");
    ok("login page", u"https://acme.okta.com/login/login.htm?fromURI=%2F"_qs, acme, "okta");
    ok("end-user dashboard", u"https://acme.okta.com/enduser/settings#security"_qs, acme, "okta");
    ok("admin root", u"https://acme.okta.com/admin"_qs, acme, "okta");
    ok("query without path", u"https://acme.okta.com?x=1"_qs, acme, "okta");
    ok("port 443", u"acme.okta.com:443"_qs, acme, "okta");
    ok("digits and hyphens", u"my-org-123.okta.com"_qs, u"my-org-123.okta.com"_qs, "okta");
    ok("trailing dot and slash", u"acme.OKTA.COM./"_qs, acme, "okta");
    ok("custom domain", u"login.acme.com"_qs, u"login.acme.com"_qs, "custom");
    ok("custom under co.uk", u"https://sso.acme.co.uk/"_qs, u"sso.acme.co.uk"_qs, "custom");
    ok("localhost port", u"http://localhost:8080"_qs, u"localhost:8080"_qs, "loopback");
    ok("localhost", u"localhost"_qs, u"localhost"_qs, "loopback");
    ok("loopback ipv4", u"http://127.0.0.1:53682/"_qs, u"127.0.0.1:53682"_qs, "loopback");
    ok("loopback ipv4 range", u"127.0.0.2"_qs, u"127.0.0.2"_qs, "loopback");
    ok("loopback ipv6", u"http://[::1]:8080"_qs, u"[::1]:8080"_qs, "loopback");

    warn("okta under evil.com", u"acme.okta.com.evil.com"_qs, u"acme.okta.com.evil.com"_qs, "custom",
         u"belongs to evil.com"_qs);
    warn("okta.com under evil.com", u"https://okta.com.evil.com/"_qs, u"okta.com.evil.com"_qs, "custom",
         u"belongs to evil.com"_qs);
    warn("hyphenated okta", u"acme-okta.com"_qs, u"acme-okta.com"_qs, "custom",
         u"belongs to acme-okta.com"_qs);
    warn("okta under co.uk", u"acme.okta.com.evil.co.uk"_qs, u"acme.okta.com.evil.co.uk"_qs, "custom",
         u"belongs to evil.co.uk"_qs);
    warn("custom -admin kept", u"sso-admin.example.com"_qs, u"sso-admin.example.com"_qs, "custom",
         u"without “-admin”"_qs);
    warn("loopback user ignored", u"http://demo@localhost:8080"_qs, u"localhost:8080"_qs, "loopback",
         u"ignored"_qs);

    bad("empty", QString(), u"Enter your Okta domain"_qs);
    bad("blank", u" \t\n"_qs, u"Enter your Okta domain"_qs);
    bad("user and password", u"https://user:pw@acme.okta.com"_qs, u"“user:pw@”"_qs);
    bad("user only", u"admin@acme.okta.com"_qs, u"“admin@”"_qs);
    bad("port", u"acme.okta.com:8443"_qs, u"“:8443”"_qs);
    bad("bad port", u"acme.okta.com:abc"_qs, u"not a valid port"_qs);
    bad("private ipv4", u"192.168.1.10"_qs, u"is an IP address"_qs);
    bad("ipv6", u"https://[2001:db8::1]/"_qs, u"is an IP address"_qs);
    // Found by fuzz_orgdomain: accepted as loopback, with no URL to make of it.
    bad("ipv6 loopback without brackets", u"::1:800"_qs, u"in brackets"_qs);
    bad("ipv6 without brackets", u"http://2001:db8::1/"_qs, u"in brackets"_qs);
    // Found by fuzz_orgdomain: brackets around an IPv4 address make no URL.
    bad("ipv4 in brackets", u"[127.0.084.15]"_qs, u"is an IP address"_qs);
    bad("ipv4 loopback in brackets", u"[127.0.0.1]:8080"_qs, u"is an IP address"_qs);
    bad("numeric", u"1.2.3"_qs, u"looks like an IP address"_qs);
    bad("space inside", u"acme okta.com"_qs, u"spaces (character 5)"_qs);
    bad("single label", u"acme"_qs, u"not a full domain"_qs);
    bad("underscore", u"acme_corp.okta.com"_qs, u"“_” cannot be part"_qs);
    bad("leading hyphen", u"-acme.okta.com"_qs, u"hyphen"_qs);
    bad("trailing hyphen", u"acme-.okta.com"_qs, u"hyphen"_qs);
    bad("label too long", QString(64, u'a') + u".okta.com"_qs, u"longer than 63"_qs);
    bad("host too long", QString(QString(60, u'a') + u'.').repeated(5) + u"com"_qs, u"longer than 253"_qs);
    bad("empty label", u"acme..okta.com"_qs, u"empty part"_qs);
    bad("cyrillic a", u"\u0430cme.okta.com"_qs, u"(U+0430) at character 1"_qs);
    bad("fullwidth", u"\uff41\uff43\uff4d\uff45.okta.com"_qs, u"U+ff41"_qs);
    bad("non-ascii position", u" acme.okta.com/\u00e9"_qs, u"at character 16"_qs);
    bad("emoji", u"acme\U0001F600.okta.com"_qs, u"U+1f600"_qs);
    bad("punycode", u"xn--acme-7ya.okta.com"_qs, u"punycode"_qs);
    bad("other page", u"https://acme.okta.com/some/page"_qs, u"“/some/page”"_qs);
    bad("prefix is not a path segment", u"https://acme.okta.com/administrator"_qs, u"“/administrator”"_qs);
    bad("ftp scheme", u"ftp://acme.okta.com"_qs, u"“ftp://”"_qs);
    bad("okta itself", u"okta.com"_qs, u"Okta's own domain"_qs);
    bad("scheme only", u"https://"_qs, u"No domain found"_qs);
    bad("non-loopback with path only", u"https:///admin"_qs, u"No domain found"_qs);
}

void TestOrgDomain::normalise() {
    QFETCH(QString, input);
    QFETCH(Status, status);
    QFETCH(QString, host);
    QFETCH(QString, kind);
    QFETCH(QString, message);

    const OrgDomainResult r = OrgDomain::normalise(input);
    QVERIFY2(r.status == status, qPrintable(r.message));
    QCOMPARE(r.ok(), status != Status::Invalid);
    if (message.isEmpty())
        QVERIFY2(r.message.isEmpty(), qPrintable(r.message));
    else
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
    if (status == Status::Invalid) {
        QVERIFY(r.host.isEmpty());
        QVERIFY(r.baseUrl().isEmpty());
        return;
    }
    QCOMPARE(r.host, host);
    QCOMPARE(r.isOktaDomain, kind == u"okta");
    QCOMPARE(r.isLoopback, kind == u"loopback");
    // Normalising the result again is a no-op.
    if (!r.isLoopback)
        QCOMPARE(OrgDomain::normalise(r.host).host, r.host);
}

void TestOrgDomain::baseUrl() {
    QCOMPARE(OrgDomain::normalise(u"http://acme-admin.okta.com/admin"_qs).baseUrl(),
             QUrl(u"https://acme.okta.com"_qs));
    QCOMPARE(OrgDomain::normalise(u"http://127.0.0.1:53682"_qs).baseUrl(),
             QUrl(u"http://127.0.0.1:53682"_qs));
    QCOMPARE(OrgDomain::normalise(u"https://localhost:8443/"_qs).baseUrl(),
             QUrl(u"http://localhost:8443"_qs));
    QCOMPARE(OrgDomain::normalise(u"[::1]:9000"_qs).baseUrl(), QUrl(u"http://[::1]:9000"_qs));
    QVERIFY(OrgDomain::normalise(u"acme"_qs).baseUrl().isEmpty());
}

void TestOrgDomain::registrableDomain_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("registrable");
    QTest::newRow("okta") << u"acme.okta.com"_qs << u"okta.com"_qs;
    QTest::newRow("preview") << u"acme-admin.oktapreview.com"_qs << u"oktapreview.com"_qs;
    QTest::newRow("custom") << u"login.acme.com"_qs << u"acme.com"_qs;
    QTest::newRow("two labels") << u"acme.io"_qs << u"acme.io"_qs;
    QTest::newRow("co.uk") << u"a.b.acme.co.uk"_qs << u"acme.co.uk"_qs;
    QTest::newRow("com.au") << u"sso.acme.com.au"_qs << u"acme.com.au"_qs;
    QTest::newRow("co.jp") << u"okta.acme.co.jp"_qs << u"acme.co.jp"_qs;
    QTest::newRow("loopback") << u"localhost:1234"_qs << QString();
}

void TestOrgDomain::registrableDomain() {
    QFETCH(QString, input);
    QFETCH(QString, registrable);
    const OrgDomainResult r = OrgDomain::normalise(input);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.registrableDomain, registrable);
}

OKTADESK_TEST_GUILESS_MAIN(TestOrgDomain)
#include "tst_orgdomain.moc"

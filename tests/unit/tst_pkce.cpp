// PKCE verifier/challenge/state, TokenSet parsing, client authentication encoding, and the
// browser sign-in's redirect URI and failure messages.
#include "core/auth/browsersignin.h"
#include "core/auth/clientcredentials.h"
#include "core/auth/pkce.h"
#include "core/auth/tokenset.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace okta;

namespace {
bool onlyUnreserved(const QByteArray &s) {
    for (char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '.' || c == '_' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

QJsonObject json(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestPkce : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verifierLengthAndCharset_data() {
        QTest::addColumn<int>("bytes");
        QTest::addColumn<int>("length");
        QTest::newRow("default 48 bytes") << 48 << 64;
        QTest::newRow("32 bytes is the floor") << 32 << 43;
        QTest::newRow("below the floor is clamped") << 8 << 43;
        QTest::newRow("96 bytes") << 96 << 128;
        QTest::newRow("above the ceiling is clamped") << 500 << 128;
    }
    void verifierLengthAndCharset() {
        QFETCH(int, bytes);
        QFETCH(int, length);
        for (int i = 0; i < 50; ++i) {
            const QByteArray v = Pkce::codeVerifier(bytes);
            QCOMPARE(v.size(), length);
            QVERIFY2(onlyUnreserved(v), v.constData());
            QVERIFY(Pkce::isValidVerifier(v));
        }
    }

    void defaultVerifierIsFresh() {
        const QByteArray v = Pkce::codeVerifier();
        QVERIFY(v.size() >= Pkce::MinVerifierLength && v.size() <= Pkce::MaxVerifierLength);
        QSet<QByteArray> seen;
        for (int i = 0; i < 200; ++i)
            seen.insert(Pkce::codeVerifier());
        QCOMPARE(seen.size(), 200);
    }

    void isValidVerifierRejects() {
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
        QVERIFY(Pkce::isValidVerifier(QByteArray(43, 'a')));
        QVERIFY(Pkce::isValidVerifier(QByteArray(128, '~')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(50, 'a') + '+'));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(50, 'a') + '='));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(50, 'a') + '/'));
    }

    void challengeMatchesRfc7636AppendixB() {
        QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void challengeIsBase64UrlWithoutPadding() {
        for (int i = 0; i < 50; ++i) {
            const QByteArray c = Pkce::challengeS256(Pkce::codeVerifier());
            QCOMPARE(c.size(), 43); // 32 bytes of SHA-256, unpadded
            QVERIFY(!c.contains('=') && !c.contains('+') && !c.contains('/'));
        }
    }

    void stateIsLongRandomAndOktaSafe() {
        QSet<QByteArray> seen;
        QSet<char> chars;
        for (int i = 0; i < 500; ++i) {
            const QByteArray s = Pkce::state();
            QCOMPARE(s.size(), 32); // 24 bytes = 192 bits
            // Okta allows alphanumerics, comma, period, underscore and hyphen in state.
            for (char c : s) {
                QVERIFY((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_');
                chars.insert(c);
            }
            seen.insert(s);
        }
        QCOMPARE(seen.size(), 500);
        QVERIFY(chars.size() > 55); // spread over the whole alphabet, not a counter
        // No byte position is stuck on one value.
        for (int pos = 0; pos < 32; ++pos) {
            QSet<char> atPos;
            for (const QByteArray &s : std::as_const(seen))
                atPos.insert(s.at(pos));
            QVERIFY2(atPos.size() > 16, qPrintable(QString::number(pos)));
        }
    }

    void tokenSetFromFullResponse() {
        const QDateTime at(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        const TokenSet t = TokenSet::fromTokenResponse(
            json(
                R"({"token_type":"Bearer","expires_in":3600,"access_token":"eyA.b.c","scope":"openid offline_access okta.users.read",
                     "refresh_token":"rt-1","id_token":"id.t.k"})"),
            at);
        QVERIFY(t.isValid());
        QVERIFY(t.hasRefreshToken());
        QCOMPARE(t.accessToken, QByteArray("eyA.b.c"));
        QCOMPARE(t.refreshToken, QByteArray("rt-1"));
        QCOMPARE(t.idToken, QByteArray("id.t.k"));
        QCOMPARE(t.tokenType, QStringLiteral("Bearer"));
        QCOMPARE(t.expiresAt, at.addSecs(3600));
        QCOMPARE(t.expiresAt.timeSpec(), Qt::UTC);
        QCOMPARE(t.scopes, (QStringList{u"openid"_qs, u"offline_access"_qs, u"okta.users.read"_qs}));
        QVERIFY(!t.expiresWithin(3599, at));
        QVERIFY(t.expiresWithin(3600, at));
        QVERIFY(t.expiresWithin(60, at.addSecs(3550)));
    }

    void tokenSetMissingFields() {
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const TokenSet t = TokenSet::fromTokenResponse(json(R"({"access_token":"a"})"), at);
        QVERIFY(t.isValid());
        QVERIFY(!t.hasRefreshToken());
        QVERIFY(t.idToken.isEmpty());
        QVERIFY(t.scopes.isEmpty());
        QCOMPARE(t.tokenType, QStringLiteral("Bearer"));
        QVERIFY(!t.expiresAt.isValid());
        QVERIFY(!t.expiresWithin(1000000, at)); // unknown expiry is never "due"

        const TokenSet none = TokenSet::fromTokenResponse(json(R"({"error":"invalid_grant"})"), at);
        QVERIFY(!none.isValid());
        QVERIFY(!TokenSet::fromTokenResponse(QJsonObject(), at).isValid());
    }

    void tokenSetOddShapes() {
        const QDateTime at(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        const TokenSet s = TokenSet::fromTokenResponse(
            json(R"({"access_token":"a","expires_in":"120","scope":"  a   b ","token_type":"DPoP"})"), at);
        QCOMPARE(s.expiresAt, at.addSecs(120));
        QCOMPARE(s.scopes, (QStringList{u"a"_qs, u"b"_qs}));
        QCOMPARE(s.tokenType, QStringLiteral("DPoP"));
        const TokenSet n =
            TokenSet::fromTokenResponse(json(R"({"access_token":"a","expires_in":"soon"})"), at);
        QVERIFY(!n.expiresAt.isValid());
        const TokenSet z = TokenSet::fromTokenResponse(json(R"({"access_token":"a","expires_in":0})"), at);
        QCOMPARE(z.expiresAt, at);
    }

    void refreshedWithKeepsWhatTheRefreshOmits() {
        const QDateTime at(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        const TokenSet old = TokenSet::fromTokenResponse(
            json(
                R"({"access_token":"a1","refresh_token":"r1","id_token":"i1","scope":"openid x","expires_in":10})"),
            at);
        const TokenSet noRotation = old.refreshedWith(
            TokenSet::fromTokenResponse(json(R"({"access_token":"a2","expires_in":3600})"), at));
        QCOMPARE(noRotation.accessToken, QByteArray("a2"));
        QCOMPARE(noRotation.refreshToken, QByteArray("r1"));
        QCOMPARE(noRotation.idToken, QByteArray("i1"));
        QCOMPARE(noRotation.scopes, old.scopes);
        QCOMPARE(noRotation.expiresAt, at.addSecs(3600));
        const TokenSet rotated = old.refreshedWith(TokenSet::fromTokenResponse(
            json(R"({"access_token":"a3","refresh_token":"r2","scope":"x"})"), at));
        QCOMPARE(rotated.refreshToken, QByteArray("r2"));
        QCOMPARE(rotated.scopes, QStringList{u"x"_qs});
    }

    void clientAuthentication() {
        // client_secret_basic: both halves form-encoded before Base64 (RFC 6749 §2.3.1).
        ClientCredentials basic{u"0oa id"_qs, u"s+cr:t/%"_qs, ClientCredentials::Method::SecretBasic};
        QUrlQuery form;
        QCOMPARE(basic.apply(form).copyOut(), QByteArray("0oa%20id:s%2Bcr%3At%2F%25"));
        QVERIFY(form.isEmpty());

        ClientCredentials post{u"0oa1"_qs, u"se+cret"_qs, ClientCredentials::Method::SecretPost};
        QUrlQuery postForm;
        QVERIFY(post.apply(postForm).isEmpty());
        QCOMPARE(postForm.toString(QUrl::FullyEncoded), u"client_id=0oa1&client_secret=se%2Bcret"_qs);

        ClientCredentials pub{u"0oa1"_qs, Secret(), ClientCredentials::Method::SecretBasic};
        QVERIFY(pub.isPublic());
        QUrlQuery pubForm;
        QVERIFY(pub.apply(pubForm).isEmpty());
        QCOMPARE(pubForm.toString(QUrl::FullyEncoded), u"client_id=0oa1"_qs);
    }

    void formFieldsAreFullyEncoded() {
        QUrlQuery form;
        ClientCredentials::addFormField(form, u"redirect_uri"_qs, u"http://127.0.0.1:53682/callback"_qs);
        ClientCredentials::addFormField(form, u"code"_qs, QByteArray("a+b/c=&d"));
        QCOMPARE(form.toString(QUrl::FullyEncoded),
                 u"redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback&code=a%2Bb%2Fc%3D%26d"_qs);
        QCOMPARE(form.queryItemValue(u"code"_qs, QUrl::FullyDecoded), u"a+b/c=&d"_qs);
    }

    void redirectUriIsLoopbackIpLiteral() {
        QCOMPARE(BrowserSignIn::redirectUriForPort(53682).toString(), u"http://127.0.0.1:53682/callback"_qs);
        BrowserSignIn fixed(nullptr, {}, {u"okta.users.read"_qs}, 53682);
        QCOMPARE(fixed.redirectUri().toString(), u"http://127.0.0.1:53682/callback"_qs);
        QCOMPARE(fixed.scopes(), (QStringList{u"openid"_qs, u"okta.users.read"_qs})); // openid added
        BrowserSignIn any(nullptr, {}, {u"openid"_qs, u"offline_access"_qs}, 0);
        QVERIFY(any.redirectUri().isEmpty()); // unknown until bound
        QCOMPARE(any.scopes(), (QStringList{u"openid"_qs, u"offline_access"_qs}));
        QCOMPARE(any.state(), BrowserSignIn::State::Idle);
    }

    void everyFailureHasItsOwnMessage() {
        using F = BrowserSignIn::Failure;
        const QList<F> kinds{F::PortInUse, F::AccessDenied, F::InvalidScope, F::CodeExpired, F::InvalidClient,
                             F::Network,   F::Cancelled,    F::Timeout,      F::Other};
        QSet<QString> messages;
        for (F k : kinds) {
            const QString m = BrowserSignIn::messageFor(k);
            QVERIFY(!m.isEmpty());
            messages.insert(m);
        }
        QCOMPARE(messages.size(), kinds.size());
        QVERIFY(BrowserSignIn::messageFor(F::PortInUse, u"53682"_qs).contains(u"53682"_qs));
        QVERIFY(BrowserSignIn::messageFor(F::PortInUse).contains(u"port"_qs));
        QVERIFY(BrowserSignIn::ignoredMessage({}).contains(u"state mismatch"_qs));
        const QString denied = BrowserSignIn::messageFor(F::AccessDenied, u"User is not assigned"_qs);
        QVERIFY(denied.contains(u"consent"_qs));
        QVERIFY(denied.contains(u"assigned to the app"_qs));
        QVERIFY(denied.contains(u"User is not assigned"_qs));
        QVERIFY(BrowserSignIn::messageFor(F::CodeExpired).contains(u"expired"_qs));
        QVERIFY(BrowserSignIn::messageFor(F::InvalidClient).contains(u"client secret"_qs));
        QVERIFY(BrowserSignIn::messageFor(F::None).isEmpty());
    }
};

OKTADESK_TEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"

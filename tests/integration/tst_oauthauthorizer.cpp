// OAuthAuthorizer and TokenRevoker against a real demo org, with tokens from a real
// browser sign-in (the test plays the browser).
#include "core/auth/browsersignin.h"
#include "core/auth/oauthauthorizer.h"
#include "core/auth/tokenrevoker.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "demo/demoorg.h"
#include "support/browserplayer.h"
#include "support/oktawait.h"
#include "support/testmain.h"

#include <QSignalSpy>
#include <QTest>

using namespace okta;
using okta::test::BrowserPlayer;
using okta::test::run;

class TstOAuthAuthorizer : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<OktaClient> m_tokenClient;
    BrowserPlayer m_browser;

    ClientCredentials credentials() const {
        return {m_org->clientId(), m_org->clientSecret(), ClientCredentials::Method::SecretBasic};
    }

    TokenSet signIn() {
        BrowserSignIn signIn(m_tokenClient.get(), credentials(),
                             {u"openid"_qs, u"offline_access"_qs, u"okta.users.read"_qs}, 0);
        return m_browser.signIn(signIn);
    }

    // The management client that uses `auth`, as the app wires it.
    std::unique_ptr<OktaClient> apiClient(Authorizer *auth) {
        return std::make_unique<OktaClient>(m_nam.get(), m_org->baseUrl(), auth);
    }

    bool revoke(const Secret &access, const Secret &refresh, QString *message = nullptr) {
        TokenRevoker revoker(m_tokenClient.get(), credentials());
        QSignalSpy done(&revoker, &TokenRevoker::finished);
        revoker.revoke(access, refresh);
        if (!done.wait(10000) || done.count() != 1)
            return false;
        if (message)
            *message = done.first().at(1).toString();
        return done.first().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<TokenSet>();
        demo::DemoOptions o;
        o.users = 60;
        o.groups = 6;
        o.events = 100;
        m_org = std::make_unique<demo::DemoOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        // Each run listens on a free port: registered on the demo app as an admin would.
        m_browser.onListening = [this](const QUrl &uri) {
            m_org->addRedirectUri(uri.toString());
        };
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_tokenClient = std::make_unique<OktaClient>(m_nam.get(), m_org->baseUrl(), nullptr);
    }

    void headerAndCanRefresh() {
        TokenSet t;
        t.accessToken = "abc";
        OAuthAuthorizer noRefresh(m_tokenClient.get(), credentials(), t);
        QCOMPARE(noRefresh.authorizationHeader(), QByteArray("Bearer abc"));
        QVERIFY(!noRefresh.canRefresh());
        QSignalSpy finished(&noRefresh, &Authorizer::refreshFinished);
        noRefresh.refresh();
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.first().first().toBool(), false);
        t.refreshToken = "r";
        noRefresh.setTokens(t);
        QVERIFY(noRefresh.canRefresh());
        QVERIFY(
            OAuthAuthorizer(m_tokenClient.get(), credentials(), TokenSet()).authorizationHeader().isEmpty());
    }

    void refreshOn401RotatesAndStoresAtOnce() {
        const TokenSet first = signIn();
        QVERIFY(first.hasRefreshToken());
        OAuthAuthorizer auth(m_tokenClient.get(), credentials(), first);
        auto client = apiClient(&auth);
        QSignalSpy changed(&auth, &OAuthAuthorizer::tokensChanged);
        QSignalSpy refreshed(&auth, &Authorizer::refreshFinished);
        QSignalSpy reauth(&auth, &OAuthAuthorizer::reauthorizationNeeded);
        QSignalSpy expired(client.get(), &OktaClient::authorizationExpired);
        // tokensChanged arrives before the waiting request learns the refresh worked.
        QStringList order;
        connect(&auth, &OAuthAuthorizer::tokensChanged, this, [&order] { order << u"tokensChanged"_qs; });
        connect(&auth, &Authorizer::refreshFinished, this, [&order] { order << u"refreshFinished"_qs; });

        QVERIFY(run(OktaApi(client.get()).me()).ok());
        QCOMPARE(auth.refreshRequestCount(), 0);

        m_org->expireAccessTokens();
        const OktaResult me = run(OktaApi(client.get()).me());
        QVERIFY2(me.ok(), qPrintable(me.message()));
        QCOMPARE(me.attempts, 2); // the 401, then one retry with the new token
        QCOMPARE(auth.refreshRequestCount(), 1);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(refreshed.first().first().toBool(), true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(order, (QStringList{u"tokensChanged"_qs, u"refreshFinished"_qs}));
        const TokenSet second = changed.first().first().value<TokenSet>();
        QVERIFY(second.accessToken != first.accessToken);
        QVERIFY(second.hasRefreshToken());
        QVERIFY(second.refreshToken != first.refreshToken); // rotated
        QCOMPARE(auth.tokens(), second);
        QCOMPARE(auth.authorizationHeader().copyOut(), "Bearer " + second.accessToken.copyOut());
        QCOMPARE(reauth.count(), 0);
        QCOMPARE(expired.count(), 0);

        // The rotated-out refresh token is dead: whoever still held it must reauthorize.
        OAuthAuthorizer stale(m_tokenClient.get(), credentials(), first);
        QSignalSpy staleReauth(&stale, &OAuthAuthorizer::reauthorizationNeeded);
        stale.refresh();
        QVERIFY(staleReauth.wait(5000));
    }

    void concurrent401sShareOneRefresh() {
        OAuthAuthorizer auth(m_tokenClient.get(), credentials(), signIn());
        auto client = apiClient(&auth);
        ClientOptions options;
        options.maxInFlight = 8; // all five really in flight at once
        client->setOptions(options);
        QSignalSpy changed(&auth, &OAuthAuthorizer::tokensChanged);
        QSignalSpy refreshed(&auth, &Authorizer::refreshFinished);
        QSignalSpy expired(client.get(), &OktaClient::authorizationExpired);
        m_org->expireAccessTokens();

        const quint64 before = m_org->requestCount();
        QList<OktaResult> results;
        OktaApi api(client.get());
        for (int i = 0; i < 5; ++i)
            connect(api.me(), &OktaJob::finished, this, [&results](const OktaResult &r) { results << r; });
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 20000);
        for (const OktaResult &r : std::as_const(results))
            QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(auth.refreshRequestCount(), 1);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(expired.count(), 0);
        // Five 401s, one token request, five retries: nothing else reached the org.
        QCOMPARE(m_org->requestCount() - before, quint64(11));
    }

    void proactiveRefreshBeforeExpiry() {
        TokenSet tokens = signIn();
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(61); // due in about a second
        OAuthAuthorizer auth(m_tokenClient.get(), credentials(), tokens);
        QCOMPARE(auth.refreshLeadTime(), std::chrono::seconds(60));
        QSignalSpy changed(&auth, &OAuthAuthorizer::tokensChanged);
        QVERIFY(changed.wait(10000));
        QCOMPARE(auth.refreshRequestCount(), 1);
        const TokenSet fresh = changed.first().first().value<TokenSet>();
        QVERIFY(fresh.accessToken != tokens.accessToken);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(fresh.expiresAt) > 3000);
        // The next one is an hour away, so nothing else happens now.
        QTest::qWait(1500);
        QCOMPARE(auth.refreshRequestCount(), 1);
    }

    void failedRefreshAsksToReauthorize() {
        const TokenSet tokens = signIn();
        QVERIFY(revoke({}, tokens.refreshToken)); // the refresh token dies, the access token lives
        OAuthAuthorizer auth(m_tokenClient.get(), credentials(), tokens);
        auto client = apiClient(&auth);
        QVERIFY(run(OktaApi(client.get()).me()).ok());

        QSignalSpy reauth(&auth, &OAuthAuthorizer::reauthorizationNeeded);
        QSignalSpy changed(&auth, &OAuthAuthorizer::tokensChanged);
        QSignalSpy expired(client.get(), &OktaClient::authorizationExpired);
        m_org->expireAccessTokens();
        const OktaResult me = run(OktaApi(client.get()).me());
        QCOMPARE(me.httpStatus, 401);
        QCOMPARE(reauth.count(), 1);
        QVERIFY(reauth.first().first().toString().contains(u"reauthorize"_qs));
        QCOMPARE(expired.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(auth.refreshRequestCount(), 1);
        QVERIFY(!auth.canRefresh()); // no more attempts with a refused refresh token

        // Another 401 does not hammer the token endpoint again.
        QCOMPARE(run(OktaApi(client.get()).me()).httpStatus, 401);
        QCOMPARE(auth.refreshRequestCount(), 1);
        QCOMPARE(expired.count(), 2);

        // A new sign-in (Reauthorize) revives it.
        auth.setTokens(signIn());
        QVERIFY(auth.canRefresh());
        QVERIFY(run(OktaApi(client.get()).me()).ok());
    }

    void transientRefreshFailureKeepsTheSignIn() {
        OAuthAuthorizer auth(m_tokenClient.get(), credentials(), signIn());
        auto client = apiClient(&auth);
        QSignalSpy reauth(&auth, &OAuthAuthorizer::reauthorizationNeeded);
        demo::FaultOptions down;
        down.pathPrefix = u"/oauth2/v1/token"_qs;
        down.serverErrorEvery = 1;
        m_org->setFaults(down);
        m_org->expireAccessTokens();
        const OktaResult failedOnce = run(OktaApi(client.get()).me());
        m_org->setFaults({});
        QCOMPARE(failedOnce.httpStatus, 401);
        QCOMPARE(reauth.count(), 0); // a 500 from the token endpoint is no reason to sign in again
        QVERIFY(auth.canRefresh());
        const OktaResult me = run(OktaApi(client.get()).me());
        QVERIFY2(me.ok(), qPrintable(me.message()));
        QCOMPARE(auth.refreshRequestCount(), 2);
    }

    void revokerRevokesBoth() {
        const TokenSet tokens = signIn();
        OAuthAuthorizer auth(m_tokenClient.get(), credentials(), tokens);
        auto client = apiClient(&auth);
        QVERIFY(run(OktaApi(client.get()).me()).ok());

        QString message;
        QVERIFY(revoke(tokens.accessToken, tokens.refreshToken, &message));
        QVERIFY(message.isEmpty());
        // The access token no longer works, and neither does refreshing.
        QSignalSpy reauth(&auth, &OAuthAuthorizer::reauthorizationNeeded);
        const OktaResult me = run(OktaApi(client.get()).me());
        QCOMPARE(me.httpStatus, 401);
        QCOMPARE(reauth.count(), 1);

        // Revoking again is harmless (Okta answers 200 for unknown tokens); nothing is fine.
        QVERIFY(revoke(tokens.accessToken, tokens.refreshToken));
        QVERIFY(revoke({}, {}));
    }

    void revokerReportsClientFailure() {
        const TokenSet tokens = signIn();
        TokenRevoker revoker(m_tokenClient.get(),
                             {m_org->clientId(), u"wrong-secret"_qs, ClientCredentials::Method::SecretBasic});
        QSignalSpy done(&revoker, &TokenRevoker::finished);
        revoker.revoke(tokens);
        QVERIFY(revoker.isRunning());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().at(0).toBool(), false);
        const QString message = done.first().at(1).toString();
        QVERIFY(message.contains(u"refresh token could not be revoked"_qs));
        QVERIFY(message.contains(u"access token could not be revoked"_qs));
        QVERIFY(!message.contains(QString::fromLatin1(tokens.refreshToken.copyOut())));
        QVERIFY(!message.contains(u"wrong-secret"_qs));
        // Still valid, since nothing was revoked.
        OAuthAuthorizer auth(m_tokenClient.get(), credentials(), tokens);
        auto client = apiClient(&auth);
        QVERIFY(run(OktaApi(client.get()).me()).ok());
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstOAuthAuthorizer)
#include "tst_oauthauthorizer.moc"

// BrowserSignIn against a real demo org. The test plays the browser: it GETs the authorize
// URL without following the redirect, checks the Location, then GETs the loopback redirect.
#include "core/auth/browsersignin.h"
#include "core/auth/oauthauthorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "demo/demoorg.h"
#include "support/browserplayer.h"
#include "support/oktawait.h"
#include "support/testmain.h"

#include <QFile>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace okta;
using okta::test::BrowserPlayer;
using okta::test::run;
using F = BrowserSignIn::Failure;
using S = BrowserSignIn::State;

namespace {

// Local addresses of the sockets listening on `port`, from /proc/net/tcp{,6}, as the
// kernel's hex strings ("0100007F" is 127.0.0.1, "00000000" every IPv4 interface).
QStringList listeningAddresses(quint16 port) {
    QStringList found;
    for (const char *path : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(path));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cols = lines[i].simplified().split(' ');
            if (cols.size() < 4 || cols[3] != "0A") // 0A = LISTEN
                continue;
            const QList<QByteArray> local = cols[1].split(':');
            if (local.size() == 2 && local[1].toUShort(nullptr, 16) == port)
                found.append(QString::fromLatin1(local[0]));
        }
    }
    return found;
}

quint16 freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), 0) ? probe.serverPort() : 0;
}

QStringList defaultScopes() {
    return {u"openid"_qs, u"offline_access"_qs, u"okta.users.read"_qs, u"okta.logs.read"_qs};
}

} // namespace

class TstBrowserSignIn : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<OktaClient> m_client;
    BrowserPlayer m_browser;

    ClientCredentials credentials(const QString &secret = {}) const {
        return {m_org->clientId(), secret.isNull() ? m_org->clientSecret() : secret,
                ClientCredentials::Method::SecretBasic};
    }

    // Starts a run and returns the Location the org's /authorize answered with. The run's
    // redirect URI is registered on the demo app first, as an admin registers it at Okta.
    QUrl startAndAuthorize(BrowserSignIn &signIn) {
        QSignalSpy url(&signIn, &BrowserSignIn::authorizationUrlReady);
        signIn.start();
        if (url.count() != 1)
            return {};
        m_org->addRedirectUri(signIn.redirectUri().toString());
        return m_browser.authorize(url.first().first().toUrl());
    }

    static std::pair<F, QString> failure(QSignalSpy &failed) {
        if (failed.isEmpty())
            return {F::None, QString()};
        return {failed.first().at(0).value<F>(), failed.first().at(1).toString()};
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
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<OktaClient>(m_nam.get(), m_org->baseUrl(), nullptr);
        m_browser.onListening = [this](const QUrl &uri) {
            m_org->addRedirectUri(uri.toString());
        };
    }

    void signInEndToEnd() {
        BrowserSignIn signIn(m_client.get(), credentials(), defaultScopes(), 0);
        QSignalSpy states(&signIn, &BrowserSignIn::stateChanged);
        QSignalSpy urlReady(&signIn, &BrowserSignIn::authorizationUrlReady);
        QSignalSpy ok(&signIn, &BrowserSignIn::succeeded);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        signIn.start();
        QCOMPARE(signIn.state(), S::WaitingForBrowser);
        QCOMPARE(urlReady.count(), 1);
        const quint16 port = signIn.listener()->port();
        QVERIFY(port != 0);
        QCOMPARE(signIn.redirectUri().toString(), u"http://127.0.0.1:%1/callback"_qs.arg(port));

        // The authorize URL: every parameter present and fully percent-encoded.
        const QUrl url = urlReady.first().first().toUrl();
        QCOMPARE(url.path(), u"/oauth2/v1/authorize"_qs);
        QCOMPARE(url.host(), m_org->baseUrl().host());
        const QString encoded = QString::fromLatin1(url.toEncoded());
        QVERIFY2(encoded.contains(u"redirect_uri=http%3A%2F%2F127.0.0.1%3A%1%2Fcallback"_qs.arg(port)),
                 qPrintable(encoded));
        QVERIFY(encoded.contains(u"scope=openid%20offline_access%20okta.users.read%20okta.logs.read"_qs));
        QCOMPARE(BrowserPlayer::queryValue(url, u"client_id"_qs), m_org->clientId());
        QCOMPARE(BrowserPlayer::queryValue(url, u"response_type"_qs), u"code"_qs);
        QCOMPARE(BrowserPlayer::queryValue(url, u"code_challenge_method"_qs), u"S256"_qs);
        QCOMPARE(BrowserPlayer::queryValue(url, u"code_challenge"_qs).size(), 43);
        const QString state = BrowserPlayer::queryValue(url, u"state"_qs);
        QCOMPARE(state.size(), 32);

        // The org redirects the browser to our loopback URI with a code and our state, once
        // that URI is registered on the app, port included.
        m_org->addRedirectUri(signIn.redirectUri().toString());
        const QUrl back = m_browser.authorize(url);
        QVERIFY(!back.isEmpty());
        QCOMPARE(back.scheme(), u"http"_qs);
        QCOMPARE(back.host(), u"127.0.0.1"_qs);
        QCOMPARE(back.port(), int(port));
        QCOMPARE(back.path(), u"/callback"_qs);
        QCOMPARE(BrowserPlayer::queryValue(back, u"state"_qs), state);
        QVERIFY(!BrowserPlayer::queryValue(back, u"code"_qs).isEmpty());

        const auto page = m_browser.get(back);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("OktaDesk received the sign-in. You can close this tab."));
        QVERIFY(ok.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(signIn.state(), S::Done);
        QCOMPARE(states.count(), 3);
        QCOMPARE(states.at(0).first().value<S>(), S::WaitingForBrowser);
        QCOMPARE(states.at(1).first().value<S>(), S::ExchangingCode);
        QCOMPARE(states.at(2).first().value<S>(), S::Done);

        const TokenSet tokens = ok.first().first().value<TokenSet>();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(!tokens.idToken.isEmpty());
        QCOMPARE(tokens.tokenType, u"Bearer"_qs);
        QVERIFY(tokens.scopes.contains(u"okta.users.read"_qs));
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt) - 3600) < 30);

        // The listener is closed after the callback; a second one finds nobody.
        QVERIFY(!signIn.listener()->isListening());
        const auto again = m_browser.get(back);
        QCOMPARE(again.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(ok.count(), 1);
        QCOMPARE(failed.count(), 0);

        // The token works for the management API through an OAuthAuthorizer.
        OAuthAuthorizer auth(m_client.get(), credentials(), tokens);
        OktaClient api(m_nam.get(), m_org->baseUrl(), &auth);
        const OktaResult me = run(OktaApi(&api).me());
        QVERIFY2(me.ok(), qPrintable(me.message()));
        QCOMPARE(me.json.object()
                     .value(QLatin1String("profile"))
                     .toObject()
                     .value(QLatin1String("login"))
                     .toString(),
                 m_org->adminLogin());
    }

    void clientSecretPostWorksToo() {
        ClientCredentials post = credentials();
        post.method = ClientCredentials::Method::SecretPost;
        BrowserSignIn signIn(m_client.get(), post, defaultScopes(), 0);
        const TokenSet tokens = m_browser.signIn(signIn);
        QVERIFY(tokens.isValid());
        QVERIFY(tokens.hasRefreshToken());
    }

    void noOfflineAccessNoRefreshToken() {
        BrowserSignIn signIn(m_client.get(), credentials(), {u"okta.users.read"_qs}, 0);
        QCOMPARE(signIn.scopes(), (QStringList{u"openid"_qs, u"okta.users.read"_qs}));
        const TokenSet tokens = m_browser.signIn(signIn);
        QVERIFY(tokens.isValid());
        QVERIFY(!tokens.hasRefreshToken());
    }

    // Issue 11 item 5: a request to the loopback listener that is not this run's callback
    // (a forged or stale state, another path, another method, garbage) is answered and
    // ignored; the listener keeps listening and the real callback still signs in.
    // RFC 6749 §10.12: "The client MUST implement CSRF protection for its redirection URI",
    // the state value binding the response to the request; RFC 8252 §7.3: the native app
    // "MUST be able to accept" the redirect on the loopback interface.
    void strayRequestsDoNotEndTheSignIn() {
        BrowserSignIn signIn(m_client.get(), credentials(), defaultScopes(), 0);
        QSignalSpy ok(&signIn, &BrowserSignIn::succeeded);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QSignalSpy ignored(&signIn, &BrowserSignIn::callbackIgnored);
        const QUrl back = startAndAuthorize(signIn);
        QVERIFY(!back.isEmpty());
        const QString code = BrowserPlayer::queryValue(back, u"code"_qs);
        const quint16 port = quint16(back.port());
        const quint64 before = m_org->requestCount();

        const auto forged =
            m_browser.get(BrowserPlayer::withQueryItem(back, u"state"_qs, u"forged-state"_qs));
        QCOMPARE(forged.status, 400);
        QVERIFY(forged.body.contains("does not belong to"));
        QUrl otherPath = back;
        otherPath.setPath(u"/callbackx"_qs);
        QCOMPARE(m_browser.get(otherPath).status, 404);
        const QByteArray target = back.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        QVERIFY(
            BrowserPlayer::raw(port, "POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
                .startsWith("HTTP/1.1 405"));
        QVERIFY(BrowserPlayer::raw(port, "HELLO\r\n\r\n").startsWith("HTTP/1.1 400"));
        // A client that connects and says nothing does not block the browser either.
        QTcpSocket silent;
        silent.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QTRY_COMPARE(silent.state(), QAbstractSocket::ConnectedState);

        QCOMPARE(ignored.count(), 4);
        for (const QList<QVariant> &note : std::as_const(ignored))
            QVERIFY(!note.first().toString().contains(code)); // never the code, never the URL
        QCOMPARE(failed.count(), 0);
        QCOMPARE(signIn.state(), S::WaitingForBrowser);
        QVERIFY(signIn.listener()->isListening());
        QCOMPARE(m_org->requestCount(), before); // nothing reached the token endpoint

        // The real redirect, afterwards, still completes the sign-in.
        const auto page = m_browser.get(back);
        QCOMPARE(page.status, 200);
        QVERIFY(ok.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(signIn.state(), S::Done);
        QVERIFY(!signIn.listener()->isListening());
    }

    void deniedConsentIsAccessDenied() {
        BrowserSignIn signIn(m_client.get(), credentials(), defaultScopes(), 0);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QSignalSpy url(&signIn, &BrowserSignIn::authorizationUrlReady);
        signIn.start();
        QCOMPARE(url.count(), 1);
        const QString state = BrowserPlayer::queryValue(url.first().first().toUrl(), u"state"_qs);
        // What Okta sends when the user refuses consent or is not assigned to the app.
        QUrl denied = signIn.redirectUri();
        denied = BrowserPlayer::withQueryItem(denied, u"error"_qs, u"access_denied"_qs);
        denied = BrowserPlayer::withQueryItem(denied, u"error_description"_qs,
                                              u"User is not assigned to the client application."_qs);
        denied = BrowserPlayer::withQueryItem(denied, u"state"_qs, state);
        QCOMPARE(m_browser.get(denied).status, 200);
        QTRY_COMPARE(failed.count(), 1);
        const auto [kind, message] = failure(failed);
        QCOMPARE(kind, F::AccessDenied);
        QVERIFY(message.contains(u"consent"_qs));
        QVERIFY(message.contains(u"assigned to the app"_qs));
        QVERIFY(message.contains(u"User is not assigned to the client application."_qs));
        QCOMPARE(signIn.state(), S::Failed);
    }

    void unknownScopeIsInvalidScope() {
        // The demo app has no grant for okta.idps.manage: /authorize redirects with invalid_scope.
        BrowserSignIn signIn(m_client.get(), credentials(), {u"okta.idps.manage"_qs}, 0);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        const QUrl back = startAndAuthorize(signIn);
        QCOMPARE(BrowserPlayer::queryValue(back, u"error"_qs), u"invalid_scope"_qs);
        m_browser.get(back);
        QTRY_COMPARE(failed.count(), 1);
        const auto [kind, message] = failure(failed);
        QCOMPARE(kind, F::InvalidScope);
        QVERIFY(message.contains(u"Okta API Scopes"_qs));
    }

    void wrongSecretIsInvalidClient() {
        BrowserSignIn signIn(m_client.get(), credentials(u"not-the-secret"_qs), defaultScopes(), 0);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QVERIFY(!m_browser.signIn(signIn).isValid());
        const auto [kind, message] = failure(failed);
        QCOMPARE(kind, F::InvalidClient);
        QVERIFY(message.contains(u"client secret"_qs));
        QVERIFY(!message.contains(u"not-the-secret"_qs));
        QCOMPARE(signIn.state(), S::Failed);
    }

    void usedCodeIsCodeExpired() {
        BrowserSignIn first(m_client.get(), credentials(), defaultScopes(), 0);
        QUrl firstBack;
        QVERIFY(m_browser.signIn(first, &firstBack).isValid());
        const QString usedCode = BrowserPlayer::queryValue(firstBack, u"code"_qs);

        // A second run receives the first run's (already redeemed) code with its own state.
        BrowserSignIn second(m_client.get(), credentials(), defaultScopes(), 0);
        QSignalSpy failed(&second, &BrowserSignIn::failed);
        const QUrl back = startAndAuthorize(second);
        m_browser.get(BrowserPlayer::withQueryItem(back, u"code"_qs, usedCode));
        QTRY_COMPARE(failed.count(), 1);
        const auto [kind, message] = failure(failed);
        QCOMPARE(kind, F::CodeExpired);
        QVERIFY(message.contains(u"expired or was already used"_qs));
        QVERIFY(!message.contains(usedCode));
    }

    void portInUse_data() {
        QTest::addColumn<bool>("anyInterface");
        QTest::newRow("taken on 127.0.0.1") << false;
        QTest::newRow("taken on every interface") << true;
    }
    void portInUse() {
        QFETCH(bool, anyInterface);
        QTcpServer squatter;
        QVERIFY(squatter.listen(
            anyInterface ? QHostAddress(QHostAddress::AnyIPv4) : QHostAddress(QHostAddress::LocalHost), 0));
        const quint16 port = squatter.serverPort();
        BrowserSignIn signIn(m_client.get(), credentials(), defaultScopes(), port);
        QSignalSpy url(&signIn, &BrowserSignIn::authorizationUrlReady);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        signIn.start();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(url.count(), 0);
        const auto [kind, message] = failure(failed);
        QCOMPARE(kind, F::PortInUse);
        QVERIFY(message.contains(QString::number(port)));
        QVERIFY(message.contains(u"another port"_qs));
        QCOMPARE(signIn.state(), S::Failed);
    }

    void cancelFreesThePort() {
        const quint16 port = freePort();
        QVERIFY(port);
        BrowserSignIn signIn(m_client.get(), credentials(), defaultScopes(), port);
        QCOMPARE(signIn.redirectUri().toString(), u"http://127.0.0.1:%1/callback"_qs.arg(port));
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        const QUrl back = startAndAuthorize(signIn);
        QCOMPARE(back.port(), int(port));
        QVERIFY(signIn.listener()->isListening());
        signIn.cancel();
        QCOMPARE(failed.count(), 1);
        const auto [kind, message] = failure(failed);
        QCOMPARE(kind, F::Cancelled);
        QVERIFY(message.contains(u"cancelled"_qs));
        QCOMPARE(signIn.state(), S::Failed);
        signIn.cancel(); // a second cancel is a no-op
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_browser.get(back).error, QNetworkReply::ConnectionRefusedError);
        QTcpServer again;
        QVERIFY2(again.listen(QHostAddress(QHostAddress::LocalHost), port), qPrintable(again.errorString()));
        again.close();

        // The same object can run again on the same fixed port.
        QVERIFY(m_browser.signIn(signIn).isValid());
        QCOMPARE(signIn.state(), S::Done);
    }

    void listensOn127001Only() {
        // The detector itself: a socket on every interface shows up as 00000000.
        QTcpServer wide;
        QVERIFY(wide.listen(QHostAddress(QHostAddress::AnyIPv4), 0));
        QCOMPARE(listeningAddresses(wide.serverPort()), QStringList{u"00000000"_qs});
        wide.close();

        BrowserSignIn signIn(m_client.get(), credentials(), defaultScopes(), 0);
        signIn.start();
        LoopbackListener *listener = signIn.listener();
        QVERIFY(listener && listener->isListening());
        const quint16 port = listener->port();
        QCOMPARE(signIn.redirectUri().host(), u"127.0.0.1"_qs);
        QCOMPARE(signIn.redirectUri().port(), int(port));
        if (QFile::exists(u"/proc/net/tcp"_qs))
            QCOMPARE(listeningAddresses(port), QStringList{u"0100007F"_qs}); // 127.0.0.1, nothing else

        // Connecting through another local address must fail.
        QHostAddress other;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                other = a;
        if (other.isNull()) {
            qInfo("No non-loopback IPv4 address on this machine; the /proc/net/tcp check stands alone.");
        } else {
            QTcpSocket socket;
            QSignalSpy errors(&socket, &QAbstractSocket::errorOccurred);
            socket.connectToHost(other, port);
            QTRY_VERIFY(!errors.isEmpty() || socket.state() == QAbstractSocket::ConnectedState);
            QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
            QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
        }
        QTcpSocket loopback;
        loopback.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        QTRY_COMPARE(loopback.state(), QAbstractSocket::ConnectedState);
        loopback.abort();
        signIn.cancel();
    }

    void cancelDuringCodeExchange() {
        demo::FaultOptions slow;
        slow.pathPrefix = u"/oauth2/v1/token"_qs;
        slow.slowResponseMs = 1500;
        m_org->setFaults(slow);
        BrowserSignIn signIn(m_client.get(), credentials(), defaultScopes(), 0);
        QSignalSpy ok(&signIn, &BrowserSignIn::succeeded);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        m_browser.get(startAndAuthorize(signIn));
        QTRY_COMPARE(signIn.state(), S::ExchangingCode);
        signIn.cancel();
        QCOMPARE(failure(failed).first, F::Cancelled);
        QTest::qWait(2000); // the token response would have arrived by now
        m_org->setFaults({});
        QCOMPARE(ok.count(), 0);
        QCOMPARE(failed.count(), 1);
    }

    void droppedTokenResponseIsNetwork() {
        demo::FaultOptions drop;
        drop.pathPrefix = u"/oauth2/v1/token"_qs;
        drop.dropMidBodyEvery = 1;
        m_org->setFaults(drop);
        BrowserSignIn signIn(m_client.get(), credentials(), defaultScopes(), 0);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        const bool signedIn = m_browser.signIn(signIn).isValid();
        m_org->setFaults({});
        QVERIFY(!signedIn);
        const auto [kind, message] = failure(failed);
        QCOMPARE(kind, F::Network);
        QVERIFY(message.contains(u"could not reach Okta"_qs));
    }

    void noCallbackTimesOut() {
        BrowserSignIn signIn(m_client.get(), credentials(), defaultScopes(), 0);
        QCOMPARE(signIn.callbackTimeout(), std::chrono::milliseconds(std::chrono::minutes(5)));
        signIn.setCallbackTimeout(std::chrono::milliseconds(200));
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        signIn.start();
        QVERIFY(failed.wait(5000));
        const auto [kind, message] = failure(failed);
        QCOMPARE(kind, F::Timeout);
        QVERIFY(message.contains(u"in time"_qs));
        QVERIFY(!signIn.listener()->isListening());
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstBrowserSignIn)
#include "tst_browsersignin.moc"

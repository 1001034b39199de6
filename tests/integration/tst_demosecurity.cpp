// The demo org as what it is, a server on the user's machine (issue 11 item 7), and as an
// authorization server that treats OktaDesk's OAuth apps as Okta does (issue 7 items 2 and
// 3), over loopback.
#include "core/auth/browsersignin.h"
#include "core/auth/oauthauthorizer.h"
#include "core/auth/tokenrevoker.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "demo/demoorg.h"
#include "demo/httpconnection.h"
#include "support/browserplayer.h"
#include "support/oktawait.h"
#include "support/specchecker.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace okta;
using okta::test::BrowserPlayer;
using okta::test::run;

namespace {

demo::DemoOptions smallOrg() {
    demo::DemoOptions o;
    o.users = 30;
    o.groups = 3;
    o.events = 10;
    return o;
}

QUrl authorizeUrl(const demo::DemoOrg &org, const QString &clientId, const QString &redirectUri) {
    QUrl url = org.baseUrl();
    url.setPath(u"/oauth2/v1/authorize"_qs);
    QUrlQuery q;
    for (const auto &[key, value] : {std::pair{u"client_id"_qs, clientId},
                                     {u"redirect_uri"_qs, redirectUri},
                                     {u"response_type"_qs, u"code"_qs},
                                     {u"scope"_qs, u"openid offline_access"_qs},
                                     {u"state"_qs, u"st"_qs},
                                     {u"code_challenge"_qs, QString(43, u'c')},
                                     {u"code_challenge_method"_qs, u"S256"_qs}})
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(q);
    return url;
}

} // namespace

class TstDemoSecurity : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    std::unique_ptr<okta::test::RecordingNam> m_nam;
    std::unique_ptr<OktaClient> m_tokenClient;
    BrowserPlayer m_browser;

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<TokenSet>();
        m_org = std::make_unique<demo::DemoOrg>(smallOrg());
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        m_nam = std::make_unique<okta::test::RecordingNam>();
        m_tokenClient = std::make_unique<OktaClient>(m_nam.get(), m_org->baseUrl(), nullptr);
        m_browser.onListening = [this](const QUrl &uri) {
            m_org->addRedirectUri(uri.toString());
        };
    }

    // Issue 11 item 7: the credentials are random for each start, never derived from the
    // (public, reproducible) seed.
    void credentialsAreRandomForEachStart() {
        const demo::DemoOrg a(smallOrg());
        const demo::DemoOrg b(smallOrg());
        QCOMPARE(a.apiToken().size(), 42);
        QVERIFY(a.apiToken().startsWith(u"00"_qs));
        QVERIFY(a.apiToken() != b.apiToken());
        QVERIFY(a.clientSecret() != b.clientSecret());
        QVERIFY(a.clientSecret().size() >= 40);
        // The running org accepts its own token, and no other.
        StaticAuthorizer ssws(StaticAuthorizer::Scheme::Ssws, m_org->apiToken());
        OktaClient client(m_nam.get(), m_org->baseUrl(), &ssws);
        QVERIFY(run(OktaApi(&client).me()).ok());
        StaticAuthorizer other(StaticAuthorizer::Scheme::Ssws, a.apiToken());
        OktaClient wrong(m_nam.get(), m_org->baseUrl(), &other);
        QCOMPARE(run(OktaApi(&wrong).me()).httpStatus, 401);
    }

    // Issue 11 item 7: a connection that completes no request in time is closed, whether it
    // says nothing or trickles a request byte by byte.
    void idleConnectionsAreClosed() {
        demo::DemoOptions o = smallOrg();
        o.idleTimeoutMs = 300;
        demo::DemoOrg org(o);
        QVERIFY(org.start());
        QTcpSocket silent;
        silent.connectToHost(QHostAddress(QHostAddress::LocalHost), org.port());
        QTcpSocket trickle;
        trickle.connectToHost(QHostAddress(QHostAddress::LocalHost), org.port());
        QTRY_VERIFY(silent.state() == QAbstractSocket::ConnectedState &&
                    trickle.state() == QAbstractSocket::ConnectedState);
        trickle.write("GET /.well-known/openid-configuration HTTP/1.1\r\nHost: x\r\n");
        QTimer drip;
        connect(&drip, &QTimer::timeout, &trickle, [&trickle] { trickle.write("X"); });
        drip.start(50);
        QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(trickle.state() == QAbstractSocket::UnconnectedState, 20000);
        drip.stop();

        // A client that keeps asking is served on one connection throughout.
        QTcpSocket busy;
        busy.connectToHost(QHostAddress(QHostAddress::LocalHost), org.port());
        QTRY_VERIFY(busy.state() == QAbstractSocket::ConnectedState);
        QByteArray answers;
        for (int i = 0; i < 5; ++i) {
            busy.write("GET /.well-known/openid-configuration HTTP/1.1\r\nHost: x\r\n\r\n");
            const int before = int(answers.count("HTTP/1.1 200"));
            QTRY_VERIFY((answers += busy.readAll()).count("HTTP/1.1 200") > before);
        }
        QCOMPARE(busy.state(), QAbstractSocket::ConnectedState);
    }

    // Issue 11 item 7: 200 MB of pipelined requests from a client that never reads its
    // answers does not make the server buffer them; it stops reading (TCP pushes back) once
    // one request's worth is buffered, and serves everyone else meanwhile.
    void pipelinedFloodDoesNotGrowTheBuffer() {
        demo::DemoOrg org(smallOrg());
        QVERIFY(org.start());
        QTcpSocket flood;
        flood.setReadBufferSize(64 * 1024); // the client never reads its answers: TCP holds them
        flood.connectToHost(QHostAddress(QHostAddress::LocalHost), org.port());
        QTRY_VERIFY(flood.state() == QAbstractSocket::ConnectedState);
        const QByteArray request =
            "GET /.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QByteArray chunk = request.repeated((1 << 20) / request.size());
        constexpr qint64 total = 200LL * 1024 * 1024;
        qint64 queued = 0;
        // Keep at most 4 MB queued in the client; stop once nothing has drained for a while.
        const auto topUp = [&] {
            while (queued < total && flood.bytesToWrite() < 4 * 1024 * 1024) {
                flood.write(chunk);
                queued += chunk.size();
            }
            return queued >= total && flood.bytesToWrite() == 0;
        };
        qint64 lastSent = -1;
        for (int stalls = 0; stalls < 4;) {
            (void)QTest::qWaitFor(topUp, 500);
            const qint64 sent = queued - flood.bytesToWrite();
            if (sent >= total)
                break;
            stalls = sent == lastSent ? stalls + 1 : 0;
            lastSent = sent;
        }
        const qint64 sent = queued - flood.bytesToWrite();
        qInfo("flood: %lld MB accepted by the kernel, server peak buffer %llu KB", sent >> 20,
              org.peakBufferedBytes() >> 10);
        QVERIFY2(sent > demo::HttpConnection::MaxBufferedBytes, "the flood must reach the cap");
        QVERIFY(org.peakBufferedBytes() > 0);
        QVERIFY2(org.peakBufferedBytes() <= quint64(demo::HttpConnection::MaxBufferedBytes),
                 qPrintable(QString::number(org.peakBufferedBytes())));
        QVERIFY2(sent < total, "the server read the whole flood instead of pushing back");

        // Another client is served meanwhile.
        StaticAuthorizer ssws(StaticAuthorizer::Scheme::Ssws, org.apiToken());
        OktaClient client(m_nam.get(), org.baseUrl(), &ssws);
        QVERIFY(run(OktaApi(&client).me()).ok());
        flood.abort();
    }

    // Issue 7 item 2. okta-api-notes.md: "The `redirect_uri` sent must match a registered
    // Sign-in redirect URI **exactly**: scheme, trailing slash, case and **port** included
    // [KB-REDIRECT]." A URI that is not registered gets Okta's error page, not a redirect.
    void redirectUriMustMatchExactly() {
        const QString id = m_org->clientId();
        const okta::test::Hop registered =
            m_browser.get(authorizeUrl(*m_org, id, u"http://127.0.0.1:53682/callback"_qs));
        QCOMPARE(registered.status, 302);
        QCOMPARE(registered.location.port(), 53682);
        QVERIFY(!BrowserPlayer::queryValue(registered.location, u"code"_qs).isEmpty());
        QCOMPARE(m_browser.get(authorizeUrl(*m_org, id, u"http://localhost:53682/callback"_qs)).status, 302);

        for (const QString &refused :
             {u"http://127.0.0.1:53683/callback"_qs, u"http://127.0.0.1:53682/callback/"_qs,
              u"http://127.0.0.1/callback"_qs, u"https://127.0.0.1:53682/callback"_qs,
              u"http://127.0.0.1:53682/Callback"_qs}) {
            const okta::test::Hop hop = m_browser.get(authorizeUrl(*m_org, id, refused));
            QVERIFY2(hop.status == 400 && hop.location.isEmpty(), qPrintable(refused));
            QVERIFY(hop.body.contains("redirect_uri"));
            QVERIFY(hop.body.contains("Sign-in redirect URI"));
        }
        // Registered on the app, the same port is accepted.
        m_org->addRedirectUri(u"http://127.0.0.1:53683/callback"_qs);
        QCOMPARE(m_browser.get(authorizeUrl(*m_org, id, u"http://127.0.0.1:53683/callback"_qs)).status, 302);
    }

    // Issue 7 item 3. okta-api-notes.md: "a public client uses `token_endpoint_auth_method=none`,
    // and then `pkce_required` must be true." Signed in, refreshed and revoked with the
    // client ID alone: never a secret, never an Authorization header on /token or /revoke.
    void publicClientEndToEnd() {
        const ClientCredentials publicApp{m_org->publicClientId(), Secret()};
        QVERIFY(publicApp.isPublic());
        BrowserSignIn signIn(m_tokenClient.get(), publicApp,
                             {u"openid"_qs, u"offline_access"_qs, u"okta.users.read"_qs}, 0);
        m_nam->requests.clear();
        const TokenSet tokens = m_browser.signIn(signIn);
        QVERIFY(tokens.isValid());
        QVERIFY(tokens.hasRefreshToken());
        const auto tokenRequests = [this] {
            QList<okta::test::RecordedRequest> found;
            for (const okta::test::RecordedRequest &r : std::as_const(m_nam->requests))
                if (r.url.path().startsWith(u"/oauth2/v1/"_qs))
                    found.append(r);
            return found;
        };
        QCOMPARE(tokenRequests().size(), 1);
        const okta::test::RecordedRequest exchange = tokenRequests().constFirst();
        QVERIFY(exchange.header("Authorization").isEmpty());
        const QUrlQuery form(QString::fromLatin1(exchange.body));
        QCOMPARE(form.queryItemValue(u"client_id"_qs), m_org->publicClientId());
        QVERIFY(!form.hasQueryItem(u"client_secret"_qs));
        QVERIFY(form.hasQueryItem(u"code_verifier"_qs));

        // The token works; it refreshes with the client ID alone.
        OAuthAuthorizer auth(m_tokenClient.get(), publicApp, tokens);
        OktaClient api(m_nam.get(), m_org->baseUrl(), &auth);
        QVERIFY(run(OktaApi(&api).me()).ok());
        QSignalSpy refreshed(&auth, &Authorizer::refreshFinished);
        auth.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(refreshed.first().first().toBool(), qPrintable(refreshed.first().at(1).toString()));
        QVERIFY(auth.tokens().accessToken != tokens.accessToken);
        QVERIFY(run(OktaApi(&api).me()).ok());

        // And it revokes with the client ID alone: the refresh token is dead afterwards.
        TokenRevoker revoker(m_tokenClient.get(), publicApp);
        QSignalSpy revoked(&revoker, &TokenRevoker::finished);
        revoker.revoke(auth.tokens());
        QVERIFY(revoked.wait(10000));
        QVERIFY2(revoked.first().first().toBool(), qPrintable(revoked.first().at(1).toString()));
        for (const okta::test::RecordedRequest &r : tokenRequests())
            QVERIFY2(r.header("Authorization").isEmpty(), qPrintable(r.url.path()));
        QSignalSpy dead(&auth, &OAuthAuthorizer::reauthorizationNeeded);
        auth.refresh();
        QVERIFY(dead.wait(10000));
    }

    // Issue 7 item 3: the public client proves nothing but PKCE, so a secret sent for it is
    // refused; the confidential app without its secret is refused as before.
    void eachAppAuthenticatesItsOwnWay() {
        BrowserSignIn withSecret(m_tokenClient.get(), {m_org->publicClientId(), Secret("made-up")},
                                 {u"openid"_qs}, 0);
        QSignalSpy failed(&withSecret, &BrowserSignIn::failed);
        QVERIFY(!m_browser.signIn(withSecret).isValid());
        QCOMPARE(failed.first().first().value<BrowserSignIn::Failure>(),
                 BrowserSignIn::Failure::InvalidClient);

        BrowserSignIn noSecret(m_tokenClient.get(), {m_org->clientId(), Secret()}, {u"openid"_qs}, 0);
        QSignalSpy refused(&noSecret, &BrowserSignIn::failed);
        QVERIFY(!m_browser.signIn(noSecret).isValid());
        QCOMPARE(refused.first().first().value<BrowserSignIn::Failure>(),
                 BrowserSignIn::Failure::InvalidClient);
    }

    // Issue 7 item 3. Okta's OAuth spec, example OrgASOidcMetadata (the org authorization
    // server): "scopes_supported: - openid - email - profile - address - phone -
    // offline_access - groups", and token_endpoint_auth_methods_supported includes "none".
    void discoveryListsTheOrgServersScopes() {
        const OktaResult wk = run(m_tokenClient->getAnonymous(u"/.well-known/openid-configuration"_qs));
        QVERIFY(wk.ok());
        QStringList scopes;
        const QJsonArray supported = wk.json.object().value(u"scopes_supported"_qs).toArray();
        for (const QJsonValue &v : supported)
            scopes.append(v.toString());
        scopes.sort();
        QCOMPARE(scopes, (QStringList{u"address"_qs, u"email"_qs, u"groups"_qs, u"offline_access"_qs,
                                      u"openid"_qs, u"phone"_qs, u"profile"_qs}));
        QVERIFY(wk.json.object()
                    .value(u"token_endpoint_auth_methods_supported"_qs)
                    .toArray()
                    .contains(u"none"_qs));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstDemoSecurity)
#include "tst_demosecurity.moc"

#pragma once

// Plays the system browser for BrowserSignIn tests: GETs the authorize URL without
// following redirects, reads the Location, then GETs the loopback redirect itself.

#include "core/auth/browsersignin.h"
#include "core/auth/tokenset.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace okta::test {

struct Hop {
    bool done = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QUrl location;
    QByteArray body;
};

class BrowserPlayer {
public:
    // Called with the redirect URI of every run signIn() starts, once it listens: where a
    // test registers a run's port on the demo org (which, as Okta, accepts only the exact
    // registered URI).
    std::function<void(const QUrl &redirectUri)> onListening;

    BrowserPlayer()
        : m_nam(std::make_unique<QNetworkAccessManager>()) {}

    Hop get(const QUrl &url, int timeoutMs = 10000) {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // A fresh connection per hop, like a browser tab hitting a one-shot loopback server.
        request.setRawHeader("Connection", "close");
        QNetworkReply *reply = m_nam->get(request);
        Hop hop;
        hop.done = QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
        hop.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        hop.error = reply->error();
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty())
            hop.location = QUrl::fromEncoded(location, QUrl::StrictMode);
        hop.body = reply->readAll();
        reply->deleteLater();
        return hop;
    }

    // The Location the org's /authorize sends the browser to (302), or an empty URL.
    QUrl authorize(const QUrl &authorizeUrl) {
        const Hop hop = get(authorizeUrl);
        return hop.status == 302 ? hop.location : QUrl();
    }

    // Sends `request` as it is to 127.0.0.1:port (what no browser sends: another method, a
    // malformed line) and returns what came back.
    static QByteArray raw(quint16 port, const QByteArray &request) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
            return {};
        socket.write(request);
        QByteArray answer;
        (void)QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return answer + socket.readAll();
    }

    static QUrl withQueryItem(QUrl url, const QString &key, const QString &value) {
        QUrlQuery q(url);
        q.removeAllQueryItems(key);
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(q);
        return url;
    }

    static QString queryValue(const QUrl &url, const QString &key) {
        return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
    }

    // Starts the sign-in, plays the browser and waits for the end. Returns the tokens, or an
    // invalid set when it failed; `location` receives the redirect the browser followed.
    TokenSet signIn(BrowserSignIn &signIn, QUrl *location = nullptr) {
        QSignalSpy ok(&signIn, &BrowserSignIn::succeeded);
        QSignalSpy failed(&signIn, &BrowserSignIn::failed);
        QUrl authorizeUrl;
        const auto c = QObject::connect(&signIn, &BrowserSignIn::authorizationUrlReady, &signIn,
                                        [&authorizeUrl](const QUrl &u) { authorizeUrl = u; });
        signIn.start();
        QObject::disconnect(c);
        if (authorizeUrl.isEmpty())
            return {};
        if (onListening)
            onListening(signIn.redirectUri());
        const QUrl back = authorize(authorizeUrl);
        if (location)
            *location = back;
        if (back.isEmpty())
            return {};
        get(back);
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 10000) || ok.isEmpty())
            return {};
        return ok.first().first().value<TokenSet>();
    }

private:
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace okta::test

#pragma once

#include "clientcredentials.h"
#include "loopbacklistener.h"
#include "tokenset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace okta {

class OktaClient;
class OktaJob;
struct OktaResult;

// The authorization code flow with PKCE (S256) on a loopback redirect, against the org
// authorization server (/oauth2/v1/authorize and /token).
//
// start() listens on 127.0.0.1 only (LoopbackListener) and emits authorizationUrlReady();
// the GUI opens the URL in the system browser, the CLI prints it. The browser comes back to
// http://127.0.0.1:PORT/callback. Only a GET of that path whose `state` is this run's ends
// the wait: anything else (another path or method, a stale tab's or a forged state) is
// answered, reported with callbackIgnored() and the listener keeps listening until the
// right one comes or the timeout. The code is exchanged at the token endpoint with the
// verifier. The run ends with exactly one succeeded() or failed().
//
// QtNetworkAuth is not used: on Qt 6.4 its flow has no PKCE, and its reply handler accepts
// any method, answers "success" to any request on the path and logs full callback URLs,
// code included, for requests on other paths.
class BrowserSignIn : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, WaitingForBrowser, ExchangingCode, Done, Failed };
    Q_ENUM(State)
    enum class Failure {
        None,
        PortInUse,     // the loopback port could not be bound
        AccessDenied,  // error=access_denied: consent refused or user not assigned to the app
        InvalidScope,  // a requested scope is not granted to the app
        CodeExpired,   // invalid_grant at the token endpoint: code expired or already used
        InvalidClient, // 401 invalid_client: wrong client ID or secret
        Network,       // the token endpoint could not be reached
        Cancelled,     // cancel() was called
        Timeout,       // no browser callback in time
        Other,
    };
    Q_ENUM(Failure)

    static constexpr QLatin1String CallbackPath{"/callback"};
    // The loopback port OktaDesk suggests registering on the app.
    static constexpr quint16 DefaultPort = 53682;

    // `scopes` gets "openid" added when missing; include "offline_access" for a refresh
    // token. `port` 0 binds any free port (only for servers that accept any loopback
    // port, RFC 8252 §7.3); Okta needs the exact registered port.
    BrowserSignIn(OktaClient *client, const ClientCredentials &credentials, const QStringList &scopes,
                  quint16 port = 0, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    // Starts (or restarts) a sign-in. Emits stateChanged(WaitingForBrowser) and
    // authorizationUrlReady(), or failed(PortInUse) when the port cannot be bound.
    void start();
    // Stops listening, abandons the code exchange and emits failed(Cancelled), unless
    // the run has already ended.
    void cancel();

    State state() const { return m_state; }
    QStringList scopes() const { return m_scopes; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT/callback: the URI to register on the app. Before start() with
    // port 0 it is empty; after start() it names the bound port.
    QUrl redirectUri() const;
    static QUrl redirectUriForPort(quint16 port);
    // The URL of the current run (empty before start()).
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    // The listener of the current run, for tests that check where it listens.
    LoopbackListener *listener() const { return m_listener; }

    // How long to wait for the browser; default 5 minutes, the authorization code's life.
    void setCallbackTimeout(std::chrono::milliseconds timeout) { m_callbackTimeout = timeout; }
    std::chrono::milliseconds callbackTimeout() const { return m_callbackTimeout; }

    // The translated sentence for each failure kind; `detail` is the port for PortInUse,
    // the scopes for InvalidScope, Okta's error_description or Qt's error otherwise.
    static QString messageFor(Failure kind, const QString &detail = {});
    // Why a request to the listener did not end the run: `what` in the listener's words,
    // or empty for a response whose state is not this run's.
    static QString ignoredMessage(const QString &what);

Q_SIGNALS:
    void authorizationUrlReady(const QUrl &url);
    // Something reached the listener that was not this run's callback; the run goes on.
    // `message` is one translated sentence, without any URL or query.
    void callbackIgnored(const QString &message);
    void stateChanged(okta::BrowserSignIn::State state);
    void succeeded(const okta::TokenSet &tokens);
    void failed(okta::BrowserSignIn::Failure kind, const QString &message);

private:
    // The listener's handler: whether `query` is this run's callback, and what the tab shows.
    LoopbackListener::Reply onCallback(const QUrlQuery &query);
    void exchangeCode(const QString &code);
    void onTokenResult(const OktaResult &result);
    void fail(Failure kind, const QString &message);
    void setState(State state);
    void stopListening();
    QUrl buildAuthorizationUrl() const;

    QPointer<OktaClient> m_client;
    ClientCredentials m_credentials;
    QStringList m_scopes;
    quint16 m_port = 0;
    State m_state = State::Idle;
    LoopbackListener *m_listener = nullptr;
    QPointer<OktaJob> m_tokenJob;
    QTimer m_callbackTimer;
    std::chrono::milliseconds m_callbackTimeout = std::chrono::minutes(5);
    QUrl m_redirectUri;
    QUrl m_authorizationUrl;
    Secret m_verifier; // secret until the exchange; wiped when the run ends
    QByteArray m_stateValue;
};

} // namespace okta

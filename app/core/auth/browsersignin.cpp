#include "browsersignin.h"

#include "core/okta/errormessages.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "pkce.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignIn, "oktadesk.auth.signin", QtWarningMsg)

namespace okta {

namespace {
QString field(const QUrlQuery &query, QLatin1String key) {
    return query.queryItemValue(key, QUrl::FullyDecoded);
}
} // namespace

BrowserSignIn::BrowserSignIn(OktaClient *client, const ClientCredentials &credentials,
                             const QStringList &scopes, quint16 port, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_credentials(credentials)
    , m_scopes(scopes)
    , m_port(port) {
    m_scopes.removeDuplicates();
    m_scopes.removeAll(QString());
    if (!m_scopes.contains(QLatin1String("openid")))
        m_scopes.prepend(QStringLiteral("openid"));
    m_callbackTimer.setSingleShot(true);
    connect(&m_callbackTimer, &QTimer::timeout, this,
            [this] { fail(Failure::Timeout, messageFor(Failure::Timeout)); });
}

BrowserSignIn::~BrowserSignIn() {
    // We may be destroyed from a slot that the listener's own callback led to; let it
    // finish answering the browser before it goes.
    if (m_listener) {
        m_listener->disconnect(this);
        m_listener->close();
        m_listener->setParent(nullptr);
        m_listener->deleteLater();
    }
    if (m_tokenJob) {
        m_tokenJob->disconnect(this);
        m_tokenJob->cancel();
    }
}

QUrl BrowserSignIn::redirectUriForPort(quint16 port) {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(CallbackPath);
    return url;
}

QUrl BrowserSignIn::redirectUri() const {
    if (!m_redirectUri.isEmpty())
        return m_redirectUri;
    return m_port ? redirectUriForPort(m_port) : QUrl();
}

void BrowserSignIn::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BrowserSignIn::start() {
    if (m_state == State::WaitingForBrowser || m_state == State::ExchangingCode)
        cancel();
    if (m_listener) {
        m_listener->disconnect(this);
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    m_redirectUri.clear();
    m_authorizationUrl.clear();
    if (!m_client) {
        fail(Failure::Other, messageFor(Failure::Other, tr("No org connection is set up.")));
        return;
    }
    m_listener = new LoopbackListener(
        CallbackPath, [this](const QUrlQuery &query) { return onCallback(query); }, this);
    if (!m_listener->listen(m_port)) {
        qCInfo(lcSignIn) << "cannot listen on 127.0.0.1 port" << m_port;
        fail(Failure::PortInUse, messageFor(Failure::PortInUse, QString::number(m_port)));
        return;
    }
    connect(m_listener, &LoopbackListener::ignored, this, [this](const QString &what) {
        qCInfo(lcSignIn) << "ignored" << what;
        Q_EMIT callbackIgnored(ignoredMessage(what));
    });

    QByteArray verifier = Pkce::codeVerifier();
    m_verifier = Secret(verifier);
    wipeSecret(verifier);
    m_stateValue = Pkce::state();
    m_redirectUri = redirectUriForPort(m_listener->port());
    m_authorizationUrl = buildAuthorizationUrl();
    qCInfo(lcSignIn) << "waiting for the browser on" << m_redirectUri.toString();
    m_callbackTimer.start(m_callbackTimeout);
    setState(State::WaitingForBrowser);
    Q_EMIT authorizationUrlReady(m_authorizationUrl);
}

QUrl BrowserSignIn::buildAuthorizationUrl() const {
    QUrlQuery query;
    const auto add = [&query](const char *key, const QString &value) {
        ClientCredentials::addFormField(query, QLatin1String(key), value);
    };
    add("client_id", m_credentials.clientId);
    add("response_type", QStringLiteral("code"));
    add("scope", m_scopes.join(QLatin1Char(' ')));
    add("redirect_uri", m_redirectUri.toString(QUrl::FullyEncoded));
    add("state", QString::fromLatin1(m_stateValue));
    add("code_challenge", QString::fromLatin1(Pkce::challengeS256(m_verifier.view())));
    add("code_challenge_method", QStringLiteral("S256"));
    QUrl url = m_client->url(QStringLiteral("/oauth2/v1/authorize"));
    url.setQuery(query);
    return url;
}

void BrowserSignIn::cancel() {
    if (m_state != State::WaitingForBrowser && m_state != State::ExchangingCode)
        return;
    fail(Failure::Cancelled, messageFor(Failure::Cancelled));
}

void BrowserSignIn::stopListening() {
    m_callbackTimer.stop();
    if (m_listener) {
        // Closed, not deleted: it may still be answering the browser that just called.
        m_listener->disconnect(this);
        m_listener->close();
    }
}

LoopbackListener::Reply BrowserSignIn::onCallback(const QUrlQuery &query) {
    const QString notOurs = tr("This sign-in response does not belong to OktaDesk's current sign-in, so it "
                               "was ignored. Use the newest OktaDesk sign-in tab.");
    // A stale tab's, a forged link's or a local page's request: answered, reported, and the
    // wait goes on (RFC 6749 §10.12: the state binds the response to this request).
    const QByteArray state = field(query, QLatin1String("state")).toUtf8();
    if (m_state != State::WaitingForBrowser || m_stateValue.isEmpty() || state != m_stateValue) {
        qCInfo(lcSignIn) << "callback with a state that is not ours";
        Q_EMIT callbackIgnored(ignoredMessage({}));
        return {400, notOurs, false};
    }
    const QString failedPage = tr("OktaDesk could not complete the sign-in. Return to OktaDesk for details.");
    const QString error = field(query, QLatin1String("error"));
    const QString description = field(query, QLatin1String("error_description"));
    const QString code = field(query, QLatin1String("code"));
    // Failing or exchanging from the event loop: the listener answers this tab first.
    if (!error.isEmpty()) {
        qCInfo(lcSignIn) << "authorization error" << error;
        stopListening();
        QTimer::singleShot(0, this, [this, error, description] {
            if (error == QLatin1String("access_denied"))
                fail(Failure::AccessDenied, messageFor(Failure::AccessDenied, description));
            else if (error == QLatin1String("invalid_scope"))
                fail(Failure::InvalidScope, messageFor(Failure::InvalidScope, description));
            else
                fail(Failure::Other,
                     messageFor(Failure::Other, ErrorMessages::forOAuthError(error, description)));
        });
        return {200, failedPage, true};
    }
    if (code.isEmpty()) {
        stopListening();
        QTimer::singleShot(0, this, [this] {
            fail(Failure::Other,
                 messageFor(Failure::Other, tr("The browser came back without an authorization code.")));
        });
        return {200, failedPage, true};
    }
    stopListening();
    setState(State::ExchangingCode);
    QTimer::singleShot(0, this, [this, code] { exchangeCode(code); });
    return {200, tr("OktaDesk received the sign-in. You can close this tab."), true};
}

void BrowserSignIn::exchangeCode(const QString &code) {
    if (m_state != State::ExchangingCode)
        return; // cancelled while the tab was being answered
    if (!m_client) {
        fail(Failure::Other, messageFor(Failure::Other, tr("No org connection is set up.")));
        return;
    }
    QUrlQuery form;
    ClientCredentials::addFormField(form, QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    ClientCredentials::addFormField(form, QStringLiteral("code"), code);
    ClientCredentials::addFormField(form, QStringLiteral("redirect_uri"),
                                    m_redirectUri.toString(QUrl::FullyEncoded));
    ClientCredentials::addFormField(form, QStringLiteral("code_verifier"), m_verifier);
    const Secret basic = m_credentials.apply(form);
    m_tokenJob = m_client->postForm(QStringLiteral("/oauth2/v1/token"), form, basic);
    connect(m_tokenJob, &OktaJob::finished, this, &BrowserSignIn::onTokenResult);
}

void BrowserSignIn::onTokenResult(const OktaResult &result) {
    m_tokenJob = nullptr;
    if (m_state != State::ExchangingCode || result.canceled())
        return;
    if (result.ok()) {
        const TokenSet tokens = TokenSet::fromTokenResponse(result.json.object());
        if (!tokens.isValid()) {
            fail(Failure::Other,
                 messageFor(Failure::Other, tr("Okta's token response carried no access token.")));
            return;
        }
        m_verifier.clear();
        m_stateValue.clear();
        qCInfo(lcSignIn) << "signed in; scopes" << tokens.scopes;
        setState(State::Done);
        Q_EMIT succeeded(tokens);
        return;
    }
    const QString oauthError = result.error.oauthError;
    const QString description = result.error.oauthErrorDescription;
    qCInfo(lcSignIn) << "token exchange failed:" << result.httpStatus << oauthError;
    switch (result.failure) {
    case okta::Failure::Network:
    case okta::Failure::Tls:
    case okta::Failure::Timeout:
        fail(Failure::Network, messageFor(Failure::Network, result.message()));
        return;
    case okta::Failure::Http:
        if (oauthError == QLatin1String("invalid_grant"))
            fail(Failure::CodeExpired, messageFor(Failure::CodeExpired, description));
        else if (oauthError == QLatin1String("invalid_client") || result.httpStatus == 401)
            fail(Failure::InvalidClient, messageFor(Failure::InvalidClient, description));
        else if (oauthError == QLatin1String("invalid_scope"))
            fail(Failure::InvalidScope, messageFor(Failure::InvalidScope, description));
        else if (oauthError == QLatin1String("access_denied"))
            fail(Failure::AccessDenied, messageFor(Failure::AccessDenied, description));
        else
            fail(Failure::Other, messageFor(Failure::Other, result.message()));
        return;
    default:
        fail(Failure::Other, messageFor(Failure::Other, result.message()));
        return;
    }
}

void BrowserSignIn::fail(Failure kind, const QString &message) {
    stopListening();
    if (m_tokenJob) {
        OktaJob *job = m_tokenJob;
        m_tokenJob = nullptr;
        job->disconnect(this);
        job->cancel();
    }
    m_verifier.clear();
    m_stateValue.clear();
    setState(State::Failed);
    Q_EMIT failed(kind, message);
}

} // namespace okta

#include "signin.h"

#include "core/secrets/secretstore.h"
#include "orgcheck.h"
#include "signinmethod.h"

namespace okta {

SignIn::SignIn(OrgCheck *org, SignInMethod *method, QObject *parent)
    : QObject(parent)
    , m_org(org)
    , m_method(method) {
    connect(org, &OrgCheck::orgChanged, this, &SignIn::reset);
    connect(method, &SignInMethod::edited, this, &SignIn::reset);
}

SignIn::~SignIn() {
    delete m_browser;
}

void SignIn::updateTokens(const TokenSet &tokens) {
    m_tokens = tokens;
}

QUrl SignIn::redirectUri() const {
    if (m_browser && !m_browser->redirectUri().isEmpty())
        return m_browser->redirectUri();
    const quint16 port = m_method->redirectPort();
    return port ? BrowserSignIn::redirectUriForPort(port) : QUrl();
}

void SignIn::start() {
    reset();
    if (!m_org->isReady() || !m_org->client()) {
        setState(State::Failed, tr("Check the org domain first."));
        return;
    }
    if (!m_method->isReady()) {
        setState(State::Failed,
                 m_method->isBrowser() ? tr("Enter the client ID first.") : tr("Enter the API token first."));
        return;
    }
    if (!m_method->isBrowser()) {
        setState(State::SignedIn, tr("The API token will be checked on the next page."));
        return;
    }
    m_browser = new BrowserSignIn(m_org->client(), m_method->credentials(), m_method->requestedScopes(),
                                  m_method->redirectPort(), this);
    m_browser->setCallbackTimeout(m_timeout);
    connect(m_browser, &BrowserSignIn::stateChanged, this, [this](BrowserSignIn::State state) {
        if (state == BrowserSignIn::State::WaitingForBrowser) {
            m_authorizationUrl = m_browser->authorizationUrl();
            setState(State::WaitingForBrowser, tr("Waiting for the browser… Sign in there and allow access; "
                                                  "OktaDesk continues on its own."));
        } else if (state == BrowserSignIn::State::ExchangingCode) {
            setState(State::ExchangingCode, tr("The browser is back. Fetching the tokens…"));
        }
    });
    connect(m_browser, &BrowserSignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        Q_EMIT changed();
        Q_EMIT authorizationUrlReady(url);
    });
    // A stale tab or a local page reached the listener: the wait goes on, and says so.
    connect(m_browser, &BrowserSignIn::callbackIgnored, this, [this](const QString &note) {
        if (m_state == State::WaitingForBrowser)
            setState(State::WaitingForBrowser, note);
    });
    connect(m_browser, &BrowserSignIn::succeeded, this, [this](const TokenSet &tokens) {
        m_tokens = tokens;
        setState(State::SignedIn, tr("Signed in. Continue to check the account."));
    });
    connect(m_browser, &BrowserSignIn::failed, this, [this](BrowserSignIn::Failure kind, const QString &why) {
        m_failure = kind;
        setState(State::Failed, why);
    });
    setState(State::Starting, tr("Starting the sign-in…"));
    m_browser->start();
}

void SignIn::cancel() {
    if (m_browser)
        m_browser->cancel();
}

void SignIn::reset() {
    if (m_browser) {
        m_browser->disconnect(this);
        m_browser->cancel();
        m_browser->deleteLater();
        m_browser = nullptr;
    }
    m_tokens = TokenSet(); // its Secrets wipe themselves
    m_authorizationUrl.clear();
    m_failure = BrowserSignIn::Failure::None;
    if (m_state != State::Idle || !m_message.isEmpty())
        setState(State::Idle);
    Q_EMIT restarted();
}

void SignIn::setState(State state, const QString &message) {
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

} // namespace okta

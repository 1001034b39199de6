#pragma once

#include "core/auth/browsersignin.h"
#include "core/auth/tokenset.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

namespace okta {

class OrgCheck;
class SignInMethod;

// The wizard's sign-in step. Browser: listens on 127.0.0.1, emits authorizationUrlReady()
// for the system browser, and ends signed in with the tokens, or failed with the reason.
// API token: accepted as typed (the verification proves it). Anything that changes the org
// or the method voids the sign-in, its tokens wiped.
class SignIn : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Starting, WaitingForBrowser, ExchangingCode, SignedIn, Failed };
    Q_ENUM(State)

    // Neither is owned; both must outlive this step.
    SignIn(OrgCheck *org, SignInMethod *method, QObject *parent = nullptr);
    ~SignIn() override;

    void start();
    void cancel();
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    State state() const { return m_state; }
    BrowserSignIn::Failure failure() const { return m_failure; }
    QString message() const { return m_message; }
    QUrl authorizationUrl() const { return m_authorizationUrl; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    // The URI to register on the app; while a sign-in runs on port 0, the bound port.
    QUrl redirectUri() const;
    // The browser sign-in's tokens (secrets: never shown, never logged).
    const TokenSet &tokens() const { return m_tokens; }
    // A refresh during the verification rotated them; does not void the sign-in.
    void updateTokens(const TokenSet &tokens);

Q_SIGNALS:
    void changed();
    void authorizationUrlReady(const QUrl &url);
    // The sign-in was voided or started again: what was checked with it no longer holds.
    void restarted();

private:
    void reset();
    void setState(State state, const QString &message = {});

    OrgCheck *m_org;
    SignInMethod *m_method;
    QPointer<BrowserSignIn> m_browser;
    std::chrono::milliseconds m_timeout = std::chrono::minutes(5);
    State m_state = State::Idle;
    BrowserSignIn::Failure m_failure = BrowserSignIn::Failure::None;
    QString m_message;
    QUrl m_authorizationUrl;
    TokenSet m_tokens;
};

} // namespace okta

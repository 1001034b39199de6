#include "profilecommands.h"

#include "core/auth/browsersignin.h"
#include "core/auth/orgdomain.h"
#include "core/okta/oktaclient.h"
#include "core/profiles/profilesession.h"
#include "core/profiles/scopeaccess.h"
#include "core/profiles/tokenreplacement.h"
#include "core/scopes/scopecatalog.h"

#include "interrupts.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <chrono>

namespace oktadesk::cli {

ProfilesLoginCommand::~ProfilesLoginCommand() = default;

void ProfilesLoginCommand::watchInterrupts() {
    auto *watcher = new InterruptWatcher(this);
    connect(watcher, &InterruptWatcher::interrupted, this, [this] {
        if (m_signIn)
            m_signIn->cancel(); // failed(Cancelled) ends the command
        else
            failWith(Failure, tr("interrupted; nothing was stored."));
    });
}

void ProfilesLoginCommand::start() {
    const auto profile = findProfile(m_arguments.value(0));
    if (!profile)
        return;
    if (profile->authMethod != okta::AuthMethod::BrowserPkce) {
        failUsage(tr("profile \"%1\" uses an API token; only browser profiles (--client-id) sign in.")
                      .arg(profile->name));
        return;
    }
    watchInterrupts();
    // The client secret (if the app has one) is needed for the code exchange.
    okta::ProfileSecretsJob *job = context()->secrets().load(profile->id);
    const okta::Profile p = *profile;
    connect(job, &okta::ProfileSecretsJob::finished, this, [this, p](okta::ProfileSecretsJob *loaded) {
        if (isDone())
            return;
        if (!loaded->succeeded()) {
            failWith(Failure, loaded->errorString());
            return;
        }
        signIn(p, loaded->secrets().value(okta::SecretKind::ClientSecret));
    });
}

void ProfilesLoginCommand::signIn(const okta::Profile &profile, const okta::Secret &clientSecret) {
    const okta::OrgDomainResult domain = okta::OrgDomain::normalise(profile.domain);
    if (!domain.ok()) {
        failUsage(tr("profile \"%1\": %2").arg(profile.name, domain.message));
        return;
    }
    m_nam = new QNetworkAccessManager(this);
    m_client = new okta::OktaClient(m_nam, domain.baseUrl(), nullptr, this);
    okta::ClientCredentials credentials;
    credentials.clientId = profile.clientId;
    credentials.clientSecret = clientSecret;
    // The read scopes, and the manage scopes of the write features the profile has on.
    const QStringList scopes =
        okta::ScopeCatalog::requestedScopes(okta::ScopeAccess::forProfile(profile).turnedOn());
    m_signIn = new okta::BrowserSignIn(m_client, credentials, scopes, profile.redirectPort, this);
    m_signIn->setCallbackTimeout(std::chrono::seconds(m_options.loginTimeout));
    connect(m_signIn, &okta::BrowserSignIn::authorizationUrlReady, this, [this](const QUrl &url) {
        // The URL is the only line on stdout, so scripts (and tests) can take it from there.
        printLine(stdout, QString::fromUtf8(url.toEncoded()));
        printLine(stderr, tr("Open the URL above in a browser and sign in as a super admin. Waiting for the "
                             "redirect to %1 (Ctrl+C cancels)…")
                              .arg(m_signIn->redirectUri().toString()));
    });
    // A stray request to the listener (another tab, a local page) does not end the wait.
    connect(m_signIn, &okta::BrowserSignIn::callbackIgnored, this,
            [](const QString &message) { printLine(stderr, tr("oktadesk-cli: note: %1").arg(message)); });
    connect(m_signIn, &okta::BrowserSignIn::failed, this,
            [this](okta::BrowserSignIn::Failure kind, const QString &message) {
                if (kind == okta::BrowserSignIn::Failure::Cancelled)
                    failWith(Failure, tr("sign-in cancelled; nothing was stored."));
                else if (kind == okta::BrowserSignIn::Failure::Timeout)
                    failWith(Failure,
                             tr("no sign-in came back from the browser within %n second(s); nothing was "
                                "stored. Run the login again (--timeout gives more time).",
                                nullptr, m_options.loginTimeout));
                else
                    failWith(Failure, message);
            });
    const QString profileId = profile.id;
    const QString name = profile.name;
    connect(m_signIn, &okta::BrowserSignIn::succeeded, this,
            [this, profileId, name, credentials](const okta::TokenSet &tokens) {
                if (!tokens.hasRefreshToken())
                    printLine(
                        stderr,
                        tr("oktadesk-cli: warning: Okta sent no refresh token (is offline_access granted "
                           "to the app?); the profile works for an hour."));
                // Stored, then the sign-in it replaces is revoked at the org.
                auto *replacement = new okta::TokenReplacement(&context()->secrets(), m_client, this);
                connect(replacement, &okta::TokenReplacement::finished, this,
                        [this, name](const okta::TokenReplacement::Result &result) {
                            if (!result.saved) {
                                failWith(Failure, result.error);
                                return;
                            }
                            if (!result.revokeProblem.isEmpty())
                                printLine(stderr, tr("oktadesk-cli: warning: %1").arg(result.revokeProblem));
                            printLine(stderr, tr("Signed in; profile \"%1\" is ready.").arg(name));
                            finish(Ok);
                        });
                replacement->replace(profileId, okta::ProfileSession::tokenSecrets(tokens), credentials);
            });
    m_signIn->start();
}

} // namespace oktadesk::cli

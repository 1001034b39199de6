// ProfileSession and ProfileRemover against a real demo org, with secrets in a
// MemorySecretStore and profiles in a temporary ini file.
#include "core/auth/browsersignin.h"
#include "core/auth/oauthauthorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/profiles/profileremover.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilesession.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "demo/demoorg.h"
#include "support/browserplayer.h"
#include "support/oktawait.h"
#include "support/secretwait.h"
#include "support/testmain.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace okta;
using okta::test::BrowserPlayer;
using okta::test::run;
using okta::test::waitFor;

class TstProfileSession : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_store;
    std::unique_ptr<ProfileSecrets> m_secrets;
    BrowserPlayer m_browser;

    QString domain() const { return QStringLiteral("127.0.0.1:%1").arg(m_org->port()); }

    Profile addProfile(const QString &name, AuthMethod method, const ProfileSecretMap &secrets) {
        Profile p;
        p.name = name;
        p.domain = domain();
        p.authMethod = method;
        if (method == AuthMethod::BrowserPkce) {
            p.clientId = m_org->clientId();
            p.redirectPort = 53682;
            p.scopes = {u"openid"_qs, u"offline_access"_qs, u"okta.users.read"_qs};
        }
        const auto added = m_profiles->add(p);
        if (!added.ok())
            return {};
        if (!secrets.isEmpty() && !waitFor(m_secrets->save(added.profile.id, secrets)).succeeded)
            return {};
        return *m_profiles->profile(added.profile.id);
    }

    // Tokens from a real sign-in at the demo org.
    TokenSet signIn() {
        OktaClient tokenClient(m_nam.get(), m_org->baseUrl(), nullptr);
        BrowserSignIn signIn(&tokenClient, {m_org->clientId(), m_org->clientSecret(), {}},
                             {u"openid"_qs, u"offline_access"_qs, u"okta.users.read"_qs}, 0);
        return m_browser.signIn(signIn);
    }

    Profile browserProfile(const QString &name, TokenSet *tokens) {
        *tokens = signIn();
        if (!tokens->hasRefreshToken())
            return {};
        ProfileSecretMap secrets = ProfileSession::tokenSecrets(*tokens);
        secrets.insert(SecretKind::ClientSecret, m_org->clientSecret().toUtf8());
        return addProfile(name, AuthMethod::BrowserPkce, secrets);
    }

    // What the keychain holds for `kind`, unsealed from its org binding.
    Secret stored(const Profile &p, SecretKind kind) {
        return waitFor(m_secrets->load(p.id)).secrets.value(kind);
    }

    bool openSession(ProfileSession &session, const Profile &p) {
        QSignalSpy opened(&session, &ProfileSession::opened);
        QSignalSpy failed(&session, &ProfileSession::failed);
        session.open(p.id);
        return QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 10000) &&
               opened.count() == 1;
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<TokenSet>();
        QVERIFY(m_dir.isValid());
        demo::DemoOptions o;
        o.users = 40;
        o.groups = 4;
        o.events = 50;
        m_org = std::make_unique<demo::DemoOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        // Each run listens on a free port: registered on the demo app as an admin would.
        m_browser.onListening = [this](const QUrl &uri) {
            m_org->addRedirectUri(uri.toString());
        };
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void init() {
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1String(".ini")),
            QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_store = std::make_unique<MemorySecretStore>();
        m_secrets = std::make_unique<ProfileSecrets>(m_store.get(), m_profiles.get());
    }

    void cleanup() {
        m_secrets.reset();
        m_store.reset();
        m_profiles.reset();
        m_settings.reset();
    }

    void apiTokenProfileWorks() {
        const Profile p = addProfile(u"demo"_qs, AuthMethod::ApiToken,
                                     {{SecretKind::ApiToken, m_org->apiToken().toUtf8()}});
        QVERIFY(p.isValid());
        ProfileSession session(m_profiles.get(), m_secrets.get(), m_nam.get());
        QVERIFY(openSession(session, p));
        QCOMPARE(session.state(), ProfileSession::State::Open);
        QVERIFY(session.client());
        QVERIFY(!session.oauthAuthorizer());
        QVERIFY(session.authorizer()->authorizationHeader().view().startsWith("SSWS "));
        QCOMPARE(session.client()->baseUrl(), m_org->baseUrl());
        OktaApi api(session.client());
        const OktaResult me = run(api.me());
        QVERIFY2(me.ok(), qPrintable(me.message()));
        session.close();
        QCOMPARE(session.state(), ProfileSession::State::Closed);
        QVERIFY(!session.client());
    }

    void unknownProfileFails() {
        ProfileSession session(m_profiles.get(), m_secrets.get(), m_nam.get());
        QSignalSpy failed(&session, &ProfileSession::failed);
        session.open(u"no-such-id"_qs);
        QVERIFY(failed.isEmpty()); // never from inside open()
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toBool(), false);
    }

    void missingSecretsNeedReauthorization() {
        const Profile token = addProfile(u"no token"_qs, AuthMethod::ApiToken, {});
        const Profile browser = addProfile(u"never signed in"_qs, AuthMethod::BrowserPkce, {});
        QVERIFY(token.isValid() && browser.isValid());
        for (const Profile &p : {token, browser}) {
            ProfileSession session(m_profiles.get(), m_secrets.get(), m_nam.get());
            QSignalSpy failed(&session, &ProfileSession::failed);
            session.open(p.id);
            QVERIFY(failed.wait(5000));
            QCOMPARE(failed.first().at(1).toBool(), true);
            QVERIFY(failed.first().at(0).toString().contains(p.name));
            QCOMPARE(session.state(), ProfileSession::State::Failed);
        }
    }

    void refreshOn401StoresRotatedTokenAtOnce() {
        TokenSet tokens;
        const Profile p = browserProfile(u"browser"_qs, &tokens);
        QVERIFY(p.isValid());
        ProfileSession session(m_profiles.get(), m_secrets.get(), m_nam.get());
        QVERIFY(openSession(session, p));
        OAuthAuthorizer *oauth = session.oauthAuthorizer();
        QVERIFY(oauth);
        QCOMPARE(oauth->tokens().refreshToken, tokens.refreshToken);
        OktaApi api(session.client());
        QVERIFY(run(api.me()).ok());
        QCOMPARE(oauth->refreshRequestCount(), 0);

        // The access token dies at the org: the next request gets a 401 and refreshes.
        m_org->expireAccessTokens();
        QSignalSpy changed(oauth, &OAuthAuthorizer::tokensChanged);
        QSignalSpy storedSpy(&session, &ProfileSession::tokensStored);
        QSignalSpy reauth(&session, &ProfileSession::reauthorizationNeeded);
        // The write starts from tokensChanged itself, before the retried request returns.
        bool writingWhenChanged = false;
        QObject scope; // the connection's context: it ends before `writingWhenChanged` does
        connect(oauth, &OAuthAuthorizer::tokensChanged, &scope, [&] {
            writingWhenChanged = session.isWritingTokens(); // clazy:exclude=lambda-in-connect
        });
        const OktaResult me = run(api.me());
        QVERIFY2(me.ok(), qPrintable(me.message()));
        QCOMPARE(oauth->refreshRequestCount(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY(writingWhenChanged);
        QVERIFY(storedSpy.count() == 1 || storedSpy.wait(5000));
        QVERIFY(reauth.isEmpty());

        const TokenSet rotated = oauth->tokens();
        QVERIFY(rotated.refreshToken != tokens.refreshToken); // the demo rotates
        QCOMPARE(stored(p, SecretKind::RefreshToken), rotated.refreshToken);
        QCOMPARE(stored(p, SecretKind::AccessToken), rotated.accessToken);
        QVERIFY(!session.isWritingTokens());

        // A second session starts from what the keychain now holds and works.
        session.close();
        ProfileSession again(m_profiles.get(), m_secrets.get(), m_nam.get());
        QVERIFY(openSession(again, p));
        OktaApi api2(again.client());
        QVERIFY(run(api2.me()).ok());
    }

    void failedRefreshAsksToReauthorize() {
        TokenSet tokens;
        const Profile p = browserProfile(u"revoked"_qs, &tokens);
        QVERIFY(p.isValid());
        ProfileSession session(m_profiles.get(), m_secrets.get(), m_nam.get());
        QVERIFY(openSession(session, p));
        // The refresh token is revoked elsewhere (an admin, another device's rotation…).
        OktaClient tokenClient(m_nam.get(), m_org->baseUrl(), nullptr);
        {
            QUrlQuery form;
            ClientCredentials::addFormField(form, u"token"_qs, tokens.refreshToken);
            ClientCredentials::addFormField(form, u"token_type_hint"_qs, u"refresh_token"_qs);
            const ClientCredentials c{m_org->clientId(), m_org->clientSecret(), {}};
            OktaJob *job = tokenClient.postForm(u"/oauth2/v1/revoke"_qs, form, c.apply(form));
            job->setParseJson(false);
            QVERIFY(run(job).ok());
        }
        m_org->expireAccessTokens();
        QSignalSpy reauth(&session, &ProfileSession::reauthorizationNeeded);
        QSignalSpy writes(&session, &ProfileSession::tokensStored);
        OktaApi api(session.client());
        const OktaResult me = run(api.me());
        QVERIFY(!me.ok());
        QCOMPARE(me.httpStatus, 401);
        QVERIFY(reauth.count() == 1 || reauth.wait(5000));
        QTest::qWait(100);
        QCOMPARE(reauth.count(), 1); // once, though the authorizer and the client both noticed
        QVERIFY(writes.isEmpty());
        QCOMPARE(session.state(), ProfileSession::State::Open); // nothing is torn down
        QCOMPARE(stored(p, SecretKind::RefreshToken), tokens.refreshToken);

        // Reauthorizing hands new tokens to the same session and stores them.
        const TokenSet fresh = signIn();
        QVERIFY(fresh.isValid());
        QSignalSpy stored2(&session, &ProfileSession::tokensStored);
        session.replaceTokens(fresh);
        QVERIFY(stored2.wait(5000));
        QCOMPARE(stored(p, SecretKind::RefreshToken), fresh.refreshToken);
        QVERIFY(run(api.me()).ok());
    }

    void removerRevokesThenRemoves() {
        TokenSet tokens;
        const Profile p = browserProfile(u"to delete"_qs, &tokens);
        QVERIFY(p.isValid());
        QCOMPARE(m_store->count(), 3);
        ProfileRemover remover(m_profiles.get(), m_secrets.get(), m_nam.get());
        QSignalSpy finished(&remover, &ProfileRemover::finished);
        remover.remove(p.id);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<ProfileRemover::Result>(), ProfileRemover::Result::Removed);
        QCOMPARE(m_store->count(), 0);
        QVERIFY(!m_profiles->profile(p.id));
        // Revoked at the org: the access token no longer works.
        StaticAuthorizer bearer(StaticAuthorizer::Scheme::Bearer, tokens.accessToken);
        OktaClient client(m_nam.get(), m_org->baseUrl(), &bearer);
        QCOMPARE(run(OktaApi(&client).me()).httpStatus, 401);
    }

    // Issue 11 item 2: removing a profile whose tokens cannot be revoked keeps it, says so,
    // and leaves the choice: try again, or remove it anyway.
    void removerKeepsTheProfileWhenRevocationFails() {
        TokenSet tokens;
        const Profile p = browserProfile(u"bad secret"_qs, &tokens);
        QVERIFY(p.isValid());
        using Result = ProfileRemover::Result;
        ProfileRemover remover(m_profiles.get(), m_secrets.get(), m_nam.get());
        QSignalSpy finished(&remover, &ProfileRemover::finished);

        // The org answers 500 at /revoke: nothing is removed, and the message says why.
        demo::FaultOptions down;
        down.pathPrefix = u"/oauth2/v1/revoke"_qs;
        down.serverErrorEvery = 1;
        m_org->setFaults(down);
        remover.remove(p.id);
        QVERIFY(finished.wait(10000));
        m_org->setFaults({});
        QCOMPARE(finished.first().at(0).value<Result>(), Result::RevokeFailed);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(u"kept"_qs) && message.contains(u"anyway"_qs), qPrintable(message));
        QVERIFY(!message.contains(QString::fromLatin1(tokens.refreshToken.copyOut())));
        QVERIFY(m_profiles->profile(p.id));
        QCOMPARE(m_store->count(), 3);
        StaticAuthorizer bearer(StaticAuthorizer::Scheme::Bearer, tokens.accessToken);
        OktaClient client(m_nam.get(), m_org->baseUrl(), &bearer);
        QVERIFY(run(OktaApi(&client).me()).ok()); // still valid at Okta: nothing was lost

        // Trying again once the org answers: revoked, then removed.
        remover.remove(p.id);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).value<Result>(), Result::Removed);
        QVERIFY(!m_profiles->profile(p.id));
        QCOMPARE(m_store->count(), 0);
        QCOMPARE(run(OktaApi(&client).me()).httpStatus, 401);
    }

    void removerRemovesAnywayWhenAsked() {
        TokenSet tokens;
        const Profile p = browserProfile(u"secret rotated"_qs, &tokens);
        QVERIFY(p.isValid());
        // The app's secret was rotated since: Okta refuses the revocation.
        QVERIFY(waitFor(m_secrets->save(p.id, {{SecretKind::ClientSecret, "wrong"}})).succeeded);
        using Result = ProfileRemover::Result;
        ProfileRemover remover(m_profiles.get(), m_secrets.get(), m_nam.get());
        QSignalSpy finished(&remover, &ProfileRemover::finished);
        remover.remove(p.id);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<Result>(), Result::RevokeFailed);
        QVERIFY(m_profiles->profile(p.id));

        remover.remove(p.id, ProfileRemover::Mode::WithoutRevoking);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(0).value<Result>(), Result::Removed);
        QVERIFY(!m_profiles->profile(p.id));
        QCOMPARE(m_store->count(), 0);
    }

    void apiTokenProfileRemovedWithoutRevocation() {
        const Profile p = addProfile(u"token"_qs, AuthMethod::ApiToken,
                                     {{SecretKind::ApiToken, m_org->apiToken().toUtf8()}});
        QVERIFY(p.isValid());
        ProfileRemover remover(m_profiles.get(), m_secrets.get(), m_nam.get());
        QSignalSpy kept(&remover, &ProfileRemover::apiTokenKept);
        QSignalSpy finished(&remover, &ProfileRemover::finished);
        remover.remove(p.id);
        QVERIFY(finished.wait(10000));
        QCOMPARE(kept.count(), 1);
        QCOMPARE(finished.first().at(0).value<ProfileRemover::Result>(), ProfileRemover::Result::Removed);
        QCOMPARE(m_store->count(), 0);
        QVERIFY(m_profiles->list().isEmpty());
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstProfileSession)
#include "tst_profilesession.moc"

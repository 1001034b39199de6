// `oktadesk-cli profiles …` and `--profile` as the real binary, against a demo org in this
// process and the real Secret Service (scripts/run-keychain-tests: a private D-Bus session
// with an unlocked gnome-keyring). Elsewhere the case skips with QtKeychain's reason, or
// fails under KEYCHAIN_REQUIRED=1.

#include "core/auth/oauthauthorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/profiles/orgbinding.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "demo/demoorg.h"
#include "support/browserplayer.h"
#include "support/clirun.h"
#include "support/oktawait.h"
#include "support/secretwait.h"
#include "support/testmain.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace okta;
using okta::test::CliProcess;
using okta::test::CliRun;
using okta::test::runCli;
using okta::test::waitFor;
using Status = SecretStore::Status;

class TstCliProfiles : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    std::unique_ptr<QTemporaryDir> m_config; // the CLI's QSettings, under HOME
    QProcessEnvironment m_env;
    KeychainSecretStore m_store;     // service "OktaDesk", as the CLI uses
    QList<QByteArray> m_secretsSeen; // every secret the runs handled: none may reach a file
    QString m_webId;

    QString domain() const { return QStringLiteral("127.0.0.1:%1").arg(m_org->port()); }

    CliRun cli(const QStringList &args, int timeoutMs = 30000) const {
        return runCli(args, m_env, timeoutMs);
    }

    // `profiles list --format json`, by name.
    QHash<QString, QJsonObject> listed() const {
        const CliRun run = cli({u"profiles"_qs, u"list"_qs, u"--format"_qs, u"json"_qs});
        QHash<QString, QJsonObject> byName;
        if (!run.finished || run.exitCode != 0)
            return byName;
        const QJsonArray profiles = QJsonDocument::fromJson(run.out).array();
        for (const QJsonValue &v : profiles)
            byName.insert(v.toObject().value(u"name"_qs).toString(), v.toObject());
        return byName;
    }

    // A keychain entry of the profile, unsealed from the org it is bound to (this demo org).
    Status entry(const QString &profileId, SecretKind kind, QByteArray *secret = nullptr) {
        const auto read = waitFor(m_store.read(ProfileStore::secretKey(profileId, kind)));
        if (secret && read.status == Status::Ok)
            *secret = OrgBinding::open(read.secret, domain()).secret.copyOut();
        return read.status;
    }

    // The settings file the CLI reads, as anyone who can write to it sees it.
    std::unique_ptr<QSettings> settingsFile() const {
        return std::make_unique<QSettings>(m_config->filePath(u"OktaDesk/OktaDesk.conf"_qs),
                                           QSettings::IniFormat);
    }

    // Runs `profiles login NAME` as the real binary and plays the browser through it;
    // `beforeCallback` runs while the CLI waits (for stray requests to its listener).
    CliRun login(const QString &name, const std::function<void(const QUrl &back)> &beforeCallback = {}) {
        CliProcess login({u"profiles"_qs, u"login"_qs, name, u"--timeout"_qs, u"60"_qs}, m_env);
        if (!QTest::qWaitFor([&] { return login.run().out.contains('\n') || login.run().finished; }, 15000) ||
            login.run().finished)
            return login.run();
        const QUrl url(login.run().outLines().first(), QUrl::StrictMode);
        okta::test::BrowserPlayer browser;
        const QUrl back = browser.authorize(url);
        if (beforeCallback)
            beforeCallback(back);
        browser.get(back);
        return login.wait(20000);
    }

    // Whether the org still honours a refresh token.
    bool refreshWorks(const QByteArray &refreshToken, const ClientCredentials &app) {
        QNetworkAccessManager nam;
        OktaClient tokenClient(&nam, m_org->baseUrl(), nullptr);
        TokenSet tokens;
        tokens.refreshToken = refreshToken;
        OAuthAuthorizer auth(&tokenClient, app, tokens);
        QSignalSpy done(&auth, &Authorizer::refreshFinished);
        auth.refresh();
        return done.wait(10000) && done.first().first().toBool();
    }

    int meStatus(const QByteArray &accessToken) {
        QNetworkAccessManager nam;
        StaticAuthorizer bearer(StaticAuthorizer::Scheme::Bearer, accessToken);
        OktaClient client(&nam, m_org->baseUrl(), &bearer);
        return okta::test::run(OktaApi(&client).me()).httpStatus;
    }

    // Every regular file under HOME that holds one of the secrets seen, byte for byte.
    QStringList plaintextOffenders(int *files) const {
        QStringList offenders;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
                continue; // the bus's and the keyring daemon's sockets
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            ++*files;
            for (const QByteArray &secret : std::as_const(m_secretsSeen))
                if (bytes.contains(secret))
                    offenders.append(path);
        }
        return offenders;
    }

    static quint16 freePort() {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

private Q_SLOTS:
    void initTestCase() {
        const QString probeKey =
            u"oktadesk-test-probe/"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto probe = waitFor(m_store.write(probeKey, "x"));
        QVERIFY2(probe.finished, "the keychain did not answer within 15 s");
        if (probe.status != Status::Ok) {
            const QByteArray reason = "no usable Secret Service: " + probe.errorString.toUtf8();
            if (qEnvironmentVariableIntValue("KEYCHAIN_REQUIRED") == 1)
                QFAIL(reason.constData());
            QSKIP(reason.constData());
        }
        QCOMPARE(waitFor(m_store.remove(probeKey)).status, Status::Ok);
        demo::DemoOptions o;
        o.users = 80;
        o.groups = 5;
        o.events = 100;
        m_org = std::make_unique<demo::DemoOrg>(o);
        QString error;
        QVERIFY2(m_org->start(&error), qPrintable(error));
        // A settings directory of our own under HOME, so other keychain tests' profiles never
        // mix with ours, and the plaintext scan below still covers it.
        m_config = std::make_unique<QTemporaryDir>(QDir::homePath() + u"/cliprofiles-XXXXXX"_qs);
        QVERIFY(m_config->isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"XDG_CONFIG_HOME"_qs, m_config->path());
        m_env.insert(u"T"_qs, m_org->apiToken());
        m_env.insert(u"S"_qs, m_org->clientSecret());
        m_secretsSeen = {m_org->apiToken().toUtf8(), m_org->clientSecret().toUtf8()};
    }

    void addApiTokenProfile() {
        // A pasted URL form of the loopback org: stored as the bare host:port.
        const CliRun run = cli({u"profiles"_qs, u"add"_qs, u"demo"_qs, u"--org"_qs,
                                u"HTTP://127.0.0.1:"_qs + QString::number(m_org->port()) + u"/"_qs,
                                u"--token-env"_qs, u"T"_qs});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());

        const CliRun list = cli({u"profiles"_qs, u"list"_qs, u"--format"_qs, u"json"_qs});
        QVERIFY2(list.finished && list.exitCode == 0, list.describe().constData());
        QVERIFY(!list.out.contains(m_org->apiToken().toUtf8()));
        const QJsonObject demo = listed().value(u"demo"_qs);
        QCOMPARE(demo.value(u"domain"_qs).toString(), domain());
        QCOMPARE(demo.value(u"method"_qs).toString(), u"api-token"_qs);
        QVERIFY(!demo.value(u"id"_qs).toString().isEmpty());
        QVERIFY(demo.value(u"current"_qs).toBool());
        QByteArray stored;
        QCOMPARE(entry(demo.value(u"id"_qs).toString(), SecretKind::ApiToken, &stored), Status::Ok);
        QCOMPARE(stored, m_org->apiToken().toUtf8());

        // The same name again is bad input.
        const CliRun again =
            cli({u"profiles"_qs, u"add"_qs, u"DEMO"_qs, u"--org"_qs, domain(), u"--token-env"_qs, u"T"_qs});
        QVERIFY2(again.finished && again.exitCode == 2, again.describe().constData());
    }

    void usersThroughProfile() {
        const CliRun run = cli({u"users"_qs, u"list"_qs, u"--profile"_qs, u"demo"_qs, u"--first"_qs, u"5"_qs,
                                u"--format"_qs, u"json"_qs});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const QJsonArray users = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(users.size(), 5);
        QVERIFY(users.first().toObject().value(u"id"_qs).toString().startsWith(u"00u"_qs));

        const CliRun whoami = cli({u"whoami"_qs, u"--profile"_qs, u"demo"_qs});
        QVERIFY2(whoami.finished && whoami.exitCode == 0, whoami.describe().constData());
        QVERIFY(whoami.outText().contains(m_org->adminLogin()));
    }

    void browserProfileLogin() {
        const quint16 port = freePort();
        QVERIFY(port != 0);
        m_org->addRedirectUri(u"http://127.0.0.1:%1/callback"_qs.arg(port));
        const CliRun add =
            cli({u"profiles"_qs, u"add"_qs, u"web"_qs, u"--org"_qs, domain(), u"--client-id"_qs,
                 m_org->clientId(), u"--client-secret-env"_qs, u"S"_qs, u"--port"_qs, QString::number(port)});
        QVERIFY2(add.finished && add.exitCode == 0, add.describe().constData());
        QVERIFY(add.outText().contains(u"oktadesk-cli profiles login web"_qs));
        const QJsonObject web = listed().value(u"web"_qs);
        m_webId = web.value(u"id"_qs).toString();
        QCOMPARE(web.value(u"method"_qs).toString(), u"browser"_qs);
        QCOMPARE(web.value(u"redirectPort"_qs).toInt(), int(port));
        QCOMPARE(web.value(u"clientId"_qs).toString(), m_org->clientId());
        QVERIFY(web.value(u"scopes"_qs).toArray().contains(u"offline_access"_qs));
        QCOMPARE(entry(m_webId, SecretKind::ClientSecret), Status::Ok);
        QCOMPARE(entry(m_webId, SecretKind::RefreshToken), Status::NotFound); // not signed in yet

        // Not signed in: the command says what to do.
        const CliRun early = cli({u"whoami"_qs, u"--profile"_qs, u"web"_qs});
        QVERIFY2(early.finished && early.exitCode == 1, early.describe().constData());
        QVERIFY(early.errText().contains(u"profiles login web"_qs));

        CliProcess login({u"profiles"_qs, u"login"_qs, u"web"_qs, u"--timeout"_qs, u"60"_qs}, m_env);
        QTRY_VERIFY_WITH_TIMEOUT(login.run().out.contains('\n') || login.run().finished, 15000);
        QVERIFY2(!login.run().finished, login.run().describe().constData());
        const QStringList lines = login.run().outLines();
        QCOMPARE(lines.size(), 1); // the URL, alone on stdout
        const QUrl url(lines.first(), QUrl::StrictMode);
        QVERIFY(url.isValid());
        QCOMPARE(url.path(), u"/oauth2/v1/authorize"_qs);

        okta::test::BrowserPlayer browser;
        const QUrl back = browser.authorize(url);
        QCOMPARE(back.port(), int(port));
        QCOMPARE(back.host(), u"127.0.0.1"_qs);
        const okta::test::Hop hop = browser.get(back);
        QCOMPARE(hop.status, 200);
        const CliRun &done = login.wait(20000);
        QVERIFY2(done.finished && done.exitCode == 0, done.describe().constData());

        QByteArray access, refresh;
        QCOMPARE(entry(m_webId, SecretKind::AccessToken, &access), Status::Ok);
        QCOMPARE(entry(m_webId, SecretKind::RefreshToken, &refresh), Status::Ok);
        QVERIFY(!access.isEmpty() && !refresh.isEmpty());
        m_secretsSeen << access << refresh;
        QVERIFY(!done.out.contains(access) && !done.err.contains(access) && !done.err.contains(refresh));

        const CliRun whoami = cli({u"whoami"_qs, u"--profile"_qs, u"web"_qs});
        QVERIFY2(whoami.finished && whoami.exitCode == 0, whoami.describe().constData());
        QVERIFY(whoami.outText().contains(m_org->adminLogin()));

        // The access token dies at the org: the CLI refreshes on the 401, and the rotated
        // refresh token is in the keychain before the process exits.
        m_org->expireAccessTokens();
        const CliRun refreshed = cli({u"whoami"_qs, u"--profile"_qs, u"web"_qs});
        QVERIFY2(refreshed.finished && refreshed.exitCode == 0, refreshed.describe().constData());
        QByteArray rotated, newAccess;
        QCOMPARE(entry(m_webId, SecretKind::RefreshToken, &rotated), Status::Ok);
        QCOMPARE(entry(m_webId, SecretKind::AccessToken, &newAccess), Status::Ok);
        QVERIFY(rotated != refresh);
        QVERIFY(newAccess != access);
        m_secretsSeen << rotated << newAccess;
        const CliRun again = cli({u"whoami"_qs, u"--profile"_qs, u"web"_qs});
        QVERIFY2(again.finished && again.exitCode == 0, again.describe().constData());

        // The sign-in asked for the read scopes only: a write command names what the token
        // lacks and sends nothing; its dry run, which only reads, goes ahead.
        const QString admin = m_org->adminLogin();
        const QList<std::pair<QStringList, QString>> writes = {
            {{u"groups"_qs, u"set-attribute"_qs, u"--user"_qs, admin, u"--attribute"_qs, u"costCenter"_qs,
              u"--value"_qs, u"CC-1"_qs},
             u"okta.groups.manage"_qs},
            {{u"onboard"_qs, u"service-account"_qs, u"--login"_qs, u"svc-x@example.com"_qs, u"--email"_qs,
              u"it@example.com"_qs, u"--first-name"_qs, u"Svc"_qs, u"--last-name"_qs, u"X"_qs, u"--app"_qs,
              u"Okta Workflows OAuth"_qs},
             u"okta.users.manage, okta.roles.manage, okta.apps.manage"_qs},
            {{u"scopes"_qs, u"grant"_qs, u"--app"_qs, u"Okta Workflows OAuth"_qs, u"okta.devices.read"_qs},
             u"okta.appGrants.manage"_qs}};
        for (const auto &[arguments, lacking] : writes) {
            const CliRun refused = cli(arguments + QStringList{u"--profile"_qs, u"web"_qs});
            QVERIFY2(refused.finished && refused.exitCode == 1, refused.describe().constData());
            QVERIFY2(refused.errText().contains(u"lacks "_qs + lacking), refused.describe().constData());
            QVERIFY(refused.errText().contains(u"Nothing was sent"_qs));
        }
        const CliRun dryRun =
            cli(writes.first().first + QStringList{u"--profile"_qs, u"web"_qs, u"--dry-run"_qs});
        QVERIFY2(dryRun.finished && dryRun.exitCode == 0, dryRun.describe().constData());
        QVERIFY(dryRun.errText().contains(u"Nothing was changed"_qs));

        // While both profiles exist: the settings file names them, and holds no secret.
        QVERIFY(QFile::exists(m_config->filePath(u"OktaDesk/OktaDesk.conf"_qs)));
        int files = 0;
        const QStringList offenders = plaintextOffenders(&files);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_qs)));
    }

    void loginEndsOnInterruptAndTimeout() {
        QByteArray refresh;
        QCOMPARE(entry(m_webId, SecretKind::RefreshToken, &refresh), Status::Ok);

        // Ctrl+C (here SIGTERM, handled the same way) while waiting for the browser.
        CliProcess login({u"profiles"_qs, u"login"_qs, u"web"_qs}, m_env);
        QTRY_VERIFY_WITH_TIMEOUT(login.run().out.contains('\n') || login.run().finished, 15000);
        QVERIFY2(!login.run().finished, login.run().describe().constData());
        login.process()->terminate();
        const CliRun &cancelled = login.wait(10000);
        QVERIFY2(cancelled.finished && cancelled.exitStatus == QProcess::NormalExit &&
                     cancelled.exitCode == 1,
                 cancelled.describe().constData());
        QVERIFY(cancelled.errText().contains(u"cancelled"_qs));

        const CliRun late = cli({u"profiles"_qs, u"login"_qs, u"web"_qs, u"--timeout"_qs, u"1"_qs});
        QVERIFY2(late.finished && late.exitCode == 1, late.describe().constData());
        QVERIFY(late.errLines().constLast().contains(u"1 second"_qs));

        // Nothing was stored by either: the earlier sign-in still stands.
        QByteArray after;
        QCOMPARE(entry(m_webId, SecretKind::RefreshToken, &after), Status::Ok);
        QCOMPARE(after, refresh);
    }

    // Issue 11 item 5: stray requests to the sign-in's listener (a forged state carrying a
    // made-up code, another path with the real code, another method) neither end the login
    // nor put a callback URL on the terminal, by default: Qt's qt.networkauth.replyhandler
    // used to print such URLs, code included. RFC 6749 §10.12: the state value binds the
    // authorization response to the request that started it.
    void strayCallbacksNeverReachTheTerminal() {
        QByteArray realCode;
        const CliRun run = login(u"web"_qs, [&realCode](const QUrl &back) {
            realCode = okta::test::BrowserPlayer::queryValue(back, u"code"_qs).toUtf8();
            okta::test::BrowserPlayer stray;
            QUrl forged = okta::test::BrowserPlayer::withQueryItem(back, u"state"_qs, u"forged"_qs);
            forged = okta::test::BrowserPlayer::withQueryItem(forged, u"code"_qs, u"STRAYCODE1"_qs);
            QCOMPARE(stray.get(forged).status, 400);
            QUrl otherPath = back;
            otherPath.setPath(u"/favicon.ico"_qs);
            QCOMPARE(stray.get(otherPath).status, 404);
            const QByteArray post = "POST " + back.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                                    " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n";
            QVERIFY(okta::test::BrowserPlayer::raw(quint16(back.port()), post).startsWith("HTTP/1.1 405"));
        });
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY(!realCode.isEmpty());
        QVERIFY2(run.errText().contains(u"ignored"_qs), run.err.constData()); // says what it did
        for (const QByteArray &leak :
             {QByteArray("STRAYCODE1"), realCode, QByteArray("code="), QByteArray("/callback?")})
            QVERIFY2(!run.err.contains(leak) && !run.out.contains(leak), leak.constData());
    }

    // Issue 11 item 2: signing in again stores the new sign-in and revokes the one it
    // replaced, at the org. RFC 7009 §2.2: "The authorization server responds with HTTP
    // status code 200 if the token has been revoked successfully"; a revoked access token
    // then gets 401, a revoked refresh token invalid_grant.
    void loginAgainRevokesTheReplacedSignIn() {
        QByteArray oldAccess, oldRefresh;
        QCOMPARE(entry(m_webId, SecretKind::AccessToken, &oldAccess), Status::Ok);
        QCOMPARE(entry(m_webId, SecretKind::RefreshToken, &oldRefresh), Status::Ok);
        QCOMPARE(meStatus(oldAccess), 200);
        const CliRun run = login(u"web"_qs);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QByteArray newAccess, newRefresh;
        QCOMPARE(entry(m_webId, SecretKind::AccessToken, &newAccess), Status::Ok);
        QCOMPARE(entry(m_webId, SecretKind::RefreshToken, &newRefresh), Status::Ok);
        QVERIFY(newAccess != oldAccess && newRefresh != oldRefresh);
        m_secretsSeen << newAccess << newRefresh;
        QCOMPARE(meStatus(oldAccess), 401);
        QVERIFY(!refreshWorks(oldRefresh, {m_org->clientId(), m_org->clientSecret()}));
        QCOMPARE(meStatus(newAccess), 200);
        const CliRun whoami = cli({u"whoami"_qs, u"--profile"_qs, u"web"_qs});
        QVERIFY2(whoami.finished && whoami.exitCode == 0, whoami.describe().constData());
    }

    // Issue 7 item 3: a public client (no secret, PKCE only) signs in from the CLI end to end.
    // okta-api-notes.md: "a public client uses `token_endpoint_auth_method=none`, and then
    // `pkce_required` must be true."
    void publicClientSignsIn() {
        const quint16 port = freePort();
        m_org->addRedirectUri(u"http://127.0.0.1:%1/callback"_qs.arg(port));
        const CliRun add =
            cli({u"profiles"_qs, u"add"_qs, u"pub"_qs, u"--org"_qs, domain(), u"--client-id"_qs,
                 m_org->publicClientId(), u"--port"_qs, QString::number(port)});
        QVERIFY2(add.finished && add.exitCode == 0, add.describe().constData());
        const QString id = listed().value(u"pub"_qs).value(u"id"_qs).toString();
        const CliRun run = login(u"pub"_qs);
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QCOMPARE(entry(id, SecretKind::ClientSecret), Status::NotFound); // there is none
        QByteArray access, refresh;
        QCOMPARE(entry(id, SecretKind::AccessToken, &access), Status::Ok);
        QCOMPARE(entry(id, SecretKind::RefreshToken, &refresh), Status::Ok);
        m_secretsSeen << access << refresh;
        const CliRun whoami = cli({u"whoami"_qs, u"--profile"_qs, u"pub"_qs});
        QVERIFY2(whoami.finished && whoami.exitCode == 0, whoami.describe().constData());

        // Issue 11 item 2, the CLI's "remove anyway": --force removes it although the org
        // cannot revoke its tokens now, and says so.
        demo::FaultOptions down;
        down.pathPrefix = u"/oauth2/v1/revoke"_qs;
        down.serverErrorEvery = 1;
        m_org->setFaults(down);
        const CliRun forced = cli({u"profiles"_qs, u"remove"_qs, u"pub"_qs, u"--force"_qs});
        m_org->setFaults({});
        QVERIFY2(forced.finished && forced.exitCode == 0, forced.describe().constData());
        QVERIFY(forced.errText().contains(u"could not be revoked"_qs));
        QVERIFY(!listed().contains(u"pub"_qs));
        QCOMPARE(entry(id, SecretKind::RefreshToken), Status::NotFound);
    }

    void renameProfile() {
        const CliRun run = cli({u"profiles"_qs, u"rename"_qs, u"web"_qs, u"web2"_qs});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        const auto byName = listed();
        QVERIFY(!byName.contains(u"web"_qs));
        QCOMPARE(byName.value(u"web2"_qs).value(u"id"_qs).toString(), m_webId);
        const CliRun clash = cli({u"profiles"_qs, u"rename"_qs, u"web2"_qs, u"demo"_qs});
        QVERIFY2(clash.finished && clash.exitCode == 2, clash.describe().constData());
    }

    // Issue 11 item 4: editing the domain in the settings file makes the next command refuse
    // rather than send: every keychain entry is sealed with the org it belongs to.
    void editedDomainNeverReceivesASecret() {
        QByteArray received;
        QTcpServer trap; // another host, as far as the settings file can say so
        QVERIFY(trap.listen(QHostAddress(QHostAddress::LocalHost), 0));
        connect(&trap, &QTcpServer::newConnection, &trap, [&trap, &received] {
            while (QTcpSocket *socket = trap.nextPendingConnection()) {
                // The socket is trap's child, so it goes before `received` does.
                connect(
                    socket, &QTcpSocket::readyRead, socket,
                    [socket, &received] { // clazy:exclude=lambda-in-connect
                        received += socket->readAll();
                        socket->write(
                            "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    });
            }
        });
        const auto profiles = listed();
        const QStringList names{u"demo"_qs, u"web2"_qs};
        auto settings = settingsFile();
        for (const QString &name : names)
            settings->setValue(u"profiles/%1/domain"_qs.arg(profiles.value(name).value(u"id"_qs).toString()),
                               u"127.0.0.1:%1"_qs.arg(trap.serverPort()));
        settings->sync();
        QCOMPARE(settings->status(), QSettings::NoError);

        for (const QStringList &command : {QStringList{u"whoami"_qs, u"--profile"_qs, u"demo"_qs},
                                           QStringList{u"whoami"_qs, u"--profile"_qs, u"web2"_qs},
                                           QStringList{u"profiles"_qs, u"login"_qs, u"web2"_qs},
                                           QStringList{u"profiles"_qs, u"remove"_qs, u"web2"_qs}}) {
            const CliRun run = cli(command);
            QVERIFY2(run.finished && run.exitCode == 1,
                     qPrintable(command.join(u' ') + u": "_qs + QString::fromUtf8(run.describe())));
            QVERIFY2(run.errText().contains(u"will not send"_qs), run.err.constData());
            QCoreApplication::processEvents();
            QVERIFY2(received.isEmpty(), received.constData()); // nothing, not even a request
        }
        QVERIFY(listed().contains(u"web2"_qs)); // the removal that could not revoke kept it

        for (const QString &name : names)
            settings->setValue(u"profiles/%1/domain"_qs.arg(profiles.value(name).value(u"id"_qs).toString()),
                               domain());
        settings->sync();
        const CliRun again = cli({u"whoami"_qs, u"--profile"_qs, u"demo"_qs});
        QVERIFY2(again.finished && again.exitCode == 0, again.describe().constData());
    }

    // Issue 11 item 2: a removal whose revocation fails keeps the profile, says so, and says
    // how to retry or remove it anyway (the retry is the next test).
    void removeKeepsTheProfileWhenRevokeFails() {
        demo::FaultOptions down;
        down.pathPrefix = u"/oauth2/v1/revoke"_qs;
        down.serverErrorEvery = 1;
        m_org->setFaults(down);
        const CliRun run = cli({u"profiles"_qs, u"remove"_qs, u"web2"_qs});
        m_org->setFaults({});
        QVERIFY2(run.finished && run.exitCode == 1, run.describe().constData());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(run.errText().contains(u"kept"_qs));
        QVERIFY(run.errText().contains(u"--force"_qs));
        QVERIFY(listed().contains(u"web2"_qs));
        for (SecretKind kind : {SecretKind::ClientSecret, SecretKind::AccessToken, SecretKind::RefreshToken})
            QCOMPARE(entry(m_webId, kind), Status::Ok);
    }

    void removeRevokesAndDeletesEntries() {
        QByteArray access;
        QCOMPARE(entry(m_webId, SecretKind::AccessToken, &access), Status::Ok);
        const CliRun run = cli({u"profiles"_qs, u"remove"_qs, u"web2"_qs});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QVERIFY(!listed().contains(u"web2"_qs));
        for (SecretKind kind : {SecretKind::ClientSecret, SecretKind::AccessToken, SecretKind::RefreshToken})
            QCOMPARE(entry(m_webId, kind), Status::NotFound);
        // Revoked at the org, not only forgotten here.
        QNetworkAccessManager nam;
        StaticAuthorizer bearer(StaticAuthorizer::Scheme::Bearer, access);
        OktaClient client(&nam, m_org->baseUrl(), &bearer);
        QCOMPARE(okta::test::run(OktaApi(&client).me()).httpStatus, 401);

        const QString demoId = listed().value(u"demo"_qs).value(u"id"_qs).toString();
        const CliRun demo = cli({u"profiles"_qs, u"remove"_qs, u"demo"_qs});
        QVERIFY2(demo.finished && demo.exitCode == 0, demo.describe().constData());
        QVERIFY(demo.errText().contains(u"API token stays valid"_qs)); // says what it did not do
        QVERIFY(listed().isEmpty());
        QCOMPARE(entry(demoId, SecretKind::ApiToken), Status::NotFound);
    }

    void badInput() {
        const CliRun path = cli({u"profiles"_qs, u"add"_qs, u"x"_qs, u"--org"_qs,
                                 u"https://acme.okta.com/some/path"_qs, u"--token-env"_qs, u"T"_qs});
        QVERIFY2(path.finished && path.exitCode == 2, path.describe().constData());
        QCOMPARE(path.errLines().size(), 1);
        QVERIFY(path.errText().contains(u"/some/path"_qs));
        QVERIFY(!listed().contains(u"x"_qs));

        const CliRun nosuch = cli({u"whoami"_qs, u"--profile"_qs, u"nosuch"_qs});
        QVERIFY2(nosuch.finished && nosuch.exitCode == 2, nosuch.describe().constData());
        QCOMPARE(nosuch.errLines().size(), 1);
        QVERIFY(nosuch.errText().contains(u"nosuch"_qs));

        const CliRun both = cli({u"profiles"_qs, u"add"_qs, u"y"_qs, u"--org"_qs, domain(), u"--token-env"_qs,
                                 u"T"_qs, u"--client-id"_qs, m_org->clientId()});
        QVERIFY2(both.finished && both.exitCode == 2, both.describe().constData());

        QProcessEnvironment env = m_env;
        env.remove(u"T"_qs);
        const CliRun unset = runCli(
            {u"profiles"_qs, u"add"_qs, u"z"_qs, u"--org"_qs, domain(), u"--token-env"_qs, u"T"_qs}, env);
        QVERIFY2(unset.finished && unset.exitCode == 2, unset.describe().constData());
        QVERIFY(!listed().contains(u"z"_qs));
    }

    // Last: after every run above, no file under HOME holds a secret in plain text.
    void noPlaintextUnderHome() {
        QVERIFY(m_secretsSeen.size() >= 4);
        int files = 0;
        const QStringList offenders = plaintextOffenders(&files);
        QVERIFY(files > 0);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u", "_qs)));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstCliProfiles)
#include "tst_cliprofiles.moc"

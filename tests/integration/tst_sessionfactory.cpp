// SessionFactory against a real demo org: a saved profile opens from the secrets store, a
// profile connected for this run only opens from the factory's memory (and leaves it when
// deleted), the demo org opens with no profile and writes nothing, and the wizard's steps
// come prepared for a new or a reauthorized profile.
#include "core/connection/connectionsetup.h"
#include "core/connection/orgcheck.h"
#include "core/connection/profilesave.h"
#include "core/connection/sessionfactory.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/profiles/orgbinding.h"
#include "core/profiles/profileremover.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilesession.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "demo/demoorg.h"
#include "support/oktawait.h"
#include "support/secretwait.h"
#include "support/testmain.h"

#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace okta;
using okta::test::waitFor;

class TstSessionFactory : public QObject {
    Q_OBJECT
    std::unique_ptr<demo::DemoOrg> m_org;
    QTemporaryDir m_dir;
    int m_run = 0;

    struct Rig {
        explicit Rig(const QString &file)
            : settings(file, QSettings::IniFormat)
            , profiles(&settings)
            , secrets(&store, &profiles)
            , factory({&nam, &profiles, &secrets}) {}
        QSettings settings;
        MemorySecretStore store;
        ProfileStore profiles;
        ProfileSecrets secrets;
        QNetworkAccessManager nam;
        SessionFactory factory;
    };
    std::unique_ptr<Rig> m_rig;

    QString addTokenProfile(const QString &name) {
        Profile p;
        p.name = name;
        p.domain = m_org->baseUrl().authority();
        p.authMethod = AuthMethod::ApiToken;
        const auto added = m_rig->profiles.add(p);
        return added.ok() ? added.profile.id : QString();
    }

    // The session opened (or failed); on success, /users/me answered through it.
    QString openedLogin(const std::function<void()> &open) {
        ProfileSession *session = m_rig->factory.session();
        QSignalSpy opened(session, &ProfileSession::opened);
        QSignalSpy failed(session, &ProfileSession::failed);
        open();
        if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 10000) ||
            opened.isEmpty())
            return failed.isEmpty() ? u"(timeout)"_qs : u"(failed) "_qs + failed.first().first().toString();
        const OktaResult me = okta::test::run(OktaApi(session->client()).me());
        return me.ok() ? me.json.object().value(u"profile"_qs).toObject().value(u"login"_qs).toString()
                       : u"(me failed) "_qs + me.message();
    }

private Q_SLOTS:
    void initTestCase() {
        demo::DemoOptions o;
        o.users = 20;
        o.groups = 3;
        o.events = 10;
        m_org = std::make_unique<demo::DemoOrg>(o);
        QVERIFY(m_org->start());
    }

    void init() { m_rig = std::make_unique<Rig>(m_dir.filePath(u"f%1.ini"_qs.arg(++m_run))); }
    void cleanup() { m_rig.reset(); }

    void opensASavedProfileFromTheStore() {
        const QString id = addTokenProfile(u"Saved"_qs);
        QVERIFY(
            waitFor(m_rig->secrets.save(id, {{SecretKind::ApiToken, m_org->apiToken().toUtf8()}})).succeeded);
        QVERIFY(!m_rig->factory.isSessionOnly(id));
        QCOMPARE(openedLogin([&] { m_rig->factory.open(id); }), m_org->adminLogin());
        QCOMPARE(m_rig->factory.session()->profile().id, id);
    }

    void opensASessionOnlyProfileFromMemory() {
        const QString id = addTokenProfile(u"This run"_qs);
        // Where the wizard's "connect for this run only" puts the secrets.
        ConnectionSetup *setup = m_rig->factory.newConnection(this);
        MemorySecretStore *memory = setup->profileSave()->sessionStore();
        const QString key = ProfileStore::secretKey(id, SecretKind::ApiToken);
        const Secret entry = OrgBinding::seal(m_org->baseUrl().authority(), m_org->apiToken());
        QCOMPARE(waitFor(memory->write(key, entry)).status, SecretStore::Status::Ok);
        delete setup;
        QVERIFY(m_rig->factory.isSessionOnly(id));
        QCOMPARE(m_rig->store.count(), 0); // the keychain stand-in never saw it
        QCOMPARE(openedLogin([&] { m_rig->factory.open(id); }), m_org->adminLogin());

        // Deleting the profile drops its secrets from memory too.
        ProfileRemover *remover = m_rig->factory.removeProfile(id);
        QSignalSpy finished(remover, &ProfileRemover::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<ProfileRemover::Result>(), ProfileRemover::Result::Removed);
        QVERIFY(!m_rig->profiles.profile(id));
        QVERIFY(!memory->contains(key));
        QCOMPARE(m_rig->factory.session()->state(), ProfileSession::State::Closed);
    }

    // Issue 11 item 4, for secrets kept in memory for this run only: they are sealed with
    // their org like keychain entries, and a profile whose settings now name another host
    // is refused before anything is sent.
    void aSessionOnlySecretGoesToItsOrgOnly() {
        const QString id = addTokenProfile(u"This run"_qs);
        ConnectionSetup *setup = m_rig->factory.newConnection(this);
        MemorySecretStore *memory = setup->profileSave()->sessionStore();
        const Secret entry = OrgBinding::seal(u"acme.okta.com"_qs, m_org->apiToken());
        QVERIFY(waitFor(memory->write(ProfileStore::secretKey(id, SecretKind::ApiToken), entry)).status ==
                SecretStore::Status::Ok);
        delete setup;
        const quint64 before = m_org->requestCount();
        const QString outcome = openedLogin([&] { m_rig->factory.open(id); });
        QVERIFY2(outcome.startsWith(u"(failed)"_qs) && outcome.contains(u"acme.okta.com"_qs),
                 qPrintable(outcome));
        QCOMPARE(m_org->requestCount(), before);
    }

    void opensTheDemoOrgWithoutAProfile() {
        QCOMPARE(openedLogin([&] { m_rig->factory.openDemo(m_org->baseUrl(), m_org->apiToken().toUtf8()); }),
                 m_org->adminLogin());
        ProfileSession *session = m_rig->factory.session();
        QCOMPARE(session->client()->baseUrl(), m_org->baseUrl());
        QCOMPARE(session->profile().name, u"Demo org"_qs);
        QVERIFY(session->profile().id.isEmpty());
        QVERIFY(m_rig->profiles.list().isEmpty());
        QCOMPARE(m_rig->store.count(), 0);
    }

    void aMissingProfileFails() {
        QVERIFY(openedLogin([&] { m_rig->factory.open(u"no-such-id"_qs); }).startsWith(u"(failed)"_qs));
        QVERIFY(!m_rig->factory.reauthorize(u"no-such-id"_qs, this));
    }

    void reauthorizationStartsFromTheProfile() {
        const QString id = addTokenProfile(u"Acme"_qs);
        std::unique_ptr<ConnectionSetup> setup(m_rig->factory.reauthorize(id, nullptr));
        QVERIFY(setup);
        QVERIFY(setup->isReauthorizing());
        QCOMPARE(setup->profileName(), u"Acme"_qs);
        QCOMPARE(setup->orgCheck()->domain().host, m_org->baseUrl().authority());
        QTRY_COMPARE_WITH_TIMEOUT(setup->orgCheck()->state(), OrgCheck::State::Found, 10000);
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstSessionFactory)
#include "tst_sessionfactory.moc"

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
#include "core/profiles/profileremover.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilesession.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/memorysecretstore.h"
#include "support/demofixture.h"
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
    okta::test::DemoFixture m_demo;
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
        p.domain = m_demo.domain();
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
    void initTestCase() { QVERIFY2(m_demo.start(okta::test::demoSize(20, 3, 10)), m_demo.error()); }

    void init() { m_rig = std::make_unique<Rig>(m_dir.filePath(u"f%1.ini"_qs.arg(++m_run))); }
    void cleanup() { m_rig.reset(); }

    void opensASavedProfileFromTheStore() {
        const QString id = addTokenProfile(u"Saved"_qs);
        QVERIFY(waitFor(m_rig->secrets.save(id, {{SecretKind::ApiToken, m_demo.apiToken()}})).succeeded);
        QVERIFY(!m_rig->factory.isSessionOnly(id));
        QCOMPARE(openedLogin([&] { m_rig->factory.open(id); }), m_demo->adminLogin());
        QCOMPARE(m_rig->factory.session()->profile().id, id);
    }

    void opensASessionOnlyProfileFromMemory() {
        const QString id = addTokenProfile(u"This run"_qs);
        // Where the wizard's "connect for this run only" puts the secrets.
        ConnectionSetup *setup = m_rig->factory.newConnection(this);
        MemorySecretStore *memory = setup->profileSave()->sessionStore();
        const QString key = ProfileStore::secretKey(id, SecretKind::ApiToken);
        QCOMPARE(waitFor(memory->write(key, m_demo.apiToken())).status, SecretStore::Status::Ok);
        delete setup;
        QVERIFY(m_rig->factory.isSessionOnly(id));
        QCOMPARE(m_rig->store.count(), 0); // the keychain stand-in never saw it
        QCOMPARE(openedLogin([&] { m_rig->factory.open(id); }), m_demo->adminLogin());

        // Deleting the profile drops its secrets from memory too.
        ProfileRemover *remover = m_rig->factory.removeProfile(id);
        QSignalSpy finished(remover, &ProfileRemover::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(!m_rig->profiles.profile(id));
        QVERIFY(!memory->contains(key));
        QCOMPARE(m_rig->factory.session()->state(), ProfileSession::State::Closed);
    }

    void opensTheDemoOrgWithoutAProfile() {
        QCOMPARE(openedLogin([&] { m_rig->factory.openDemo(m_demo->baseUrl(), m_demo.apiToken()); }),
                 m_demo->adminLogin());
        ProfileSession *session = m_rig->factory.session();
        QCOMPARE(session->client()->baseUrl(), m_demo->baseUrl());
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
        QCOMPARE(setup->orgCheck()->domain().host, m_demo.domain());
        QTRY_COMPARE_WITH_TIMEOUT(setup->orgCheck()->state(), OrgCheck::State::Found, 10000);
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstSessionFactory)
#include "tst_sessionfactory.moc"

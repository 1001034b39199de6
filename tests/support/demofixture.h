#pragma once

// The demo org a test class talks to over loopback, as most integration and GUI tests set it
// up: generated with the sizes the test asks for, started on 127.0.0.1 with a free port,
// with the domain, token and OAuth app credentials the tests reach it with.
//
//     okta::test::DemoFixture m_demo;
//     void initTestCase() { QVERIFY2(m_demo.start(demoSize(60, 6, 100)), m_demo.error()); }

#include "core/auth/clientcredentials.h"
#include "demo/demoorg.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>

#include <memory>

namespace okta {
class OktaClient;
}

namespace okta::test {

// Options for a small org: `users` people, `groups` groups, `events` System Log events.
demo::DemoOptions demoSize(int users, int groups, qint64 events);

class DemoFixture {
public:
    DemoFixture();
    ~DemoFixture();
    DemoFixture(const DemoFixture &) = delete;
    DemoFixture &operator=(const DemoFixture &) = delete;

    // Generates the org and starts its server; false when it cannot listen (see error()).
    bool start(const demo::DemoOptions &options);
    // Why start() failed, for QVERIFY2.
    const char *error() const { return m_error.constData(); }

    demo::DemoOrg *operator->() const { return m_org.get(); }
    demo::DemoOrg &org() const { return *m_org; }
    const demo::DemoOptions &options() const { return m_options; }

    // "127.0.0.1:PORT": the org domain as an admin types it.
    QString domain() const;
    // The API token's bytes, as secret stores and authorizers take them.
    QByteArray apiToken() const;
    // The demo OAuth app, authenticating with client_secret_basic.
    ClientCredentials credentials() const;

    QNetworkAccessManager *nam() { return &m_nam; }
    // A client without credentials, for discovery, /token and /revoke.
    OktaClient *tokenClient();

    // Every item of a list endpoint as the server sends it, fetched with plain requests
    // (SSWS token, Link rel="next" followed to the end or to the first empty page), never
    // through the client under test: what a test computes its expectations from. Empty
    // when a page does not answer 200 with a JSON array; `pages` receives the page count.
    QList<QJsonObject> fetchAll(const QString &pathAndQuery, int *pages = nullptr);

private:
    demo::DemoOptions m_options;
    std::unique_ptr<demo::DemoOrg> m_org;
    QByteArray m_error;
    QNetworkAccessManager m_nam;
    std::unique_ptr<OktaClient> m_tokenClient;
};

// Faults (or slow answers) for one scope: the org answers normally again when it ends, even
// when a check in between fails.
class ScopedFaults {
public:
    ScopedFaults(DemoFixture &demo, const demo::FaultOptions &faults);
    ~ScopedFaults();
    ScopedFaults(const ScopedFaults &) = delete;
    ScopedFaults &operator=(const ScopedFaults &) = delete;

private:
    DemoFixture &m_demo;
};

} // namespace okta::test

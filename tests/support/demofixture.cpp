#include "support/demofixture.h"

#include "core/okta/oktaclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

namespace okta::test {

namespace {

// The rel="next" target of a Link header; QNAM joins repeated headers with ", ".
QUrl nextLink(const QByteArray &link) {
    for (const QByteArray &part : link.split(',')) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>');
        if (part.contains("rel=\"next\"") && open >= 0 && close > open)
            return QUrl::fromEncoded(part.mid(open + 1, close - open - 1), QUrl::StrictMode);
    }
    return {};
}

} // namespace

demo::DemoOptions demoSize(int users, int groups, qint64 events) {
    demo::DemoOptions options;
    options.users = users;
    options.groups = groups;
    options.events = events;
    return options;
}

DemoFixture::DemoFixture() = default;
DemoFixture::~DemoFixture() = default;

bool DemoFixture::start(const demo::DemoOptions &options) {
    m_tokenClient.reset();
    m_options = options;
    m_org = std::make_unique<demo::DemoOrg>(options);
    QString error;
    if (m_org->start(&error))
        return true;
    m_error = QByteArrayLiteral("the demo org did not start: ") + error.toUtf8();
    return false;
}

QString DemoFixture::domain() const {
    return QStringLiteral("127.0.0.1:%1").arg(m_org->port());
}

QByteArray DemoFixture::apiToken() const {
    return m_org->apiToken().toUtf8();
}

ClientCredentials DemoFixture::credentials() const {
    return {m_org->clientId(), m_org->clientSecret(), ClientCredentials::Method::SecretBasic};
}

OktaClient *DemoFixture::tokenClient() {
    if (!m_tokenClient)
        m_tokenClient = std::make_unique<OktaClient>(&m_nam, m_org->baseUrl(), nullptr);
    return m_tokenClient.get();
}

QList<QJsonObject> DemoFixture::fetchAll(const QString &pathAndQuery, int *pages) {
    QList<QJsonObject> items;
    QUrl url = QUrl::fromEncoded(m_org->baseUrl().toEncoded() + pathAndQuery.toUtf8(), QUrl::StrictMode);
    int count = 0;
    // A bound for a broken next link; no demo list has anywhere near this many pages.
    while (url.isValid() && count < 10000) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "SSWS " + apiToken());
        request.setRawHeader("Accept", "application/json");
        QNetworkReply *reply = m_nam.get(request);
        const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument page = QJsonDocument::fromJson(reply->readAll());
        const QByteArray link = reply->rawHeader("link");
        reply->deleteLater();
        if (!done || status != 200 || !page.isArray())
            return {};
        ++count;
        const QJsonArray array = page.array();
        for (const QJsonValue &v : array)
            items.append(v.toObject());
        // A polling query always links on; its first empty page is the end for now.
        if (array.isEmpty())
            break;
        url = nextLink(link);
    }
    if (pages)
        *pages = count;
    return items;
}

ScopedFaults::ScopedFaults(DemoFixture &demo, const demo::FaultOptions &faults)
    : m_demo(demo) {
    m_demo->setFaults(faults);
}

ScopedFaults::~ScopedFaults() {
    m_demo->setFaults({});
}

} // namespace okta::test

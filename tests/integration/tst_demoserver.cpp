// Drives the embedded demo org over real loopback HTTP with QNetworkAccessManager, the way
// the client will: paging, filters, grants, OAuth with PKCE, rate limits and faults.
#include "demo/demoorg.h"

#include "support/testmain.h"
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonDocument json;

    QByteArray header(const QByteArray &name) const {
        QByteArray joined;
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                joined += (joined.isEmpty() ? "" : ", ") + h.second;
        return joined;
    }
    QString errorCode() const { return json.object().value(u"errorCode"_s).toString(); }
    QJsonArray array() const { return json.array(); }
    QUrl next() const {
        // QNAM joins repeated link headers with ", ".
        const QList<QByteArray> parts = header("link").split(',');
        for (const QByteArray &p : parts)
            if (p.contains("rel=\"next\""))
                return QUrl::fromEncoded(p.mid(p.indexOf('<') + 1, p.indexOf('>') - p.indexOf('<') - 1));
        return {};
    }
};

QByteArray enc(const QString &s) {
    return QUrl::toPercentEncoding(s);
}

} // namespace

class TestDemoServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void authFailures();
    void usersPaging();
    void usersSearchFilterAndQ();
    void userLifecycle();
    void groups();
    void roles();
    void appsAndGrants();
    void logsBoundedPaging();
    void logsPollingAndDescending();
    void logsFilterAndValidation();
    void oauthCodeFlow();
    void oauthRefreshAndRevoke();
    void bearerScopes();
    void rateLimits();
    void faults();
    void keepAlive();

private:
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, bool auth = true);
    Reply get(const QString &pathAndQuery, bool auth = true) {
        return send("GET", QUrl::fromEncoded(m_base + pathAndQuery.toUtf8()), {}, {}, auth);
    }
    QList<QJsonObject> collect(const QString &first, int *pages = nullptr);
    QString authorizeCode(const QString &verifier, const QString &scope, QString *state = nullptr);

    std::unique_ptr<demo::DemoOrg> m_org;
    QNetworkAccessManager m_nam;
    QByteArray m_base;
    QByteArray m_auth;
    demo::DemoOptions m_options;
};

void TestDemoServer::initTestCase() {
    m_options.users = 300;
    m_options.groups = 40;
    m_options.events = 5000;
    m_options.buckets = {{u"/"_s, 0}};
    // The org's clock starts here: generated events come before it, the events the org records
    // for this test's writes after it.
    m_options.now = QDateTime::currentDateTimeUtc();
    m_org = std::make_unique<demo::DemoOrg>(m_options);
    QString error;
    QVERIFY2(m_org->start(&error), qPrintable(error));
    m_base = m_org->baseUrl().toEncoded();
    QVERIFY(m_base.startsWith("http://127.0.0.1:"));
    m_auth = "SSWS " + m_org->apiToken().toLatin1();
    QCOMPARE(m_org->apiToken().size(), 42);
}

void TestDemoServer::cleanup() {
    m_org->setFaults({});
    m_org->setRateLimitBuckets({{u"/"_s, 0}});
}

Reply TestDemoServer::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, bool auth) {
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (auth)
        request.setRawHeader("Authorization", m_auth);
    if (!body.isNull() || method == "POST")
        request.setRawHeader("Content-Type", "application/json");
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    r.json = QJsonDocument::fromJson(r.body);
    reply->deleteLater();
    return r;
}

QList<QJsonObject> TestDemoServer::collect(const QString &first, int *pages) {
    QList<QJsonObject> items;
    QUrl url = QUrl::fromEncoded(m_base + first.toUtf8());
    int count = 0;
    while (url.isValid() && count < 1000) {
        const Reply r = send("GET", url);
        if (r.status != 200)
            return {};
        const QJsonArray page = r.array();
        for (const QJsonValue &v : page)
            items.append(v.toObject());
        ++count;
        url = r.next();
    }
    if (pages)
        *pages = count;
    return items;
}

void TestDemoServer::authFailures() {
    // No credential at all: "E0000005 | 403 | Invalid session" (okta-api-notes.md 1.3).
    Reply r = get(u"/api/v1/users/me"_s, false);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"E0000005"_s);
    QVERIFY(!r.header("X-Okta-Request-Id").isEmpty());
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject e = r.json.object();
    for (const char *key : {"errorSummary", "errorLink", "errorId", "errorCauses"})
        QVERIFY2(e.contains(QLatin1String(key)), key);

    // A credential Okta does not accept: "E0000011 | 401 | Invalid token".
    r = send("GET", QUrl::fromEncoded(m_base + "/api/v1/users/me"), {}, {{"Authorization", "SSWS 00wrong"}},
             false);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), u"E0000011"_s);
    r = send("GET", QUrl::fromEncoded(m_base + "/api/v1/users/me"), {}, {{"Authorization", "Bearer nope"}},
             false);
    QCOMPARE(r.status, 401);

    r = get(u"/api/v1/users/me"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.object().value(u"profile"_s).toObject().value(u"login"_s).toString(),
             m_org->adminLogin());
    QCOMPARE(r.json.object().value(u"id"_s).toString(), m_org->adminUserId());
    const Reply r2 = get(u"/api/v1/users/me"_s);
    QVERIFY(r.header("X-Okta-Request-Id") != r2.header("X-Okta-Request-Id"));

    QCOMPARE(get(u"/api/v1/nothing"_s).status, 404);
    QCOMPARE(send("PATCH", QUrl::fromEncoded(m_base + "/api/v1/logs")).errorCode(), u"E0000022"_s);
}

void TestDemoServer::usersPaging() {
    int pages = 0;
    const QList<QJsonObject> listed = collect(u"/api/v1/users?limit=37"_s, &pages);
    const QList<QJsonObject> deprovisioned =
        collect(u"/api/v1/users?search="_s + QString::fromLatin1(enc(u"status eq \"DEPROVISIONED\""_s)));
    QVERIFY(!listed.isEmpty());
    QVERIFY(!deprovisioned.isEmpty());
    QCOMPARE(listed.size() + deprovisioned.size(), m_options.users);
    QCOMPARE(pages, (int(listed.size()) + 36) / 37);
    QSet<QString> ids;
    for (const QJsonObject &u : listed) {
        QVERIFY(u.value(u"status"_s).toString() != u"DEPROVISIONED"_s);
        ids.insert(u.value(u"id"_s).toString());
    }
    QCOMPARE(ids.size(), listed.size());
    const Reply big = get(u"/api/v1/users?limit=5000"_s);
    QCOMPARE(big.array().size(), 200); // Okta caps user pages at 200
    QVERIFY(big.next().isValid());
    QCOMPARE(get(u"/api/v1/users?after=00unotacursor"_s).status, 400);
}

void TestDemoServer::usersSearchFilterAndQ() {
    const QList<QJsonObject> s =
        collect(u"/api/v1/users?search="_s + QString::fromLatin1(enc(u"profile.lastName sw \"S\""_s)));
    QVERIFY(!s.isEmpty());
    for (const QJsonObject &u : s)
        QVERIFY(u.value(u"profile"_s).toObject().value(u"lastName"_s).toString().startsWith(u'S'));
    const QList<QJsonObject> active =
        collect(u"/api/v1/users?filter="_s + QString::fromLatin1(enc(u"status eq \"ACTIVE\""_s)));
    QVERIFY(active.size() > m_options.users / 2);
    for (const QJsonObject &u : active)
        QCOMPARE(u.value(u"status"_s).toString(), u"ACTIVE"_s);

    Reply r = get(u"/api/v1/users?filter="_s + QString::fromLatin1(enc(u"profile.login sw \"a\""_s)));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"E0000031"_s);
    r = get(u"/api/v1/users?search="_s + QString::fromLatin1(enc(u"profile.login eq"_s)));
    QCOMPARE(r.status, 400);

    r = get(u"/api/v1/users?q=Demo"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.array().isEmpty());
    QVERIFY(r.array().size() <= 10);
    QVERIFY(!r.next().isValid());
    QCOMPARE(r.array().first().toObject().value(u"profile"_s).toObject().value(u"firstName"_s).toString(),
             u"Demo"_s);

    r = get(u"/api/v1/users/"_s + m_org->adminLogin());
    QCOMPARE(r.json.object().value(u"id"_s).toString(), m_org->adminUserId());
}

void TestDemoServer::userLifecycle() {
    const QByteArray body =
        R"({"profile":{"login":"svc-tool@demo.oktadesk.test","email":"it@demo.oktadesk.test",
        "firstName":"Service","lastName":"Tool"},"credentials":{"password":{"value":"Secret-123456"}}})";
    Reply r = send("POST", QUrl::fromEncoded(m_base + "/api/v1/users?activate=true"), body);
    QCOMPARE(r.status, 200);
    const QString id = r.json.object().value(u"id"_s).toString();
    QVERIFY(id.startsWith(u"00u"_s));
    QCOMPARE(r.json.object().value(u"status"_s).toString(), u"ACTIVE"_s);
    QVERIFY(!r.body.contains("Secret-123456"));

    r = send("POST", QUrl::fromEncoded(m_base + "/api/v1/users"), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"E0000001"_s);
    QVERIFY(r.json.object()
                .value(u"errorCauses"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"errorSummary"_s)
                .toString()
                .contains(u"already exists"_s));
    r = send("POST", QUrl::fromEncoded(m_base + "/api/v1/users"), R"({"profile":{"login":"x@y.test"}})");
    QCOMPARE(r.status, 400);

    QCOMPARE(get(u"/api/v1/users/"_s + id).status, 200);
    QCOMPARE(
        send("POST", QUrl::fromEncoded(m_base + "/api/v1/users/" + id.toLatin1() + "/lifecycle/deactivate"))
            .status,
        200);
    QCOMPARE(get(u"/api/v1/users/"_s + id).json.object().value(u"status"_s).toString(), u"DEPROVISIONED"_s);
    QCOMPARE(send("DELETE", QUrl::fromEncoded(m_base + "/api/v1/users/" + id.toLatin1())).status, 204);
    QCOMPARE(get(u"/api/v1/users/"_s + id).status, 404);
}

void TestDemoServer::groups() {
    int pages = 0;
    const QList<QJsonObject> all = collect(u"/api/v1/groups?limit=15"_s, &pages);
    QCOMPARE(all.size(), m_options.groups);
    QCOMPARE(pages, 3);
    int builtIn = 0;
    for (const QJsonObject &g : all)
        builtIn += g.value(u"type"_s).toString() == u"BUILT_IN"_s;
    QCOMPARE(builtIn, 1);

    Reply r = get(u"/api/v1/groups?q=Everyone&expand=stats"_s);
    QCOMPARE(r.array().size(), 1);
    const QJsonObject everyone = r.array().first().toObject();
    QCOMPARE(
        everyone.value(u"_embedded"_s).toObject().value(u"stats"_s).toObject().value(u"usersCount"_s).toInt(),
        m_options.users);
    const QString everyoneId = everyone.value(u"id"_s).toString();
    QCOMPARE(collect(u"/api/v1/groups/"_s + everyoneId + u"/users?limit=100"_s).size(), m_options.users);

    r = get(u"/api/v1/groups?filter="_s + QString::fromLatin1(enc(u"type eq \"OKTA_GROUP\""_s)));
    QCOMPARE(r.array().size(), m_options.groups - 1 - 1); // minus Everyone and one APP_GROUP
    const QString okta = r.array().first().toObject().value(u"id"_s).toString();
    r = send("PUT", QUrl::fromEncoded(m_base + "/api/v1/groups/" + okta.toLatin1()),
             R"({"profile":{"name":"Renamed \u00e9","description":"line\nbreak"}})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.object().value(u"profile"_s).toObject().value(u"name"_s).toString(), u"Renamed \u00e9"_s);
    QCOMPARE(get(u"/api/v1/groups/"_s + okta)
                 .json.object()
                 .value(u"profile"_s)
                 .toObject()
                 .value(u"description"_s)
                 .toString(),
             u"line\nbreak"_s);
    r = send("PUT", QUrl::fromEncoded(m_base + "/api/v1/groups/" + everyoneId.toLatin1()),
             R"({"profile":{"name":"x"}})");
    QVERIFY(r.status == 400 || r.status == 403);

    r = get(u"/api/v1/users/"_s + m_org->adminUserId() + u"/groups"_s);
    QVERIFY(r.array().size() >= 2);
    QCOMPARE(r.array().first().toObject().value(u"id"_s).toString(), everyoneId);
}

void TestDemoServer::roles() {
    Reply r = get(u"/api/v1/users/"_s + m_org->adminUserId() + u"/roles"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().first().toObject().value(u"type"_s).toString(), u"SUPER_ADMIN"_s);
    const QString target = collect(u"/api/v1/users?limit=200"_s).constLast().value(u"id"_s).toString();
    const QByteArray rolesUrl = m_base + "/api/v1/users/" + target.toLatin1() + "/roles";
    r = send("POST", QUrl::fromEncoded(rolesUrl), R"({"type":"SUPER_ADMIN"})");
    QCOMPARE(r.status, 201);
    const QJsonObject role = r.json.object();
    for (const char *key :
         {"id", "label", "type", "status", "assignmentType", "created", "lastUpdated", "_links"})
        QVERIFY2(role.contains(QLatin1String(key)), key);
    QCOMPARE(send("POST", QUrl::fromEncoded(rolesUrl), R"({"type":"NOT_A_ROLE"})").status, 400);
    QCOMPARE(
        send("DELETE", QUrl::fromEncoded(rolesUrl + '/' + role.value(u"id"_s).toString().toLatin1())).status,
        204);
    QVERIFY(get(u"/api/v1/users/"_s + target + u"/roles"_s).array().isEmpty());
}

void TestDemoServer::appsAndGrants() {
    Reply r = get(u"/api/v1/apps?q=Okta%20Workflows"_s);
    QCOMPARE(r.array().size(), 1);
    const QJsonObject app = r.array().first().toObject();
    QCOMPARE(app.value(u"label"_s).toString(), u"Okta Workflows OAuth"_s);
    QCOMPARE(app.value(u"signOnMode"_s).toString(), u"OPENID_CONNECT"_s);
    const QByteArray grants = m_base + "/api/v1/apps/" + app.value(u"id"_s).toString().toLatin1() + "/grants";
    QCOMPARE(
        get(u"/api/v1/apps?filter="_s + QString::fromLatin1(enc(u"status eq \"INACTIVE\""_s))).array().size(),
        1);

    r = send("GET", QUrl::fromEncoded(grants + "?expand=scope"));
    QStringList scopes;
    const QJsonArray listed = r.array();
    for (const QJsonValue &g : listed) {
        scopes << g.toObject().value(u"scopeId"_s).toString();
        QCOMPARE(g.toObject().value(u"issuer"_s).toString(), QString::fromLatin1(m_base));
        QVERIFY(g.toObject().value(u"_embedded"_s).toObject().contains(u"scope"_s));
    }
    for (const QString &s : {u"openid"_s, u"offline_access"_s, u"okta.logs.read"_s})
        QVERIFY(scopes.contains(s));

    const QByteArray grant = "{\"issuer\":\"" + m_base + "/\",\"scopeId\":\"okta.apps.read\"}";
    r = send("POST", QUrl::fromEncoded(grants), grant);
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json.object();
    QCOMPARE(created.value(u"scopeId"_s).toString(), u"okta.apps.read"_s);
    QCOMPARE(created.value(u"status"_s).toString(), u"ACTIVE"_s);
    QCOMPARE(created.value(u"source"_s).toString(), u"ADMIN"_s);
    QCOMPARE(
        send("GET", QUrl::fromEncoded(grants + '/' + created.value(u"id"_s).toString().toLatin1())).status,
        200);

    r = send("POST", QUrl::fromEncoded(grants), grant);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"E0000001"_s);
    r = send("POST", QUrl::fromEncoded(grants),
             "{\"issuer\":\"" + m_base + "\",\"scopeId\":\"okta.nope.read\"}");
    QCOMPARE(r.status, 400);
    r = send("POST", QUrl::fromEncoded(grants),
             R"({"issuer":"https://elsewhere.okta.com","scopeId":"okta.users.manage"})");
    QCOMPARE(r.status, 400);
    const QByteArray one = grants + '/' + created.value(u"id"_s).toString().toLatin1();
    QCOMPARE(send("DELETE", QUrl::fromEncoded(one)).status, 204);
    r = send("DELETE", QUrl::fromEncoded(one));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"E0000007"_s);

    const QByteArray appUsers =
        m_base + "/api/v1/apps/" + app.value(u"id"_s).toString().toLatin1() + "/users";
    const QString someone = collect(u"/api/v1/users?limit=200"_s).at(5).value(u"id"_s).toString();
    r = send("POST", QUrl::fromEncoded(appUsers),
             "{\"id\":\"" + someone.toLatin1() + "\",\"scope\":\"USER\"}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.object().value(u"id"_s).toString(), someone);
    QCOMPARE(send("DELETE", QUrl::fromEncoded(appUsers + '/' + someone.toLatin1())).status, 204);
}

void TestDemoServer::logsBoundedPaging() {
    const QString since =
        QString::fromLatin1(enc(QDateTime::currentDateTimeUtc().addDays(-8).toString(Qt::ISODate)));
    // Up to the org's start: the generated log only, not what earlier tests' writes recorded.
    const QString until = QString::fromLatin1(enc(m_options.now.toString(Qt::ISODateWithMs)));
    int pages = 0;
    const QList<QJsonObject> events =
        collect(u"/api/v1/logs?limit=1000&since="_s + since + u"&until="_s + until, &pages);
    QCOMPARE(events.size(), 5000);
    QCOMPARE(pages, 5);
    QSet<QString> uuids;
    QString last;
    for (const QJsonObject &e : events) {
        uuids.insert(e.value(u"uuid"_s).toString());
        const QString published = e.value(u"published"_s).toString();
        QVERIFY(published >= last);
        last = published;
    }
    QCOMPARE(uuids.size(), 5000);
    const QJsonObject e = events.first();
    for (const char *key :
         {"actor", "client", "outcome", "target", "transaction", "debugContext", "authenticationContext",
          "securityContext", "displayMessage", "eventType", "severity", "legacyEventType", "version"})
        QVERIFY2(e.contains(QLatin1String(key)), key);
    // Same seed, same page: the generator is deterministic.
    QCOMPARE(get(u"/api/v1/logs?limit=3&since="_s + since + u"&until="_s + until).body,
             get(u"/api/v1/logs?limit=3&since="_s + since + u"&until="_s + until).body);
}

void TestDemoServer::logsPollingAndDescending() {
    const QString since =
        QString::fromLatin1(enc(QDateTime::currentDateTimeUtc().addDays(-8).toString(Qt::ISODate)));
    QUrl url = QUrl::fromEncoded(m_base + "/api/v1/logs?limit=1000&since=" + since.toLatin1());
    int total = 0;
    Reply r;
    for (int i = 0; i < 10; ++i) {
        r = send("GET", url);
        QCOMPARE(r.status, 200);
        total += r.array().size();
        QVERIFY2(r.next().isValid(), "a polling query always has a next link");
        if (r.array().isEmpty())
            break;
        url = r.next();
    }
    // The generated log and the events recorded for earlier tests' writes.
    QVERIFY(total >= 5000);
    QVERIFY(r.array().isEmpty());
    QVERIFY(send("GET", r.next()).next().isValid());

    const QList<QJsonObject> desc = collect(u"/api/v1/logs?limit=700&sortOrder=DESCENDING"_s);
    QCOMPARE(desc.size(), total);
    for (qsizetype i = 1; i < desc.size(); ++i)
        QVERIFY(desc[i - 1].value(u"published"_s).toString() >= desc[i].value(u"published"_s).toString());
    QCOMPARE(get(u"/api/v1/logs?after=12_34_56"_s).status, 400);
}

void TestDemoServer::logsFilterAndValidation() {
    const QString filter = u"eventType eq \"user.session.start\" and outcome.result eq \"FAILURE\""_s;
    const QList<QJsonObject> failures =
        collect(u"/api/v1/logs?limit=1000&sortOrder=DESCENDING&filter="_s + QString::fromLatin1(enc(filter)));
    QVERIFY(!failures.isEmpty());
    for (const QJsonObject &e : failures) {
        QCOMPARE(e.value(u"eventType"_s).toString(), u"user.session.start"_s);
        QCOMPARE(e.value(u"outcome"_s).toObject().value(u"result"_s).toString(), u"FAILURE"_s);
    }
    const QList<QJsonObject> sso = collect(u"/api/v1/logs?limit=1000&sortOrder=DESCENDING&filter="_s +
                                           QString::fromLatin1(enc(u"target.type eq \"AppUser\""_s)));
    QVERIFY(!sso.isEmpty());
    for (const QJsonObject &e : sso) {
        bool found = false;
        const QJsonArray targets = e.value(u"target"_s).toArray();
        for (const QJsonValue &t : targets)
            found = found || t.toObject().value(u"type"_s).toString() == u"AppUser"_s;
        QVERIFY(found);
    }
    const QList<QJsonObject> keyword = collect(u"/api/v1/logs?limit=1000&sortOrder=DESCENDING&q=logout"_s);
    QVERIFY(!keyword.isEmpty());
    for (const QJsonObject &e : keyword)
        QCOMPARE(e.value(u"eventType"_s).toString(), u"user.session.end"_s);

    Reply r = get(u"/api/v1/logs?filter="_s + QString::fromLatin1(enc(u"eventType xx \"a\""_s)));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"E0000053"_s);
    r = get(u"/api/v1/logs?filter="_s + QString::fromLatin1(enc(u"nosuch.field eq \"a\""_s)));
    QCOMPARE(r.errorCode(), u"E0000053"_s);
    QVERIFY(r.json.object().value(u"errorSummary"_s).toString().contains(u"field is not valid"_s));
    QCOMPARE(get(u"/api/v1/logs?limit=1001"_s).status, 400);
    QCOMPARE(get(u"/api/v1/logs?limit=-1"_s).status, 400);
    QCOMPARE(get(u"/api/v1/logs?limit=0"_s).status, 200);
    QCOMPARE(get(u"/api/v1/logs?q=a%20b%20c%20d%20e%20f%20g%20h%20i%20j%20k"_s).status, 400);
    QCOMPARE(get(u"/api/v1/logs?q="_s + QString(41, u'x')).status, 400);
    QCOMPARE(get(u"/api/v1/logs?since=yesterday"_s).errorCode(), u"E0000001"_s);
    QCOMPARE(get(u"/api/v1/logs?since=2001-01-01T00:00:00Z"_s).status, 400);
    QCOMPARE(get(u"/api/v1/logs?sortOrder=SIDEWAYS"_s).status, 400);
}

QString TestDemoServer::authorizeCode(const QString &verifier, const QString &scope, QString *stateOut) {
    const QString challenge =
        QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString state = u"st-4.2_x"_s;
    QUrlQuery q;
    q.addQueryItem(u"client_id"_s, m_org->clientId());
    q.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:53682/callback"_s);
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"scope"_s, QString::fromLatin1(enc(scope)));
    q.addQueryItem(u"state"_s, state);
    q.addQueryItem(u"code_challenge"_s, challenge);
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    const Reply r = send("GET", QUrl::fromEncoded(m_base + "/oauth2/v1/authorize?" + q.query().toLatin1()),
                         {}, {}, false);
    if (r.status != 302)
        return {};
    const QUrl location = QUrl::fromEncoded(r.header("Location"));
    const QUrlQuery back(location);
    if (stateOut)
        *stateOut = back.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    return back.queryItemValue(u"code"_s, QUrl::FullyDecoded);
}

void TestDemoServer::oauthCodeFlow() {
    Reply wk = get(u"/.well-known/openid-configuration"_s, false);
    QCOMPARE(wk.status, 200);
    QCOMPARE(wk.json.object().value(u"issuer"_s).toString(), QString::fromLatin1(m_base));
    QCOMPARE(wk.json.object().value(u"code_challenge_methods_supported"_s).toArray().first().toString(),
             u"S256"_s);

    Reply bad =
        get(u"/oauth2/v1/authorize?client_id="_s + m_org->clientId() +
                u"&redirect_uri=https%3A%2F%2Fevil.test%2Fcb&response_type=code&scope=openid&state=s"_s,
            false);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.header("Location").isEmpty());

    const QString verifier = QString(50, u'v');
    QString state;
    const QString code = authorizeCode(verifier, u"openid offline_access okta.logs.read"_s, &state);
    QVERIFY(!code.isEmpty());
    QCOMPARE(state, u"st-4.2_x"_s);

    auto exchange = [&](const QString &c, const QString &v, const QString &secret) {
        const QByteArray form = "grant_type=authorization_code&code=" + enc(c) + "&code_verifier=" + enc(v) +
                                "&redirect_uri=" + enc(u"http://127.0.0.1:53682/callback"_s);
        const QByteArray basic = "Basic " + (m_org->clientId() + u':' + secret).toLatin1().toBase64();
        return send("POST", QUrl::fromEncoded(m_base + "/oauth2/v1/token"), form,
                    {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", basic}}, false);
    };
    Reply wrongSecret = exchange(code, verifier, u"wrong"_s);
    QCOMPARE(wrongSecret.status, 401);
    QCOMPARE(wrongSecret.json.object().value(u"error"_s).toString(), u"invalid_client"_s);

    const QString code2 = authorizeCode(verifier, u"openid offline_access okta.logs.read"_s);
    Reply wrongVerifier = exchange(code2, QString(50, u'w'), m_org->clientSecret());
    QCOMPARE(wrongVerifier.status, 400);
    QCOMPARE(wrongVerifier.json.object().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(exchange(code2, verifier, m_org->clientSecret()).status, 400); // codes are single use

    const QString code3 = authorizeCode(verifier, u"openid offline_access okta.logs.read"_s);
    Reply ok = exchange(code3, verifier, m_org->clientSecret());
    QCOMPARE(ok.status, 200);
    const QJsonObject t = ok.json.object();
    QCOMPARE(t.value(u"token_type"_s).toString(), u"Bearer"_s);
    QVERIFY(t.value(u"expires_in"_s).toInt() > 0);
    QVERIFY(!t.value(u"refresh_token"_s).toString().isEmpty());
    QCOMPARE(t.value(u"id_token"_s).toString().count(u'.'), 2);
    const QByteArray bearer = "Bearer " + t.value(u"access_token"_s).toString().toLatin1();
    QCOMPARE(send("GET", QUrl::fromEncoded(m_base + "/api/v1/logs?limit=1"), {}, {{"Authorization", bearer}},
                  false)
                 .status,
             200);

    QVERIFY(authorizeCode(verifier, u"openid okta.nope.read"_s).isEmpty());
    const Reply invalidScope =
        get(u"/oauth2/v1/authorize?client_id="_s + m_org->clientId() +
                u"&redirect_uri=http%3A%2F%2F127.0.0.1%3A53682%2Fcallback&response_type=code"
                u"&scope=openid%20okta.nope.read&state=abc&code_challenge=x&code_challenge_method=S256"_s,
            false);
    QCOMPARE(invalidScope.status, 302);
    QVERIFY(invalidScope.header("Location").contains("error=invalid_scope"));
    QVERIFY(invalidScope.header("Location").contains("state=abc"));
}

void TestDemoServer::oauthRefreshAndRevoke() {
    const QString verifier = QString(64, u'k');
    const QString code = authorizeCode(verifier, u"openid offline_access okta.users.read"_s);
    const QByteArray post =
        "&client_id=" + enc(m_org->clientId()) + "&client_secret=" + enc(m_org->clientSecret());
    const QList<QPair<QByteArray, QByteArray>> form = {{"Content-Type", "application/x-www-form-urlencoded"}};
    const QUrl tokenUrl = QUrl::fromEncoded(m_base + "/oauth2/v1/token");
    Reply r = send("POST", tokenUrl,
                   "grant_type=authorization_code&code=" + enc(code) + "&code_verifier=" + enc(verifier) +
                       "&redirect_uri=" + enc(u"http://127.0.0.1:53682/callback"_s) + post,
                   form, false);
    QCOMPARE(r.status, 200);
    const QByteArray refresh1 = r.json.object().value(u"refresh_token"_s).toString().toLatin1();
    r = send("POST", tokenUrl,
             "grant_type=refresh_token&refresh_token=" + enc(QString::fromLatin1(refresh1)) + post, form,
             false);
    QCOMPARE(r.status, 200);
    const QByteArray refresh2 = r.json.object().value(u"refresh_token"_s).toString().toLatin1();
    QVERIFY(!refresh2.isEmpty() && refresh2 != refresh1);
    r = send("POST", tokenUrl, "grant_type=refresh_token&refresh_token=" + refresh1 + post, form, false);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.object().value(u"error"_s).toString(), u"invalid_grant"_s);

    r = send("POST", QUrl::fromEncoded(m_base + "/oauth2/v1/revoke"),
             "token=" + refresh2 + "&token_type_hint=refresh_token" + post, form, false);
    QCOMPARE(r.status, 200);
    r = send("POST", tokenUrl, "grant_type=refresh_token&refresh_token=" + refresh2 + post, form, false);
    QCOMPARE(r.status, 400);
}

void TestDemoServer::bearerScopes() {
    const QByteArray token =
        "Bearer " + m_org->issueAccessToken({u"okta.logs.read"_s, u"okta.users.manage"_s}).toLatin1();
    const QList<QPair<QByteArray, QByteArray>> auth = {{"Authorization", token}};
    QCOMPARE(send("GET", QUrl::fromEncoded(m_base + "/api/v1/logs?limit=1"), {}, auth, false).status, 200);
    QCOMPARE(send("GET", QUrl::fromEncoded(m_base + "/api/v1/users?limit=1"), {}, auth, false).status, 200);
    const Reply denied = send("GET", QUrl::fromEncoded(m_base + "/api/v1/groups"), {}, auth, false);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorCode(), u"E0000006"_s);
    QVERIFY(denied.header("WWW-Authenticate").contains("insufficient_scope"));
    QVERIFY(denied.header("WWW-Authenticate").contains("okta.groups.read"));
    m_org->expireAccessTokens();
    QCOMPARE(send("GET", QUrl::fromEncoded(m_base + "/api/v1/logs?limit=1"), {}, auth, false).errorCode(),
             u"E0000011"_s);
}

void TestDemoServer::rateLimits() {
    m_org->setRateLimitBuckets({{u"/api/v1/"_s, 100}, {u"/api/v1/groups"_s, 3}});
    for (int i = 0; i < 3; ++i) {
        const Reply r = get(u"/api/v1/groups?limit=1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-Rate-Limit-Limit"), QByteArray("3"));
        QCOMPARE(r.header("X-Rate-Limit-Remaining").toInt(), 2 - i);
        QVERIFY(r.header("X-Rate-Limit-Reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());
    }
    const Reply limited = get(u"/api/v1/groups?limit=1"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"E0000047"_s);
    QCOMPARE(get(u"/api/v1/users?limit=1"_s).header("X-Rate-Limit-Limit"), QByteArray("100"));
    QVERIFY(get(u"/.well-known/openid-configuration"_s, false).header("X-Rate-Limit-Limit").isEmpty());
}

void TestDemoServer::faults() {
    demo::FaultOptions f;
    f.tooManyRequestsEvery = 2;
    m_org->setFaults(f);
    const int a = get(u"/api/v1/users/me"_s).status, b = get(u"/api/v1/users/me"_s).status;
    QVERIFY((a == 429) != (b == 429));
    QCOMPARE(get(u"/.well-known/openid-configuration"_s, false).status, 200); // outside the fault prefix

    f = {};
    f.serverErrorEvery = 1;
    m_org->setFaults(f);
    Reply r = get(u"/api/v1/users/me"_s);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.errorCode(), u"E0000009"_s);

    f = {};
    f.dropMidBodyEvery = 1;
    m_org->setFaults(f);
    r = get(u"/api/v1/logs?limit=50"_s);
    QVERIFY(r.error != QNetworkReply::NoError);

    f = {};
    f.malformedJsonEvery = 1;
    f.pathPrefix = u"/api/v1/logs"_s;
    m_org->setFaults(f);
    r = get(u"/api/v1/logs?limit=5"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.isNull());
    QVERIFY(!get(u"/api/v1/users/me"_s).json.isNull());

    f = {};
    f.slowResponseMs = 300;
    m_org->setFaults(f);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(u"/api/v1/users/me"_s).status, 200);
    QVERIFY(timer.elapsed() >= 290);
}

void TestDemoServer::keepAlive() {
    demo::DemoOptions options;
    options.users = 20;
    options.groups = 5;
    options.events = 100;
    demo::DemoOrg org(options);
    QVERIFY(org.start());
    QNetworkAccessManager nam;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(QUrl(org.baseUrl().toString() + u"/api/v1/logs?limit=10"_s));
        request.setRawHeader("Authorization", "SSWS " + org.apiToken().toLatin1());
        QNetworkReply *reply = nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
    }
    QCOMPARE(org.requestCount(), quint64(5));
    QCOMPARE(org.connectionCount(), quint64(1));
    org.stop();
    QCOMPARE(org.port(), quint16(0));
}

OKTADESK_TEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"

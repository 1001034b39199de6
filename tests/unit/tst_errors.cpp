#include "core/okta/authorizer.h"
#include "core/okta/errormessages.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktaerror.h"
#include "core/okta/orgurl.h"
#include "support/testmain.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace okta;

class TstErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesManagementErrorBody() {
        const OktaError e =
            OktaError::fromJson(R"({"errorCode":"E0000001","errorSummary":"Api validation failed: login",
            "errorLink":"E0000001","errorId":"oaeX1","errorCauses":[{"errorSummary":"login: An object with this field already exists"}]})");
        QCOMPARE(e.errorCode, QStringLiteral("E0000001"));
        QCOMPARE(e.errorSummary, QStringLiteral("Api validation failed: login"));
        QCOMPARE(e.errorId, QStringLiteral("oaeX1"));
        QCOMPARE(e.errorCauses,
                 QStringList{QStringLiteral("login: An object with this field already exists")});
        QVERIFY(!e.isEmpty());
    }

    void parsesOAuthErrorBody() {
        const OktaError e =
            OktaError::fromJson(R"({"error":"invalid_grant","error_description":"The code expired."})");
        QCOMPARE(e.oauthError, QStringLiteral("invalid_grant"));
        QCOMPARE(e.oauthErrorDescription, QStringLiteral("The code expired."));
    }

    void garbageBodyIsEmptyError() {
        QVERIFY(OktaError::fromJson("<html>502 Bad Gateway</html>").isEmpty());
        QVERIFY(OktaError::fromJson("[1,2]").isEmpty());
        QVERIFY(OktaError::fromJson("").isEmpty());
    }

    void httpFailureMessageNamesCauseAndRequestId() {
        OktaResult r;
        r.failure = Failure::Http;
        r.httpStatus = 400;
        r.requestId = "reqABC";
        r.error =
            OktaError::fromJson(R"({"errorCode":"E0000001","errorSummary":"Api validation failed: login",
            "errorCauses":[{"errorSummary":"login: An object with this field already exists"}]})");
        const QString m = r.message();
        QVERIFY2(m.contains(QStringLiteral("invalid")), qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("login: An object with this field already exists")),
                 qPrintable(m));
        QVERIFY2(m.contains(QStringLiteral("reqABC")), qPrintable(m));
    }

    void everyFailureKindHasItsOwnMessage_data() {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dns") << int(Failure::Network) << 0 << int(QNetworkReply::HostNotFoundError) << "DNS";
        QTest::newRow("refused") << int(Failure::Network) << 0 << int(QNetworkReply::ConnectionRefusedError)
                                 << "refused";
        QTest::newRow("dropped") << int(Failure::Network) << 200 << int(QNetworkReply::RemoteHostClosedError)
                                 << "closed before the response was complete";
        QTest::newRow("tls") << int(Failure::Tls) << 0 << int(QNetworkReply::SslHandshakeFailedError)
                             << "secure connection";
        QTest::newRow("timeout") << int(Failure::Timeout) << 0 << 0 << "did not answer in time";
        QTest::newRow("401") << int(Failure::Http) << 401 << 0 << "reauthorize";
        QTest::newRow("403") << int(Failure::Http) << 403 << 0 << "permission";
        QTest::newRow("404") << int(Failure::Http) << 404 << 0 << "Not found";
        QTest::newRow("429") << int(Failure::RateLimited) << 429 << 0 << "rate limit";
        QTest::newRow("503") << int(Failure::Http) << 503 << 0 << "HTTP 503";
        QTest::newRow("json") << int(Failure::MalformedJson) << 200 << 0 << "not valid JSON";
    }

    void everyFailureKindHasItsOwnMessage() {
        QFETCH(int, failure);
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(QString, expected);
        OktaResult r;
        r.failure = Failure(failure);
        r.httpStatus = status;
        r.networkError = QNetworkReply::NetworkError(networkError);
        r.url = QUrl(QStringLiteral("https://acme.okta.com/api/v1/users"));
        r.attempts = 6;
        const QString m = r.message();
        QVERIFY2(m.contains(expected, Qt::CaseInsensitive), qPrintable(m));
    }

    // A change whose answer was a server error or never came may still have been made at
    // Okta, and is not sent again by itself: the message says to check before retrying. A
    // read, or a change that never left (refused connection), does not say so.
    void aLostChangeSaysToCheckBeforeRetrying_data() {
        QTest::addColumn<bool>("change");
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("warns");
        const int http = int(Failure::Http);
        const int network = int(Failure::Network);
        QTest::newRow("change, 500") << true << http << 500 << 0 << true;
        QTest::newRow("change, 504") << true << http << 504 << 0 << true;
        QTest::newRow("change, timeout") << true << int(Failure::Timeout) << 0 << 0 << true;
        QTest::newRow("change, dropped")
            << true << network << 0 << int(QNetworkReply::RemoteHostClosedError) << true;
        QTest::newRow("change, refused")
            << true << network << 0 << int(QNetworkReply::ConnectionRefusedError) << false;
        QTest::newRow("change, 400") << true << http << 400 << 0 << false;
        QTest::newRow("read, 500") << false << http << 500 << 0 << false;
        QTest::newRow("read, timeout") << false << int(Failure::Timeout) << 0 << 0 << false;
    }
    void aLostChangeSaysToCheckBeforeRetrying() {
        QFETCH(bool, change);
        QFETCH(int, failure);
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(bool, warns);
        OktaResult r;
        r.change = change;
        r.failure = Failure(failure);
        r.httpStatus = status;
        r.networkError = QNetworkReply::NetworkError(networkError);
        r.url = QUrl(QStringLiteral("https://acme.okta.com/api/v1/groups/00g1/roles"));
        r.attempts = 1;
        const QString m = r.message();
        QCOMPARE(m.contains(QStringLiteral("check it there before trying again")), warns);
    }

    // E0000009 on a read is a query that took too long; on a change it is no query at all.
    void internalErrorAdviceFitsReadsAndChanges() {
        OktaResult r;
        r.failure = Failure::Http;
        r.httpStatus = 500;
        r.url = QUrl(QStringLiteral("https://acme.okta.com/api/v1/logs"));
        r.error = OktaError::fromJson(R"({"errorCode":"E0000009","errorSummary":"Internal Server Error"})");
        QVERIFY2(r.message().contains(QStringLiteral("narrower query")), qPrintable(r.message()));
        r.change = true;
        r.url = QUrl(QStringLiteral("https://acme.okta.com/api/v1/groups/00g1"));
        const QString m = r.message();
        QVERIFY2(!m.contains(QStringLiteral("query")) && m.contains(QStringLiteral("E0000009")) &&
                     m.contains(QStringLiteral("check it there")),
                 qPrintable(m));
    }

    void knownCodesAreTranslatedAndUnknownAreNot() {
        for (const char *code : {"E0000006", "E0000007", "E0000011", "E0000047", "E0000053", "E0000227"})
            QVERIFY2(!ErrorMessages::forErrorCode(QLatin1String(code)).isEmpty(), code);
        QVERIFY(ErrorMessages::forErrorCode(QStringLiteral("E9999999")).isEmpty());
    }

    void insufficientScopeNamesTheScope() {
        OktaResult r;
        r.failure = Failure::Http;
        r.httpStatus = 403;
        r.wwwAuthenticate =
            R"(Bearer realm="IdpMyAccountAPI", error="insufficient_scope", scope="okta.logs.read")";
        QVERIFY(r.message().contains(QStringLiteral("okta.logs.read")));
    }

    void baseUrlRules_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://acme.okta.com" << true;
        QTest::newRow("https slash") << "https://acme.okta.com/" << true;
        QTest::newRow("http remote") << "http://acme.okta.com" << false;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http loopback range") << "http://127.3.2.1:9" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:9000" << true;
        QTest::newRow("http localhost") << "http://localhost:1234" << true;
        // QUrl spells these 127.0.0.1, which is where the request would go.
        QTest::newRow("http loopback shorthand") << "http://127.1:8080" << true;
        QTest::newRow("http loopback hex") << "http://0x7f.0.0.1:8080" << true;
        QTest::newRow("http not loopback") << "http://128.0.0.1:8080" << false;
        QTest::newRow("port remote") << "https://acme.okta.com:8443" << false;
        QTest::newRow("path") << "https://acme.okta.com/api/v1" << false;
        QTest::newRow("user info") << "https://me@acme.okta.com" << false;
        QTest::newRow("query") << "https://acme.okta.com/?x=1" << false;
        QTest::newRow("ftp") << "ftp://acme.okta.com" << false;
        QTest::newRow("empty") << "" << false;
    }

    void baseUrlRules() {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = OrgUrl::problem(QUrl(url));
        QVERIFY2(problem.isEmpty() == allowed, qPrintable(url + QStringLiteral(": ") + problem));
    }

    // The rule holds where requests are made: nothing is sent to a forbidden base URL.
    void clientRefusesPlainHttpToARealHost() {
        QNetworkAccessManager nam;
        StaticAuthorizer auth(StaticAuthorizer::Scheme::Ssws, "00token");
        OktaClient client(&nam, QUrl(QStringLiteral("http://acme.okta.com")), &auth);
        OktaJob *job = client.get(QStringLiteral("/api/v1/users/me"));
        QSignalSpy finished(job, &OktaJob::finished);
        QVERIFY(finished.wait(5000));
        const auto result = finished.first().first().value<OktaResult>();
        QCOMPARE(result.failure, Failure::InvalidRequest);
        QVERIFY(result.message().contains(QStringLiteral("https://")));
        QCOMPARE(result.httpStatus, 0);
    }

    void userAgentNamesOktaDesk() {
        QVERIFY(OktaClient::userAgent().startsWith("OktaDesk/" OKTADESK_VERSION));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstErrors)
#include "tst_errors.moc"

#include "core/okta/linkheader.h"
#include "support/testmain.h"

#include <QTest>

using okta::parseLinkHeaders;

class TstLinkHeader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void separateHeaders() {
        const auto links = parseLinkHeaders({
            QByteArrayLiteral("<https://acme.okta.com/api/v1/users?limit=200>; rel=\"self\""),
            QByteArrayLiteral("<https://acme.okta.com/api/v1/users?after=00uABC&limit=200>; rel=\"next\""),
        });
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.value(QStringLiteral("self")).toString(),
                 QStringLiteral("https://acme.okta.com/api/v1/users?limit=200"));
        QCOMPARE(links.value(QStringLiteral("next")).toEncoded(),
                 QByteArrayLiteral("https://acme.okta.com/api/v1/users?after=00uABC&limit=200"));
    }

    void commaJoinedValue() {
        // What Qt hands back when it folds repeated headers into one.
        const auto links = parseLinkHeaders({QByteArrayLiteral(
            "<https://acme.okta.com/api/v1/logs?limit=1000>; rel=\"self\", "
            "<https://acme.okta.com/api/v1/logs?after=1627500044869_1&limit=1000>; rel=\"next\"")});
        QCOMPARE(links.value(QStringLiteral("next")).toEncoded(),
                 QByteArrayLiteral("https://acme.okta.com/api/v1/logs?after=1627500044869_1&limit=1000"));
        QCOMPARE(links.value(QStringLiteral("self")).toEncoded(),
                 QByteArrayLiteral("https://acme.okta.com/api/v1/logs?limit=1000"));
    }

    void commaInsideUrlIsPartOfUrl() {
        const auto links = parseLinkHeaders({QByteArrayLiteral(
            "<https://acme.okta.com/api/v1/users?fields=id,status&after=x>; rel=\"next\"")});
        QCOMPARE(links.value(QStringLiteral("next")).toEncoded(),
                 QByteArrayLiteral("https://acme.okta.com/api/v1/users?fields=id,status&after=x"));
    }

    void nextIsKeptVerbatim() {
        // The cursor is opaque: encoded characters must travel back exactly as sent.
        const QByteArray url = "https://acme.okta.com/api/v1/logs?since=2026-05-01T00%3A00%3A00.000Z&filter="
                               "eventType%20eq%20%22a%2Bb%22&after=abc%3D%3D";
        const auto links = parseLinkHeaders({"<" + url + ">; rel=\"next\""});
        QCOMPARE(links.value(QStringLiteral("next")).toEncoded(), url);
    }

    void unquotedRelAndExtraParameters() {
        const auto links = parseLinkHeaders({QByteArrayLiteral(
            "<https://a.okta.com/x?after=1>; type=\"application/json\"; rel=next; title=\"a;b,c\"")});
        QCOMPARE(links.value(QStringLiteral("next")).toEncoded(),
                 QByteArrayLiteral("https://a.okta.com/x?after=1"));
    }

    void upperCaseRelAndSeveralRelations() {
        const auto links =
            parseLinkHeaders({QByteArrayLiteral("<https://a.okta.com/p2>; REL=\"next last\"")});
        QCOMPARE(links.value(QStringLiteral("next")).toString(), QStringLiteral("https://a.okta.com/p2"));
        QCOMPARE(links.value(QStringLiteral("last")).toString(), QStringLiteral("https://a.okta.com/p2"));
    }

    void relativeResolvesAgainstBase() {
        const auto links =
            parseLinkHeaders({QByteArrayLiteral("</api/v1/users?after=z>; rel=\"next\"")},
                             QUrl(QStringLiteral("https://acme.okta.com/api/v1/users?limit=2")));
        QCOMPARE(links.value(QStringLiteral("next")).toString(),
                 QStringLiteral("https://acme.okta.com/api/v1/users?after=z"));
    }

    void garbageYieldsNothing() {
        QVERIFY(parseLinkHeaders({QByteArrayLiteral("nonsense")}).isEmpty());
        QVERIFY(parseLinkHeaders({QByteArrayLiteral("<https://a.okta.com/x")}).isEmpty());
        QVERIFY(parseLinkHeaders({QByteArrayLiteral("<https://a.okta.com/x>")}).isEmpty()); // no rel
        QVERIFY(parseLinkHeaders({QByteArray()}).isEmpty());
        QVERIFY(!parseLinkHeaders({QByteArrayLiteral("<https://a.okta.com/x>; rel=\"self\"")})
                     .contains(QStringLiteral("next")));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstLinkHeader)
#include "tst_linkheader.moc"

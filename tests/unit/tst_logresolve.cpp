// The demo org reads the attributes filters use most from its compact event view, and every
// other LogEvent path from the written event. Both must say the same, or a filter would
// find what the page does not show.
#include "demo/demoorg.h"
#include "demo/jsonwriter.h"
#include "demo/logevents.h"
#include "demo/logschema.h"
#include "demo/orgdata.h"
#include "support/testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TstLogResolve : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void viewAgreesWithTheWrittenEvent() {
        demo::DemoOptions o;
        o.users = 120;
        o.groups = 10;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const demo::OrgData org(o, now);
        const demo::LogGenerator log(org, 7, 4000, now - 86400000, now);
        const QStringList paths = {u"eventType"_s,
                                   u"severity"_s,
                                   u"displayMessage"_s,
                                   u"uuid"_s,
                                   u"version"_s,
                                   u"legacyEventType"_s,
                                   u"outcome.result"_s,
                                   u"outcome.reason"_s,
                                   u"actor.id"_s,
                                   u"actor.type"_s,
                                   u"actor.alternateId"_s,
                                   u"actor.displayName"_s,
                                   u"target.id"_s,
                                   u"target.type"_s,
                                   u"target.alternateId"_s,
                                   u"target.displayName"_s,
                                   u"client.ipAddress"_s,
                                   u"client.zone"_s,
                                   u"client.device"_s,
                                   u"client.id"_s,
                                   u"client.userAgent.os"_s,
                                   u"client.userAgent.browser"_s,
                                   u"client.userAgent.rawUserAgent"_s,
                                   u"client.geographicalContext.country"_s,
                                   u"client.geographicalContext.city"_s,
                                   u"client.geographicalContext.state"_s,
                                   u"client.geographicalContext.postalCode"_s,
                                   u"transaction.id"_s,
                                   u"transaction.type"_s,
                                   u"authenticationContext.externalSessionId"_s,
                                   u"authenticationContext.rootSessionId"_s,
                                   u"authenticationContext.credentialType"_s,
                                   u"authenticationContext.authenticationProvider"_s,
                                   u"debugContext.debugData.requestId"_s,
                                   u"debugContext.debugData.requestUri"_s,
                                   u"debugContext.debugData.url"_s,
                                   u"securityContext.isProxy"_s,
                                   u"securityContext.asNumber"_s,
                                   u"securityContext.asOrg"_s,
                                   u"securityContext.isp"_s,
                                   u"securityContext.domain"_s,
                                   u"request.ipChain.ip"_s,
                                   u"transaction.detail.requestApiTokenId"_s};
        int fast = 0;
        for (qint64 i = 0; i < log.count(); i += 7) {
            demo::EventView e;
            log.view(i, e);
            QByteArray json;
            demo::JsonWriter w(json);
            log.write(w, e);
            const QJsonObject written = QJsonDocument::fromJson(json).object();
            QVERIFY(!written.isEmpty());
            for (const QString &path : paths) {
                QCOMPARE(demo::checkLogEventAttribute(path), demo::LogAttribute::Valid);
                demo::FilterValues fromView, fromJson;
                if (!log.resolve(e, path, fromView))
                    continue;
                ++fast;
                demo::resolveJsonPath(written, path, fromJson);
                // The view leaves out nulls: a null and an absent attribute filter alike.
                fromJson.removeIf([](const QJsonValue &v) { return v.isNull(); });
                QVERIFY2(fromView == fromJson, qPrintable(path + u" of event "_s + QString::number(i)));
            }
        }
        QCOMPARE(fast, int(paths.size()) * int((log.count() + 6) / 7));
    }

    // Okta: "filter cannot use published"; an unknown field "gives 400 E0000053".
    void schemaChecks() {
        using demo::LogAttribute;
        QCOMPARE(demo::checkLogEventAttribute(u"published"), LogAttribute::Published);
        QCOMPARE(demo::checkLogEventAttribute(u"nosuch.field"), LogAttribute::Unknown);
        QCOMPARE(demo::checkLogEventAttribute(u"EventType"), LogAttribute::Unknown);
        QCOMPARE(demo::checkLogEventAttribute(u"actor"), LogAttribute::Unknown);
        QCOMPARE(demo::checkLogEventAttribute(u"debugContext.debugData.anyKeyAtAll"), LogAttribute::Valid);
        QCOMPARE(demo::checkLogEventAttribute(u"transaction.detail"), LogAttribute::Unknown);
        QCOMPARE(demo::checkLogEventAttribute(u"target.changeDetails.to"), LogAttribute::WholeChange);
        QCOMPARE(demo::checkLogEventAttribute(u"target.changeDetails.to.status"), LogAttribute::Valid);
        QCOMPARE(demo::checkLogEventAttribute(u"device.os_platform"), LogAttribute::Valid);
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstLogResolve)
#include "tst_logresolve.moc"

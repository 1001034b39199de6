// The streaming writers: what each format puts on the page, byte for byte.
#include "core/export/exportfile.h"
#include "core/export/recordwriter.h"
#include "support/testdata.h"
#include "support/testmain.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace okta;

namespace {

using okta::test::example;

QByteArray written(ExportFormat format, const Page &page) {
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    RecordWriter writer(format, exportHeaders<User>(), &out);
    writer.add(page);
    writer.flush();
    writer.finish();
    return out.data();
}

Page users(const char *singleQuoted) {
    return Page(User::parsePage(QByteArray(singleQuoted).replace('\'', '"')).rows);
}

} // namespace

class TstRecordWriter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyLists() {
        const Page none(User::parsePage("[]").rows);
        QCOMPARE(written(ExportFormat::Json, none), QByteArray("[]\n"));
        QCOMPARE(written(ExportFormat::Ndjson, none), QByteArray());
        QCOMPARE(written(ExportFormat::Table, none),
                 QByteArray("id\tstatus\tprofile.login\tprofile.firstName\tprofile.lastName\n"));
        QCOMPARE(written(ExportFormat::Csv, none),
                 QByteArray("id,status,profile.login,profile.firstName,profile.lastName\r\n"));
    }

    void jsonAndNdjsonAreTheOriginalBytes() {
        const Page page = users("[{'id':'a','profile':{'firstName':'Zoë'}} , {'id':'b','x':[1,2]}]");
        QCOMPARE(
            written(ExportFormat::Ndjson, page),
            QByteArray("{\"id\":\"a\",\"profile\":{\"firstName\":\"Zoë\"}}\n{\"id\":\"b\",\"x\":[1,2]}\n"));
        QCOMPARE(
            written(ExportFormat::Json, page),
            QByteArray(
                "[\n{\"id\":\"a\",\"profile\":{\"firstName\":\"Zoë\"}},\n{\"id\":\"b\",\"x\":[1,2]}\n]\n"));
    }

    // An indented body still gives one object a line, with the same meaning.
    void ndjsonOfIndentedObjectsIsOneLineEach() {
        const QByteArray page = example("logs.json");
        QVERIFY(page.contains("\n  {"));
        const QByteArray out = [&] {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            RecordWriter writer(ExportFormat::Ndjson, exportHeaders<LogEvent>(), &buffer);
            writer.add(Page(LogEvent::parsePage(page).rows));
            writer.finish();
            return buffer.data();
        }();
        QCOMPARE(out.count('\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(out).object(),
                 QJsonDocument::fromJson(page).array().first().toObject());
    }

    void csvQuotesPerRfc4180() {
        const Page page =
            users("[{'id':'1','status':'ACTIVE','profile':{'login':'a,b','firstName':'say \\'hi\\'',"
                  "'lastName':'two\\nlines'}}]");
        QCOMPARE(written(ExportFormat::Csv, page),
                 QByteArray("id,status,profile.login,profile.firstName,profile.lastName\r\n"
                            "1,ACTIVE,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
        QCOMPARE(written(ExportFormat::Table, page),
                 QByteArray("id\tstatus\tprofile.login\tprofile.firstName\tprofile.lastName\n"
                            "1\tACTIVE\ta,b\tsay \"hi\"\ttwo\\nlines\n"));
    }

    void logColumnsAsTheTableShowsThem() {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        RecordWriter writer(ExportFormat::Csv, exportHeaders<LogEvent>(), &buffer);
        writer.add(Page(LogEvent::parsePage(example("logs.json")).rows));
        QVERIFY(writer.finish());
        QCOMPARE(writer.records(), 1);
        QCOMPARE(buffer.data(),
                 QByteArray("published,eventType,outcome.result,actor.alternateId,displayMessage\r\n"
                            "2024-08-13T15:58:20.353Z,user.session.start,SUCCESS,"
                            "john.doe@example.com,User login to Okta\r\n"));
    }

    // The file appears only on commit; discarding leaves no trace and an older file intact.
    void exportFileAppearsOnlyComplete() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.ndjson"));
        {
            ExportFile file(path);
            QString error;
            QVERIFY(file.open(&error));
            file.device()->write("partial\n");
            QVERIFY(!QFile::exists(path));
        } // destroyed without commit
        QVERIFY(QDir(dir.path()).isEmpty(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot));
        {
            ExportFile file(path);
            QString error;
            QVERIFY(file.open(&error));
            file.device()->write("complete\n");
            QVERIFY(file.commit(&error));
        }
        ExportFile again(path);
        QString error;
        QVERIFY(again.open(&error));
        again.device()->write("half");
        again.discard();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("complete\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.ndjson")});
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstRecordWriter)
#include "tst_recordwriter.moc"

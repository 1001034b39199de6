// The table models behind the read-only pages, each run through QAbstractItemModelTester
// while batches arrive and the model is cleared; displayed values are checked by hand.
// (The Scopes page's model has its own test, tst_scopetablemodel.)
// (A gui test only because it links oktadesk_models; it shows no widget.)
#include "models/logeventtablemodel.h"
#include "models/modelroles.h"
#include "models/usertablemodel.h"
#include "support/testmain.h"

#include "core/values/page.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTimeZone>

using namespace oktadesk;

namespace {

QJsonObject user(int i, const QString &first, const QString &last, const QString &lastLogin) {
    QJsonObject profile{{QStringLiteral("login"), QStringLiteral("user%1@example.com").arg(i)},
                        {QStringLiteral("email"), QStringLiteral("user%1@example.com").arg(i)},
                        {QStringLiteral("department"), QStringLiteral("Finance")}};
    if (!first.isNull())
        profile.insert(QStringLiteral("firstName"), first);
    if (!last.isNull())
        profile.insert(QStringLiteral("lastName"), last);
    return {{QStringLiteral("id"), QStringLiteral("00u%1").arg(i)},
            {QStringLiteral("status"), i % 2 ? QStringLiteral("LOCKED_OUT") : QStringLiteral("ACTIVE")},
            {QStringLiteral("lastLogin"), lastLogin.isEmpty() ? QJsonValue() : QJsonValue(lastLogin)},
            {QStringLiteral("profile"), profile},
            {QStringLiteral("_links"), QJsonObject{{QStringLiteral("self"), QStringLiteral("https://x")}}}};
}

QJsonObject logEvent(int i, const QString &published, const QString &severity, const QString &result) {
    return {{QStringLiteral("uuid"), QStringLiteral("uuid-%1").arg(i)},
            {QStringLiteral("published"), published},
            {QStringLiteral("eventType"), QStringLiteral("user.session.start")},
            {QStringLiteral("severity"), severity},
            {QStringLiteral("displayMessage"), QStringLiteral("User login to Okta")},
            {QStringLiteral("actor"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("00u1")},
                         {QStringLiteral("type"), QStringLiteral("User")},
                         {QStringLiteral("alternateId"), QStringLiteral("ann@example.com")},
                         {QStringLiteral("displayName"), QStringLiteral("Ann Lee")}}},
            {QStringLiteral("outcome"),
             QJsonObject{{QStringLiteral("result"), result},
                         {QStringLiteral("reason"), QStringLiteral("INVALID_CREDENTIALS")}}}};
}

// The objects as a page's bytes, parsed by core as the pager does.
template<typename T> QList<T> parsed(const QJsonArray &objects) {
    const okta::Parsed<T> page = T::parsePage(QJsonDocument(objects).toJson(QJsonDocument::Compact));
    if (!page.ok())
        qFatal("%s", qPrintable(page.error));
    return page.rows;
}
QList<okta::User> asUsers(const QJsonArray &objects) {
    return parsed<okta::User>(objects);
}
QList<okta::LogEvent> asEvents(const QJsonArray &objects) {
    return parsed<okta::LogEvent>(objects);
}
QString local(const QString &format) {
    return QDateTime(QDate(2026, 5, 1), QTime(12, 0), QTimeZone::utc()).toLocalTime().toString(format);
}

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole) {
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TstModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void users() {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(model.headerData(UserTableModel::LastLogin, Qt::Horizontal).toString(),
                 QStringLiteral("Last login"));
        QCOMPARE(model.headerData(UserTableModel::Email, Qt::Horizontal).toString(), QStringLiteral("Email"));
        QCOMPARE(model.headerData(UserTableModel::Created, Qt::Horizontal).toString(),
                 QStringLiteral("Created"));
        model.appendRows(asUsers({user(0, QStringLiteral("Ann"), QStringLiteral("Lee"),
                                       QStringLiteral("2026-05-01T12:00:00.000Z")),
                                  user(1, QStringLiteral("Bo"), QString(), QString())}));
        model.appendRows(asUsers({user(2, QString(), QStringLiteral("Ng"), QString())}));
        model.appendRows(QList<okta::User>());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(text(model, 0, UserTableModel::Login), QStringLiteral("user0@example.com"));
        QCOMPARE(text(model, 0, UserTableModel::Name), QStringLiteral("Ann Lee"));
        QCOMPARE(text(model, 1, UserTableModel::Name), QStringLiteral("Bo"));
        QCOMPARE(text(model, 2, UserTableModel::Name), QStringLiteral("Ng"));
        QCOMPARE(text(model, 0, UserTableModel::Status), QStringLiteral("Active"));
        QCOMPARE(text(model, 1, UserTableModel::Status), QStringLiteral("Locked out"));
        QCOMPARE(text(model, 1, UserTableModel::Status, Qt::ToolTipRole), QStringLiteral("LOCKED_OUT"));
        QCOMPARE(text(model, 0, UserTableModel::Department), QStringLiteral("Finance"));
        QCOMPARE(text(model, 0, UserTableModel::LastLogin), local(QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(text(model, 0, UserTableModel::LastLogin, Qt::ToolTipRole),
                 QStringLiteral("2026-05-01 12:00:00.000 UTC"));
        QCOMPARE(text(model, 1, UserTableModel::LastLogin), QStringLiteral("Never"));
        QCOMPARE(text(model, 2, UserTableModel::Email), QStringLiteral("user2@example.com"));
        // A profile attribute picked from the schema: a column after the fixed ones, its
        // header the schema's title, its cells read from each row's bytes.
        okta::SchemaAttribute department;
        department.name = QStringLiteral("department");
        department.title = QStringLiteral("Department (schema)");
        department.type = QStringLiteral("string");
        model.addProfileColumn(department);
        model.addProfileColumn(department); // once only
        QCOMPARE(model.columnCount(), 8);
        QCOMPARE(model.headerData(7, Qt::Horizontal).toString(), QStringLiteral("Department (schema)"));
        QCOMPARE(text(model, 1, 7), QStringLiteral("Finance"));
        QCOMPARE(text(model, 1, 7, IdRole), QStringLiteral("00u1"));
        model.removeProfileColumn(QStringLiteral("department"));
        QCOMPARE(model.columnCount(), 7);
        QCOMPARE(text(model, 2, UserTableModel::Login, IdRole), QStringLiteral("00u2"));
        QVERIFY(text(model, 0, UserTableModel::Login, Qt::ToolTipRole).contains(QStringLiteral("00u0")));
        // The object exactly as the page carried it (lossless, for details and exports).
        const QJsonObject raw =
            QJsonDocument::fromJson(model.data(model.index(0, 0), RawJsonRole).toByteArray()).object();
        QCOMPARE(raw.value(QStringLiteral("id")).toString(), QStringLiteral("00u0"));
        QCOMPARE(raw, user(0, QStringLiteral("Ann"), QStringLiteral("Lee"),
                           QStringLiteral("2026-05-01T12:00:00.000Z")));
        QCOMPARE(model.data(model.index(0, UserTableModel::LastLogin), SortRole).toLongLong(),
                 QDateTime(QDate(2026, 5, 1), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.appendRows(asUsers({user(5, QStringLiteral("Cy"), QStringLiteral("Day"), QString())}));
        QCOMPARE(text(model, 0, UserTableModel::Name), QStringLiteral("Cy Day"));
    }

    void manyUsersInBatches() {
        UserTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(UserTableModel::Login);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int page = 0; page < 5; ++page) {
            QJsonArray batch;
            for (int i = 0; i < 200; ++i)
                batch.append(user(page * 200 + i, QStringLiteral("A"), QStringLiteral("B"), QString()));
            model.appendRows(asUsers(batch));
        }
        QCOMPARE(proxy.rowCount(), 1000);
        QCOMPARE(text(proxy, 0, UserTableModel::Login), QStringLiteral("user0@example.com"));
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void logEvents() {
        LogEventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendRows(asEvents({logEvent(0, QStringLiteral("2026-05-01T12:00:00.000Z"),
                                            QStringLiteral("INFO"), QStringLiteral("SUCCESS"))}));
        model.appendRows(asEvents(
            {logEvent(1, QStringLiteral("2026-05-01T11:59:00.000Z"), QStringLiteral("WARN"),
                      QStringLiteral("FAILURE")),
             logEvent(2, QStringLiteral("not a time"), QStringLiteral("ERROR"), QStringLiteral("DENY"))}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(LogEventTableModel::EventType, Qt::Horizontal).toString(),
                 QStringLiteral("Event type"));
        QCOMPARE(text(model, 0, LogEventTableModel::Time), local(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QVERIFY(text(model, 0, LogEventTableModel::Time, Qt::ToolTipRole)
                    .startsWith(QStringLiteral("2026-05-01 12:00:00.000 UTC")));
        QCOMPARE(text(model, 2, LogEventTableModel::Time), QString());
        QCOMPARE(text(model, 0, LogEventTableModel::EventType), QStringLiteral("user.session.start"));
        QCOMPARE(text(model, 0, LogEventTableModel::Actor), QStringLiteral("Ann Lee"));
        QCOMPARE(text(model, 0, LogEventTableModel::Actor, Qt::ToolTipRole),
                 QStringLiteral("ann@example.com (User)"));
        QCOMPARE(text(model, 1, LogEventTableModel::Outcome), QStringLiteral("FAILURE"));
        QCOMPARE(text(model, 1, LogEventTableModel::Outcome, Qt::ToolTipRole),
                 QStringLiteral("FAILURE: INVALID_CREDENTIALS"));
        QCOMPARE(text(model, 0, LogEventTableModel::Message), QStringLiteral("User login to Okta"));
        QCOMPARE(text(model, 1, LogEventTableModel::Message, IdRole), QStringLiteral("uuid-1"));
        QCOMPARE(text(model, 1, 0, SeverityRole), QStringLiteral("WARN"));
        QVERIFY(!model.data(model.index(0, LogEventTableModel::Severity), Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(model.data(model.index(1, LogEventTableModel::Outcome), Qt::ForegroundRole).value<QColor>(),
                 LogEventTableModel::severityColor(LogEventTableModel::EventSeverity::Error));
        QVERIFY(!model.data(model.index(0, LogEventTableModel::Outcome), Qt::ForegroundRole).isValid());
        QVERIFY(model.data(model.index(0, 0), SortRole).toLongLong() >
                model.data(model.index(1, 0), SortRole).toLongLong());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.appendRows(asEvents({logEvent(3, QStringLiteral("2026-05-01T12:00:00.000Z"),
                                            QStringLiteral("DEBUG"), QStringLiteral("SUCCESS"))}));
        QCOMPARE(text(model, 0, 0, SeverityRole), QStringLiteral("DEBUG"));
    }

    // Text from Okta never acts on the view: control characters and line breaks show as
    // visible escapes in cells and tooltips.
    void controlCharactersShowVisibly() {
        const QString hostile = QStringLiteral("\x1b]0;pwned\x07\x1b[2JEvil\nRow");
        const QString shown = QStringLiteral("\\x1b]0;pwned\\x07\\x1b[2JEvil\\nRow");
        UserTableModel users;
        QJsonObject u = user(0, hostile, QStringLiteral("Lee"), QString());
        QJsonObject profile = u.value(QStringLiteral("profile")).toObject();
        profile.insert(QStringLiteral("login"), hostile);
        u.insert(QStringLiteral("profile"), profile);
        users.appendRows(asUsers({u}));
        QCOMPARE(text(users, 0, UserTableModel::Name), shown + QStringLiteral(" Lee"));
        QCOMPARE(text(users, 0, UserTableModel::Name, Qt::ToolTipRole), shown + QStringLiteral(" Lee"));
        QCOMPARE(text(users, 0, UserTableModel::Login), shown);
        // Our own line breaks in a tooltip stay; Okta's do not.
        QVERIFY(text(users, 0, UserTableModel::Login, Qt::ToolTipRole).startsWith(shown + QLatin1Char('\n')));

        LogEventTableModel events;
        QJsonObject e =
            logEvent(0, QStringLiteral("2026-05-01T12:00:00.000Z"), QStringLiteral("INFO"), hostile);
        e.insert(QStringLiteral("displayMessage"), hostile);
        e.insert(QStringLiteral("actor"), QJsonObject{{QStringLiteral("displayName"), hostile},
                                                      {QStringLiteral("alternateId"), hostile},
                                                      {QStringLiteral("type"), QStringLiteral("User")}});
        events.appendRows(asEvents({e}));
        for (const int column :
             {LogEventTableModel::Actor, LogEventTableModel::Outcome, LogEventTableModel::Message}) {
            QCOMPARE(text(events, 0, column), shown);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                QVERIFY(!text(events, 0, column, role).contains(QChar(0x1b)));
        }
        QCOMPARE(text(events, 0, LogEventTableModel::Actor, Qt::ToolTipRole),
                 shown + QStringLiteral(" (User)"));
    }
};

OKTADESK_TEST_MAIN(TstModels)
#include "tst_models.moc"

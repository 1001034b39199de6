// The Users & Groups page in the real window, against a demo org over loopback, driven with
// QTest mouse and key events on widgets found by objectName: the first 200 users and the
// "more" note, streaming every user with progress and Cancel, a search expression and the
// local filter, a custom attribute as a column, a user's detail (profile, status, admin
// roles, groups), the bulk group attribute preview and its apply, the groups list with
// member counts, and an export. With OKTADESK_SCREENSHOT_DIR set, the page, a user's detail,
// the preview and its outcome are saved as PNGs.
#include "demo/demoorg.h"
#include "models/groupattributeplanmodel.h"
#include "models/grouptablemodel.h"
#include "models/usertablemodel.h"
#include "support/demofixture.h"
#include "support/testmain.h"
#include "support/windowrig.h"
#include "ui/directory/listpanels.h"
#include "ui/directory/userdetailpane.h"
#include "ui/pages/directorypage.h"
#include "ui/pages/resultsview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkReply>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace okta;
using namespace oktadesk;

class TstDirectoryPage : public QObject {
    Q_OBJECT
    static constexpr int Users = 500;
    static constexpr int Groups = 40;
    okta::test::DemoFixture m_demo;
    QTemporaryDir m_dir;
    std::unique_ptr<okta::test::WindowRig> m_rig;
    int m_run = 0;

    DirectoryPage *page() const { return m_rig->window.directoryPage(); }
    UsersPanel *users() const { return page()->usersPanel(); }
    template<typename T> T *child(QObject *parent, const char *name) const {
        auto *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child named %s", name);
        return found;
    }
    QTableView *userTable() const { return child<QTableView>(users(), "userTable"); }

    void click(QWidget *widget) {
        QVERIFY(widget && widget->isVisible() && widget->isEnabled());
        QTest::mouseClick(widget, Qt::LeftButton);
    }
    void type(QWidget *edit, const QString &text) {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    // Picks the combo box item at `index` with the keyboard, as a person does.
    void chooseIndex(QComboBox *combo, int index) {
        combo->setFocus();
        while (combo->currentIndex() < index)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > index)
            QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentIndex(), index);
    }
    // Opens a tool button's menu with a click and clicks the action named `name` in it.
    void clickMenuAction(QToolButton *button, const char *name) {
        QVERIFY(button);
        QTimer::singleShot(0, this, [button, name] {
            QMenu *menu = button->menu();
            QAction *action = menu->findChild<QAction *>(QLatin1String(name));
            if (!action) {
                for (QAction *a : menu->actions())
                    if (a->objectName() == QLatin1String(name))
                        action = a;
            }
            if (!action) {
                qWarning("no menu action %s", name);
                menu->close();
                return;
            }
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        });
        QTest::mouseClick(button, Qt::LeftButton);
    }
    void activateRow(QTableView *table, int row) {
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::keyClick(table, Qt::Key_Return);
    }
    void search(const QString &expression) {
        type(child<QLineEdit>(users(), "searchText"), expression);
        QTest::keyClick(child<QLineEdit>(users(), "searchText"), Qt::Key_Return);
    }
    template<typename T> T *topLevel(const char *name) const {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String(name) && w->isVisible())
                return qobject_cast<T *>(w);
        return nullptr;
    }

    void screenshot(QWidget *widget, const QString &name) {
        const QString dir = qEnvironmentVariable("OKTADESK_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(150);
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name), "PNG"));
    }

    void connectDemo() {
        QSignalSpy settled(&m_rig->controller, &SessionController::connectionSettled);
        m_rig->controller.startDemo(m_demo->baseUrl(), m_demo.apiToken());
        QTRY_COMPARE(settled.count(), 1);
        m_rig->window.showPage(MainWindow::DirectoryIndex);
        QTRY_COMPARE(userTable()->model()->rowCount(), 200);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_demo.start(okta::test::demoSize(Users, Groups, 200)), m_demo.error()); }

    void init() {
        m_rig = std::make_unique<okta::test::WindowRig>(
            m_dir.filePath(QStringLiteral("oktadesk-%1.ini").arg(++m_run)));
        m_rig->window.resize(1400, 820);
        m_rig->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_rig->window));
    }

    void cleanup() {
        m_demo->setFaults({});
        for (QWidget *w : QApplication::topLevelWidgets())
            if (qobject_cast<QDialog *>(w))
                w->deleteLater();
        m_rig.reset();
    }

    void firstPageThenStreamAllWithProgressAndCancel() {
        connectDemo();
        QCOMPARE(users()->results()->note(),
                 QStringLiteral("Showing the first 200 users — more are available"));
        // A plain list leaves out deactivated users, and the page says so.
        QLabel *remark = child<QLabel>(users(), "listRemark");
        QVERIFY(remark->isVisible());
        QVERIFY(remark->text().contains(
            QStringLiteral("Deactivated (deprovisioned) users are not in this list")));
        const int active = int(m_demo.fetchAll(QStringLiteral("/api/v1/users?limit=200")).size());

        // Stream all: every page arrives, the note says all of them came.
        chooseIndex(child<QComboBox>(users(), "resultMode"), 1);
        click(child<QAbstractButton>(users(), "searchButton"));
        QTRY_COMPARE_WITH_TIMEOUT(userTable()->model()->rowCount(), active, 20000);
        QTRY_COMPARE(users()->results()->note(), QStringLiteral("All %1 user(s).").arg(active));
        QVERIFY(!child<QWidget>(users(), "cancelButton")->isVisible());

        // Slowly, so Cancel comes in the middle: the rows that came stay.
        demo::FaultOptions slow;
        slow.pathPrefix = QStringLiteral("/api/v1/users");
        slow.slowResponseMs = 400;
        m_demo->setFaults(slow);
        click(child<QAbstractButton>(users(), "searchButton"));
        QLabel *progress = child<QLabel>(users(), "searchProgress");
        QTRY_VERIFY_WITH_TIMEOUT(
            progress->text().startsWith(QStringLiteral("Streaming… 200 user(s), 1 page(s)")), 10000);
        QVERIFY(child<QProgressBar>(users(), "searchBusy")->isVisible());
        click(child<QAbstractButton>(users(), "cancelButton"));
        QTRY_VERIFY(users()->results()->note().startsWith(QStringLiteral("Cancelled after")));
        const int kept = userTable()->model()->rowCount();
        QVERIFY(kept >= 200 && kept < active);
        QVERIFY(users()->results()->note().contains(QStringLiteral("the rows that came are kept")));
        QVERIFY(child<QWidget>(users(), "searchButton")->isVisible());
        QTest::qWait(600); // nothing arrives after the cancel
        QCOMPARE(userTable()->model()->rowCount(), kept);
    }

    void searchExpressionLocalFilterAndACustomColumn() {
        connectDemo();
        search(QStringLiteral("profile.department eq \"Engineering\""));
        QTRY_VERIFY(!users()->results()->isLoading() && userTable()->model()->rowCount() > 0);
        QAbstractItemModel *shown = userTable()->model();
        const int engineers = shown->rowCount();
        for (int row = 0; row < engineers; ++row)
            QCOMPARE(shown->index(row, UserTableModel::Department).data().toString(),
                     QStringLiteral("Engineering"));
        // A search expression includes deactivated users: no remark.
        QVERIFY(!child<QLabel>(users(), "listRemark")->isVisible());

        // The local filter narrows the rows loaded, without a request.
        const QString someLogin = shown->index(0, UserTableModel::Login).data().toString();
        type(child<QLineEdit>(users(), "localFilter"), someLogin);
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(child<QLabel>(users(), "filterCount")->text(),
                 QStringLiteral("1 of %1 shown").arg(engineers));
        type(child<QLineEdit>(users(), "localFilter"), QString());
        QCOMPARE(shown->rowCount(), engineers);

        // A custom attribute from the user schema becomes a column.
        QToolButton *chooser = child<QToolButton>(users(), "columnChooser");
        clickMenuAction(chooser, "attribute-badgeNumber");
        const int column = UserTableModel::ColumnCount;
        QTRY_COMPARE(shown->columnCount(), column + 1);
        QCOMPARE(shown->headerData(column, Qt::Horizontal).toString(), QStringLiteral("Badge number"));
        QVERIFY(shown->index(0, column).data().toString().startsWith(QLatin1Char('B')));
        // Sorting by it goes through the proxy.
        userTable()->sortByColumn(column, Qt::AscendingOrder);
        QVERIFY(shown->index(0, column).data().toString() <=
                shown->index(engineers - 1, column).data().toString());
        screenshot(&m_rig->window, QStringLiteral("directory-users.png"));
    }

    void userDetailShowsProfileStatusRolesAndGroups() {
        connectDemo();
        search(QStringLiteral("profile.login eq \"%1\"").arg(m_demo->adminLogin()));
        QTRY_COMPARE(userTable()->model()->rowCount(), 1);
        QTRY_VERIFY(!users()->results()->isLoading());
        UserDetailPane *detail = page()->userDetail();
        // Until a user is chosen the list has the page's whole width.
        QVERIFY(!detail->isVisible());
        activateRow(userTable(), 0);
        QTRY_VERIFY(detail->isVisible());
        QTRY_COMPARE(child<QLabel>(detail, "detailName")->text(), QStringLiteral("Demo Admin"));
        QVERIFY(child<QLabel>(detail, "detailLogin")->text().startsWith(m_demo->adminLogin()));
        QCOMPARE(child<QLabel>(detail, "detailStatus")->text(), QStringLiteral("Status: Active"));
        QTRY_COMPARE(child<QLabel>(detail, "detailRoles")->text(),
                     QStringLiteral("Admin roles: Super Administrator"));
        // Groups: exactly the user's, each with its type.
        const QList<QJsonObject> expected =
            m_demo.fetchAll(QStringLiteral("/api/v1/users/%1/groups").arg(m_demo->adminUserId()));
        QTableView *groups = child<QTableView>(detail, "detailGroups");
        QTRY_COMPARE(groups->model()->rowCount(), int(expected.size()));
        QSet<QString> names;
        for (int row = 0; row < groups->model()->rowCount(); ++row)
            names.insert(groups->model()->index(row, GroupTableModel::Name).data().toString());
        for (const QJsonObject &g : expected)
            QVERIFY(names.contains(
                g.value(QLatin1String("profile")).toObject().value(QLatin1String("name")).toString()));
        QVERIFY(names.contains(QStringLiteral("Everyone")));
        // A user's groups come without member counts: no empty column for them.
        QVERIFY(groups->horizontalHeader()->isSectionHidden(GroupTableModel::Members));
        // The profile: every attribute, titled from the schema, custom ones too.
        auto *tabs = child<QTabWidget>(detail, "detailTabs");
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QTableView *profile = child<QTableView>(detail, "detailProfile");
        QVERIFY(profile->isVisible());
        QStringList attributes;
        for (int row = 0; row < profile->model()->rowCount(); ++row)
            attributes.append(profile->model()->index(row, 0).data().toString());
        QVERIFY2(attributes.contains(QStringLiteral("Badge number")), qPrintable(attributes.join(u',')));
        QVERIFY(attributes.contains(QStringLiteral("Username")));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(0).center());
        // All groups: the same here (under 200), asked again.
        chooseIndex(child<QComboBox>(detail, "detailGroupsMode"), 1);
        QTRY_COMPARE(groups->model()->rowCount(), int(expected.size()));
        QVERIFY(child<QWidget>(detail, "bulkUpdateButton")->isEnabled());
        screenshot(&m_rig->window, QStringLiteral("directory-user-detail.png"));
        // Closing the detail gives the list its width back; the list keeps its row.
        click(child<QToolButton>(detail, "detailClose"));
        QVERIFY(!detail->isVisible());
        QCOMPARE(userTable()->model()->rowCount(), 1);
    }

    void bulkUpdatePreviewThenApply() {
        // A user in an app group and several Okta groups.
        QJsonObject user;
        for (const QJsonObject &u : m_demo.fetchAll(QStringLiteral("/api/v1/users?limit=200"))) {
            int app = 0, okta = 0;
            for (const QJsonObject &g : m_demo.fetchAll(QStringLiteral("/api/v1/users/%1/groups")
                                                            .arg(u.value(QLatin1String("id")).toString()))) {
                app += g.value(QLatin1String("type")).toString() == QLatin1String("APP_GROUP");
                okta += g.value(QLatin1String("type")).toString() == QLatin1String("OKTA_GROUP");
            }
            if (app > 0 && okta >= 3) {
                user = u;
                break;
            }
        }
        QVERIFY(!user.isEmpty());
        const QString id = user.value(QLatin1String("id")).toString();
        const QString login =
            user.value(QLatin1String("profile")).toObject().value(QLatin1String("login")).toString();
        const QList<QJsonObject> groupsBefore =
            m_demo.fetchAll(QStringLiteral("/api/v1/users/%1/groups").arg(id));

        connectDemo();
        search(QStringLiteral("profile.login eq \"%1\"").arg(login));
        QTRY_COMPARE(userTable()->model()->rowCount(), 1);
        activateRow(userTable(), 0);
        QWidget *bulk = child<QWidget>(page()->userDetail(), "bulkUpdateButton");
        QTRY_VERIFY(bulk->isEnabled());
        click(bulk);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel<QDialog>("groupAttributeDialog")));

        auto *attribute = child<QComboBox>(dialog, "groupAttributeName");
        QTRY_VERIFY(attribute->count() > 0); // the group schema's attributes
        type(attribute->lineEdit(), QStringLiteral("costCenter"));
        QCOMPARE(child<QLabel>(dialog, "groupAttributeHint")->text(),
                 QStringLiteral("Text; empty clears the attribute."));
        type(child<QLineEdit>(dialog, "groupAttributeValue"), QStringLiteral("CC-7777"));
        click(child<QAbstractButton>(dialog, "groupAttributePreviewButton"));
        QLabel *summary = child<QLabel>(dialog, "groupAttributeSummary");
        QTRY_VERIFY(summary->text().startsWith(QStringLiteral("Preview (dry run, nothing changed)")));

        // Each of the user's groups, with its current and new value; app groups skipped.
        QTableView *preview = child<QTableView>(dialog, "groupAttributePreview");
        const QAbstractItemModel *rows = preview->model();
        QCOMPARE(rows->rowCount(), int(groupsBefore.size()));
        int skippedApp = 0, toUpdate = 0;
        for (const QJsonObject &g : groupsBefore) {
            const QString name =
                g.value(QLatin1String("profile")).toObject().value(QLatin1String("name")).toString();
            int row = 0;
            while (row < rows->rowCount() &&
                   rows->index(row, GroupAttributePlanModel::Group).data().toString() != name)
                ++row;
            QVERIFY2(row < rows->rowCount(), qPrintable(name));
            const QString type = g.value(QLatin1String("type")).toString();
            const QString outcome = rows->index(row, GroupAttributePlanModel::Outcome).data().toString();
            if (type == QLatin1String("APP_GROUP")) {
                QCOMPARE(outcome, QStringLiteral("Skipped: app group"));
                QVERIFY(rows->index(row, GroupAttributePlanModel::Outcome)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("does not let you edit it")));
                QCOMPARE(rows->index(row, GroupAttributePlanModel::New).data().toString(), QString());
                ++skippedApp;
            } else if (type == QLatin1String("OKTA_GROUP")) {
                const QString current = g.value(QLatin1String("profile"))
                                            .toObject()
                                            .value(QLatin1String("costCenter"))
                                            .toString();
                QCOMPARE(rows->index(row, GroupAttributePlanModel::Current).data().toString(), current);
                QCOMPARE(rows->index(row, GroupAttributePlanModel::New).data().toString(),
                         QStringLiteral("CC-7777"));
                QCOMPARE(outcome, QStringLiteral("Will be updated"));
                ++toUpdate;
            }
        }
        QVERIFY(skippedApp > 0 && toUpdate >= 3);
        QCOMPARE(rows->headerData(GroupAttributePlanModel::Current, Qt::Horizontal).toString(),
                 QStringLiteral("Current value"));
        QVERIFY(child<QWidget>(dialog, "groupAttributeApplyButton")->isEnabled());
        // The preview changed nothing.
        QCOMPARE(m_demo.fetchAll(QStringLiteral("/api/v1/users/%1/groups").arg(id)), groupsBefore);
        screenshot(dialog, QStringLiteral("directory-bulk-preview.png"));

        click(child<QAbstractButton>(dialog, "groupAttributeApplyButton"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("Done: ")), 20000);
        QVERIFY2(summary->text().contains(QStringLiteral("%1 updated").arg(toUpdate)),
                 qPrintable(summary->text()));
        for (int row = 0; row < rows->rowCount(); ++row) {
            const QString outcome = rows->index(row, GroupAttributePlanModel::Outcome).data().toString();
            QVERIFY(outcome == QStringLiteral("Updated") || outcome.startsWith(QStringLiteral("Skipped")));
        }
        // After the update the old values are what they were before it.
        QCOMPARE(rows->headerData(GroupAttributePlanModel::Current, Qt::Horizontal).toString(),
                 QStringLiteral("Value before"));
        screenshot(dialog, QStringLiteral("directory-bulk-applied.png"));
        for (const QJsonObject &g : m_demo.fetchAll(QStringLiteral("/api/v1/users/%1/groups").arg(id))) {
            const QJsonValue value =
                g.value(QLatin1String("profile")).toObject().value(QLatin1String("costCenter"));
            if (g.value(QLatin1String("type")).toString() == QLatin1String("OKTA_GROUP"))
                QCOMPARE(value, QJsonValue(QStringLiteral("CC-7777")));
            else
                QVERIFY(value != QJsonValue(QStringLiteral("CC-7777")));
        }
        click(child<QAbstractButton>(dialog, "groupAttributeCloseButton"));
        QTRY_VERIFY(!topLevel<QDialog>("groupAttributeDialog"));
    }

    void groupsTabListsGroupsWithTypeAndMembers() {
        connectDemo();
        QTabWidget *tabs = page()->tabs();
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                          tabs->tabBar()->tabRect(DirectoryPage::GroupsTab).center());
        GroupsPanel *groups = page()->groupsPanel();
        QTableView *table = child<QTableView>(groups, "groupTable");
        QTRY_COMPARE(table->model()->rowCount(), Groups);
        QTRY_COMPARE(groups->results()->note(), QStringLiteral("All %1 group(s).").arg(Groups));
        QSet<QString> types;
        for (int row = 0; row < Groups; ++row) {
            types.insert(table->model()->index(row, GroupTableModel::Type).data().toString());
            bool number = false;
            table->model()
                ->index(row, GroupTableModel::Members)
                .data()
                .toString()
                .remove(QLatin1Char(','))
                .toInt(&number);
            QVERIFY(number);
        }
        QCOMPARE(types, (QSet<QString>{QStringLiteral("Okta group"), QStringLiteral("App group"),
                                       QStringLiteral("Built-in")}));
        // A quick search on the name.
        chooseIndex(child<QComboBox>(groups, "searchMode"), 0);
        type(child<QLineEdit>(groups, "searchText"), QStringLiteral("Everyone"));
        QTest::keyClick(child<QLineEdit>(groups, "searchText"), Qt::Key_Return);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, GroupTableModel::Members).data().toString(),
                 QLocale().toString(Users));
    }

    void exportWritesTheRowsShown() {
        connectDemo();
        const QString path = m_dir.filePath(QStringLiteral("users-%1.csv").arg(m_run));
        clickMenuAction(child<QToolButton>(users(), "exportButton"), "export-csv");
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = users()->findChild<QFileDialog *>(QStringLiteral("exportDialog"))));
        QTRY_VERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        type(name, path);
        QTest::keyClick(name, Qt::Key_Return);
        QLabel *status = child<QLabel>(users(), "exportStatus");
        QTRY_COMPARE(status->text(), QStringLiteral("Wrote 200 row(s) to %1.").arg(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("id,status,profile.login,profile.firstName,profile.lastName\r"));
        QCOMPARE(lines.size(), 202); // header, 200 rows, and the empty string after the last CRLF
    }
};

OKTADESK_TEST_MAIN(TstDirectoryPage)
#include "tst_directorypage.moc"

#pragma once

// How every OktaDesk test process runs. End a test file with OKTADESK_TEST_MAIN(Class)
// (widgets), OKTADESK_TEST_GUI_MAIN(Class) (QGuiApplication) or
// OKTADESK_TEST_GUILESS_MAIN(Class) instead of Qt's QTEST_*_MAIN; tests/CMakeLists.txt
// refuses a test without one. The process then
//  - keeps QSettings, caches and data under QStandardPaths' test locations (~/.qttest),
//    never the user's own;
//  - fails the running test function on any warning it did not expect with
//    QTest::ignoreMessage, through QTest::failOnWarning, and on every critical;
//  - exits non-zero for such a message outside any test function (static destructors,
//    between functions), naming it.
// A test class may define `static void initMain()` for what must happen before the
// application object exists (environment variables), as with Qt's own macros.

#include <QTest>

#ifdef QT_WIDGETS_LIB
#include <QApplication>
#endif
#ifdef QT_GUI_LIB
#include <QGuiApplication>
#endif

namespace okta::test {

// Construct before the application object; exec() the test object; return exitCode().
class TestProcess {
public:
    TestProcess();
    ~TestProcess();
    TestProcess(const TestProcess &) = delete;
    TestProcess &operator=(const TestProcess &) = delete;

    void exec(QObject *testObject, int argc, char **argv);
    int exitCode() const;

private:
    int m_failures = 0;
};

// The warnings Qt prints on its own that say nothing about our code; everything else fails.
bool isHarmlessQtWarning(const QString &message);

} // namespace okta::test

#define OKTADESK_TEST_MAIN_WITH(TestObject, Application)                                                     \
    int main(int argc, char *argv[]) {                                                                       \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                                   \
        okta::test::TestProcess process;                                                                     \
        {                                                                                                    \
            Application app(argc, argv);                                                                     \
            app.setAttribute(Qt::AA_Use96Dpi, true);                                                         \
            TestObject tc;                                                                                   \
            QTEST_SET_MAIN_SOURCE_PATH                                                                       \
            process.exec(&tc, argc, argv);                                                                   \
        }                                                                                                    \
        return process.exitCode();                                                                           \
    }

#define OKTADESK_TEST_MAIN(TestObject) OKTADESK_TEST_MAIN_WITH(TestObject, QApplication)
#define OKTADESK_TEST_GUI_MAIN(TestObject) OKTADESK_TEST_MAIN_WITH(TestObject, QGuiApplication)
#define OKTADESK_TEST_GUILESS_MAIN(TestObject) OKTADESK_TEST_MAIN_WITH(TestObject, QCoreApplication)

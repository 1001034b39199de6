#include "support/testmain.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace okta::test {

namespace {

// Notes Qt prints on its own that say nothing about our code.
const QStringList &harmlessQtWarnings() {
    static const QStringList messages{
        // The offscreen platform has no window manager to pass size hints to.
        u"This plugin does not support propagateSizeHints()"_s,
        // Nor a window to raise, or a keyboard grab (menus and file dialogs ask for both).
        u"This plugin does not support raise()"_s,
        u"This plugin does not support grabbing the keyboard"_s,
    };
    return messages;
}

// For QTest::failOnWarning: every message except the harmless ones, whole.
const QRegularExpression &unexpectedWarning() {
    static const QRegularExpression pattern = [] {
        QStringList escaped;
        for (const QString &m : harmlessQtWarnings())
            escaped << QRegularExpression::escape(m);
        return QRegularExpression(u"\\A(?!(?:"_s + escaped.join(u'|') + u")\\z)"_s);
    }();
    return pattern;
}

struct Guard {
    QRecursiveMutex mutex;             // messages come from the demo org's thread too
    QtMessageHandler before = nullptr; // the handler found at start-up (Qt's default)
    QtMessageHandler qtest = nullptr;  // QTest's own, while the test functions run
    QStringList outside;               // unexpected messages outside any test function
};

Guard &guard() {
    static Guard g;
    return g;
}

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    Guard &g = guard();
    const QMutexLocker lock(&g.mutex);
    if (g.qtest && QTest::currentTestFunction()) {
        // Qt 6.4 forgets failOnWarning patterns after each test function (and data row), so
        // the pattern is registered again with every message, before QTest sees it. QTest
        // still lets QTest::ignoreMessage win, as it should.
        if (type == QtWarningMsg)
            QTest::failOnWarning(unexpectedWarning());
        g.qtest(type, context, message);
        // failOnWarning knows warnings only; a critical is never expected.
        if (type == QtCriticalMsg)
            QTest::qFail("Received a critical message", context.file, context.line);
        return;
    }
    (g.qtest ? g.qtest : g.before)(type, context, message);
    if ((type == QtWarningMsg && !isHarmlessQtWarning(message)) || type == QtCriticalMsg)
        g.outside.append(message);
}

} // namespace

bool isHarmlessQtWarning(const QString &message) {
    return harmlessQtWarnings().contains(message);
}

TestProcess::TestProcess() {
    // Before anything reads a path: QSettings caches its locations on first use.
    QStandardPaths::setTestModeEnabled(true);
    Guard &g = guard();
    const QMutexLocker lock(&g.mutex);
    g.before = qInstallMessageHandler(handle);
}

TestProcess::~TestProcess() {
    Guard &g = guard();
    const QMutexLocker lock(&g.mutex);
    qInstallMessageHandler(g.before);
}

void TestProcess::exec(QObject *testObject, int argc, char **argv) {
    Guard &g = guard();
    // qInit() puts QTest's handler in front of ours; ours goes back in front of it, so that
    // every message passes here first and then through QTest (ignoreMessage, the log).
    QTest::qInit(testObject, argc, argv);
    {
        const QMutexLocker lock(&g.mutex);
        g.qtest = qInstallMessageHandler(handle);
    }
    m_failures = QTest::qRun();
    {
        const QMutexLocker lock(&g.mutex);
        qInstallMessageHandler(g.qtest);
        g.qtest = nullptr;
    }
    QTest::qCleanup(); // reinstalls the handler QTest found: ours
}

int TestProcess::exitCode() const {
    Guard &g = guard();
    const QMutexLocker lock(&g.mutex);
    for (const QString &message : std::as_const(g.outside))
        std::fprintf(stderr, "FAIL!  : unexpected message outside any test function: %s\n",
                     qPrintable(message));
    if (!g.outside.isEmpty())
        return m_failures > 0 ? m_failures : 1;
    return m_failures;
}

} // namespace okta::test

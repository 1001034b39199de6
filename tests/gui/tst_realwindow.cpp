// The real GUI binary in a real X server (Xvfb, xcb platform), not offscreen: it starts the
// demo org, shows its window, renders it to a PNG and exits. The picture is checked for
// what a person would see: the window's size and real content, not a blank frame.
#include "support/testmain.h"

#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TstRealWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoWindowUnderXvfb() {
        const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfbRun.isEmpty())
            QSKIP("xvfb-run is not installed (scripts/setup installs it); the real-window check cannot run");
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("window.png"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("DISPLAY"));
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&app, &QProcess::finished);
        app.start(xvfbRun, {QStringLiteral("-a"), QStringLiteral("-s"),
                            QStringLiteral("-screen 0 1280x800x24"), QStringLiteral(OKTADESK_GUI_PATH),
                            QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot});
        QVERIFY(finished.wait(60000));
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, app.readAll().constData());

        const QImage image(shot);
        QVERIFY2(!image.isNull(), "the screenshot is not a readable PNG");
        QVERIFY(image.width() >= 900 && image.height() >= 600);
        // A real rendering has text and chrome: many distinct colours, not a blank frame.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 50, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstRealWindow)
#include "tst_realwindow.moc"

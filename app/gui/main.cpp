// The composition root of the GUI: the only place that creates the long-lived objects and
// wires them together. Everything else receives what it needs.
#include "core/okta/messagefilter.h"
#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "demo/demoorg.h"
#include "resources/resources.h"
#include "translations/translator.h"
#include "ui/connectioninfo.h"
#include "ui/mainwindow.h"
#include "ui/sessioncontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

class Main {
    Q_DECLARE_TR_FUNCTIONS(Main)

public:
    static void printLine(FILE *stream, const QString &line) {
        std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
        std::fflush(stream);
    }
};

// Without a display Qt aborts with "could not connect to display"; say what to do instead.
// An explicit platform (QT_QPA_PLATFORM or -platform) is the user's choice and is kept.
bool hasDisplayOrPlatform(int argc, char **argv) {
    if (!qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
        !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            return true;
    }
    return false;
}

bool asksOnlyForText(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (qstrcmp(arg, "--help") == 0 || qstrcmp(arg, "-h") == 0 || qstrcmp(arg, "--version") == 0 ||
            qstrcmp(arg, "-v") == 0 || qstrcmp(arg, "--help-all") == 0)
            return true;
    }
    return false;
}

// --lang must be known before the option descriptions are translated, so it is read
// ahead of the real parser.
QString requestedLanguage(const QStringList &arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if ((arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

} // namespace

int main(int argc, char **argv) {
    okta::installUserFacingMessageFilter();
    if (!hasDisplayOrPlatform(argc, argv)) {
        if (asksOnlyForText(argc, argv)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            std::fputs("oktadesk: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                       "Run it inside a graphical session, or on a headless machine with\n"
                       "    xvfb-run -a oktadesk --demo\n"
                       "To only render a screenshot, no display is needed:\n"
                       "    QT_QPA_PLATFORM=offscreen oktadesk --demo --screenshot main.png\n"
                       "The command-line tool oktadesk-cli needs no display at all.\n",
                       stderr);
            return 2;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OktaDesk"));
    QApplication::setApplicationName(QStringLiteral("OktaDesk"));
    QApplication::setApplicationVersion(QStringLiteral(OKTADESK_VERSION));
    QApplication::setWindowIcon(QIcon(oktadesk::appIconPath()));
    oktadesk::installTranslations(&app, requestedLanguage(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Native desktop administration for Okta orgs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Main::tr("Start the embedded demo org and connect to it."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), Main::tr("Use the translation for <code>, e.g. de or en."), Main::tr("code"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Main::tr("Render the main window to the PNG <file> once it has settled, then quit."),
        Main::tr("file"));
    const QCommandLineOption orgOption(QStringLiteral("org"), Main::tr("Connect to the Okta org <domain>."),
                                       Main::tr("domain"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           Main::tr("Open the saved profile <name>."), Main::tr("name"));
    parser.addOptions({demoOption, langOption, screenshotOption, orgOption, profileOption});
    parser.process(app);

    oktadesk::MainWindow window;
    // Long-lived services, injected: one network manager, the OS keychain, the profiles in
    // QSettings (never a secret) and the secrets coordinator.
    QNetworkAccessManager nam;
    okta::KeychainSecretStore keychain;
    QSettings settings;
    okta::ProfileStore profiles(&settings);
    okta::ProfileSecrets secrets(&keychain, &profiles);
    oktadesk::SessionController controller(&window, {&nam, &profiles, &secrets});
    std::unique_ptr<demo::DemoOrg> demoOrg;

    const QString screenshotPath = parser.value(screenshotOption);
    bool screenshotTaken = false;
    // Renders the window once, then leaves the event loop with the outcome.
    const auto takeScreenshot = [&] {
        if (screenshotTaken)
            return;
        screenshotTaken = true;
        if (!window.grab().save(screenshotPath, "PNG")) {
            Main::printLine(stderr, Main::tr("Could not write the screenshot to %1.").arg(screenshotPath));
            QApplication::exit(1);
            return;
        }
        QApplication::exit(0);
    };
    if (!screenshotPath.isEmpty()) {
        // The status bar and the rate-limit budget settle shortly after the first answer;
        // should nothing answer, the screenshot still happens.
        QObject::connect(&controller, &oktadesk::SessionController::connectionSettled, &window,
                         [&] { QTimer::singleShot(300, &window, takeScreenshot); });
        QTimer::singleShot(10000, &window, takeScreenshot);
    }

    if (parser.isSet(demoOption)) {
        demoOrg = std::make_unique<demo::DemoOrg>();
        QString error;
        if (!demoOrg->start(&error)) {
            Main::printLine(stderr, Main::tr("The demo org could not start: %1").arg(error));
            return 1;
        }
        controller.startDemo(demoOrg->baseUrl(), demoOrg->apiToken().toUtf8());
    } else if (parser.isSet(orgOption) && !controller.openByDomain(parser.value(orgOption))) {
        controller.start();
        controller.addProfile(parser.value(orgOption));
    } else {
        controller.start(parser.value(profileOption));
        if (!screenshotPath.isEmpty())
            QTimer::singleShot(1500, &window, takeScreenshot);
    }

    window.show();
    return QApplication::exec();
}

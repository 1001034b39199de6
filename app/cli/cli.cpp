#include "cli.h"

#include "commands.h"
#include "output.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace oktadesk::cli {

namespace {

QString commandsHelp() {
    return QCoreApplication::translate(
        "oktadesk::cli",
        "Commands:\n"
        "  whoami                 the account behind the credential, and whether it is a super admin\n"
        "  users list             users (first page, --first N or --all)\n"
        "  groups list            groups\n"
        "  apps list              app integrations\n"
        "  logs search            System Log events (--keyword, --field, --filter, --since, --until)\n"
        "  scopes list            an app's scopes: --app APP [--all] (the full catalogue)\n"
        "  scopes grant SCOPE…    --app APP [--dry-run] [--force] (a name OktaDesk does not know)\n"
        "  scopes revoke SCOPE…   --app APP [--dry-run]; auto-granted OIDC scopes are never revoked\n"
        "  onboard service-account  --login L --email E --first-name F --last-name L --app APP\n"
        "                         [--role SUPER_ADMIN] [--activation-email] [--undo-on-failure] "
        "[--dry-run]:\n"
        "                         create the user, assign the role and the app, each read back; a generated\n"
        "                         password is printed once\n"
        "  demo-server            run the embedded demo org in the foreground\n"
        "  profiles list          saved connection profiles (--format json shows id, domain, method…)\n"
        "  profiles add NAME      --org DOMAIN and either --token-env VAR (API token), or --client-id ID\n"
        "                         [--client-secret-env VAR] [--port N] (browser sign-in; then login)\n"
        "  profiles login NAME    browser sign-in: prints the URL to open, waits for the redirect\n"
        "  profiles rename OLD NEW\n"
        "  profiles remove NAME   revokes the profile's tokens and deletes its keychain entries\n"
        "\n"
        "Connect with --profile NAME (a saved profile; secrets stay in the OS keychain), or with\n"
        "--org DOMAIN --token-env VAR (an SSWS API token read from that environment variable;\n"
        "never pass a token or secret on the command line).\n"
        "Exit codes: 0 ok, 1 API, network or keychain failure, 2 usage or bad input.");
}

} // namespace

int run(QCoreApplication &app, const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("oktadesk::cli", "OktaDesk command line: administer an Okta org."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("oktadesk::cli", "Show this help."));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QCoreApplication::translate("oktadesk::cli", "Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    Options options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("oktadesk::cli", "The command to run."),
                                 QStringLiteral("<command> [<subcommand>]"));

    if (!parser.parse(arguments)) {
        printLine(stderr, QCoreApplication::translate("oktadesk::cli", "oktadesk-cli: %1 (see --help)")
                              .arg(parser.errorText()));
        return Usage;
    }
    if (parser.isSet(help) || (parser.positionalArguments().isEmpty() && !parser.isSet(version))) {
        printLine(stdout, parser.helpText() + QLatin1Char('\n') + commandsHelp());
        return parser.isSet(help) ? Ok : Usage;
    }
    if (parser.isSet(version)) {
        printLine(stdout, QStringLiteral("oktadesk-cli ") + QCoreApplication::applicationVersion());
        return Ok;
    }

    QString error;
    if (!options.read(parser, &error)) {
        printLine(stderr, QStringLiteral("oktadesk-cli: ") + error);
        return Usage;
    }
    Command *command = Command::create(parser.positionalArguments(), options, &error);
    if (!command) {
        printLine(stderr, QStringLiteral("oktadesk-cli: ") + error);
        return Usage;
    }
    QObject::connect(command, &Command::done, &app, [](int code) { QCoreApplication::exit(code); });
    command->start();
    if (!command->isDone())
        app.exec();
    const int exitCode = command->exitCode();
    delete command;
    return exitCode;
}

} // namespace oktadesk::cli

#include "cli.h"

#include "commandhelp.h"
#include "commands.h"
#include "commandtable.h"
#include "output.h"

#include "core/export/exportfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace oktadesk::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("oktadesk::cli", text);
}

// An option the command does not take, named with the commands that do; empty when all apply.
QString foreignOption(const QCommandLineParser &parser, const CommandSpec &command) {
    for (const QString &name : parser.optionNames()) {
        if (command.takes(name))
            continue;
        const OptionSpec *option = findOption(name);
        return tr("%1 is an option of %2, not of `%3`.")
            .arg(option ? option->flag() : QStringLiteral("--") + name, commandsTakingText(name),
                 command.name());
    }
    return {};
}

// `help [command…]` and `<command…> --help`.
int printHelp(const QStringList &words) {
    const QString text = helpFor(words);
    if (text.isEmpty()) {
        printLine(stderr, QStringLiteral("oktadesk-cli: ") +
                              tr("unknown command \"%1\" (see --help).").arg(words.join(QLatin1Char(' '))));
        return Usage;
    }
    printLine(stdout, text.chopped(1));
    return Ok;
}

// `completion bash [--output FILE]`; the build writes the installed script this way.
int printCompletion(const QStringList &words, const QString &path) {
    QString error;
    if (words.size() != 2 || words.at(1) != QLatin1String("bash")) {
        error = tr("usage: oktadesk-cli completion bash (the only shell it knows).");
    } else {
        okta::ExportFile file(path);
        if (file.open(&error) && file.device()->write(bashCompletion().toUtf8()) >= 0 && file.commit(&error))
            return Ok;
    }
    printLine(stderr, QStringLiteral("oktadesk-cli: ") + error);
    return error.isEmpty() ? Failure : Usage;
}

} // namespace

int run(QCoreApplication &app, const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);
    Options options;
    options.addTo(parser);

    if (!parser.parse(arguments)) {
        printLine(stderr, tr("oktadesk-cli: %1 (see --help)").arg(parser.errorText()));
        return Usage;
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty() && !parser.isSet(help) && !parser.isSet(version)) {
        printLine(stdout, overallHelp().chopped(1));
        return Usage;
    }
    if (parser.isSet(version) && !parser.isSet(help)) {
        printLine(stdout, QStringLiteral("oktadesk-cli ") + QCoreApplication::applicationVersion());
        return Ok;
    }
    if (parser.isSet(help) || words.constFirst() == QLatin1String("help"))
        return printHelp(parser.isSet(help) ? words : words.mid(1));

    QString error;
    if (const CommandSpec *spec = findCommand(words)) {
        error = foreignOption(parser, *spec);
        if (!error.isEmpty()) {
            printLine(stderr, QStringLiteral("oktadesk-cli: ") + error);
            return Usage;
        }
    }
    if (words.constFirst() == QLatin1String("completion"))
        return printCompletion(words, parser.value(QStringLiteral("output")));
    if (!options.read(parser, &error)) {
        printLine(stderr, QStringLiteral("oktadesk-cli: ") + error);
        return Usage;
    }
    Command *command = Command::create(words, options, &error);
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

// The CLI's command table, seen from outside: per-command help, options another command owns
// refused with exit 2, the table and the dispatch agreeing, and the generated bash completion
// driven by a real bash.
#include "cli/commands.h"
#include "cli/commandtable.h"
#include "support/clirun.h"
#include "support/testmain.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace oktadesk::cli;
using okta::test::CliRun;
using okta::test::runCli;

namespace {

QStringList words(const char *text) {
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Whether `text` mentions option --name (not --name-something, not --something-name), or
// -n for a one-letter name.
bool mentions(const QString &text, const QString &name) {
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])(?:--([\\w-]+)|-(\\w)(?![\\w-]))"));
    for (const QRegularExpressionMatch &m : option.globalMatch(text))
        if (m.capturedView(1) == name || m.capturedView(2) == name)
            return true;
    return false;
}

} // namespace

class TstCliCommands : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    // What bash's completion offers for the words `line` (the last one is completed).
    QStringList complete(const QStringList &line) {
        QStringList quoted;
        for (const QString &word : line)
            quoted.append(QLatin1Char('\'') + word + QLatin1Char('\''));
        const QString script = QStringLiteral("source '%1' && COMP_WORDS=(%2) && COMP_CWORD=%3 && "
                                              "_oktadesk_cli && printf '%s\\n' \"${COMPREPLY[@]}\"")
                                   .arg(m_dir.filePath(u"oktadesk-cli"_qs), quoted.join(QLatin1Char(' ')))
                                   .arg(line.size() - 1);
        QProcess bash;
        bash.start(u"bash"_qs, {u"--norc"_qs, u"-c"_qs, script});
        if (!QTest::qWaitFor([&] { return bash.state() == QProcess::NotRunning; }, 20000))
            return {u"(bash did not finish)"_qs};
        if (bash.exitCode() != 0)
            return {QString::fromUtf8(bash.readAllStandardError())};
        QStringList offered =
            QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        offered.sort();
        return offered;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void commandHelpListsOnlyItsOptions_data() {
        QTest::addColumn<QString>("command");
        for (const CommandSpec &command : commandTable())
            QTest::newRow(command.words) << command.name();
    }
    void commandHelpListsOnlyItsOptions() {
        QFETCH(QString, command);
        const CommandSpec *spec = findCommand(command.split(u' '));
        QVERIFY(spec);
        const CliRun asked = runCli(command.split(u' ') + QStringList{u"--help"_qs});
        QVERIFY2(asked.finished && asked.exitCode == 0, asked.describe().constData());
        const CliRun viaHelp = runCli(QStringList{u"help"_qs} + command.split(u' '));
        QVERIFY2(viaHelp.finished && viaHelp.exitCode == 0, viaHelp.describe().constData());
        QCOMPARE(viaHelp.out, asked.out);
        const QString help = asked.outText();
        QVERIFY(help.startsWith(u"Usage: oktadesk-cli "_qs + command));
        for (const OptionSpec &option : optionTable())
            QVERIFY2(mentions(help, QLatin1String(option.name)) == spec->takes(QLatin1String(option.name)),
                     option.name);
        QVERIFY(help.contains(u"Example"_qs));
        for (const char *example : spec->examples)
            QVERIFY2(help.contains(QLatin1String(example)), example);
    }

    // The issue's own example, spelled out rather than read from the table.
    void logsSearchHelp() {
        const CliRun run = runCli({u"logs"_qs, u"search"_qs, u"--help"_qs});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        for (const char *own : {"keyword", "field", "filter", "since", "until", "order", "first", "all",
                                "format", "output", "profile", "org", "token-env"})
            QVERIFY2(mentions(run.outText(), QLatin1String(own)), own);
        for (const char *foreign :
             {"search", "q", "login", "users", "client-id", "dry-run", "timeout", "port"})
            QVERIFY2(!mentions(run.outText(), QLatin1String(foreign)), foreign);
        QVERIFY(run.outText().contains(u"oktadesk-cli logs search --profile"_qs));
    }

    void overallHelpListsEveryCommand() {
        const CliRun run = runCli({u"--help"_qs});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        for (const CommandSpec &command : commandTable())
            QVERIFY2(run.outText().contains(u"  "_qs + command.name()), command.words);
        QVERIFY(!run.outText().contains(findOption(u"timeout"_qs)->help())); // options are each command's
        const CliRun group = runCli({u"help"_qs, u"profiles"_qs});
        QVERIFY2(group.finished && group.exitCode == 0, group.describe().constData());
        QVERIFY(group.outText().contains(u"profiles rename OLD NEW"_qs));
        QVERIFY(!group.outText().contains(u"users list"_qs));
        const CliRun unknown = runCli({u"help"_qs, u"frobnicate"_qs});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(u"frobnicate"_qs));
    }

    void foreignOptionIsRefusedNamingItsCommand_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("keyword on users list")
            << QStringList{u"users"_qs, u"list"_qs, u"--keyword"_qs, u"x"_qs}
            << u"oktadesk-cli: --keyword is an option of `logs search`, not of `users list`."_qs;
        QTest::newRow("dry-run on profiles rename")
            << QStringList{u"profiles"_qs, u"rename"_qs, u"a"_qs, u"b"_qs, u"--dry-run"_qs}
            << u"oktadesk-cli: --dry-run is an option of `groups set-attribute`, `scopes grant`, `scopes "
               u"revoke` "
               "or `onboard service-account`, not of `profiles rename`."_qs;
        QTest::newRow("port on whoami, two owners")
            << QStringList{u"whoami"_qs, u"--port"_qs, u"5"_qs}
            << u"oktadesk-cli: --port is an option of `demo-server` or `profiles add`, not of `whoami`."_qs;
        QTest::newRow("profile on profiles add")
            << QStringList{u"profiles"_qs, u"add"_qs, u"acme"_qs, u"--profile"_qs, u"x"_qs}
            << u"oktadesk-cli: --profile is an option of `whoami`, `users list`, `users groups`, `groups "
               u"list`, "
               "`groups set-attribute`, `apps list`, `logs search`, `scopes list`, `scopes grant`, "
               "`scopes revoke` or `onboard service-account`, not of `profiles add`."_qs;
    }
    void foreignOptionIsRefusedNamingItsCommand() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QVERIFY2(run.finished && run.exitCode == 2, run.describe().constData());
        QCOMPARE(run.errLines(), QStringList{message});
        QVERIFY(run.out.isEmpty());
    }

    // Every table command is made by Command::create (the dispatch reads the table, so a
    // command it makes has an entry); every option a command lists exists, every option has
    // a command, and the examples use only their command's options.
    void tableAndDispatchAgree() {
        Options options;
        options.app = u"x"_qs; // the scopes commands need an app, and --force for a scope "x"
        options.force = true;
        for (const CommandSpec &spec : commandTable()) {
            QStringList line = spec.wordList();
            for (int i = 0; i < spec.minArguments; ++i)
                line.append(u"x"_qs);
            QString error;
            std::unique_ptr<Command> command(Command::create(line, options, &error));
            QVERIFY2(bool(command) == bool(spec.create), qPrintable(spec.name() + u": "_qs + error));
            for (const char *name : spec.options)
                QVERIFY2(findOption(QLatin1String(name)), name);
            QVERIFY2(!spec.examples.isEmpty(), spec.words);
            for (const char *example : spec.examples) {
                const QStringList args = QProcess::splitCommand(QString::fromUtf8(example));
                QVERIFY2(QLatin1String(example).contains(spec.name()), example);
                for (const QString &arg : args)
                    if (arg.startsWith(u"--"_qs))
                        QVERIFY2(spec.takes(arg.mid(2)),
                                 qPrintable(arg + u" in "_qs + QLatin1String(example)));
            }
        }
        for (const OptionSpec &option : optionTable())
            QVERIFY2(!commandsTaking(QLatin1String(option.name)).isEmpty(), option.name);
        QString error;
        QVERIFY(!Command::create(words("profiles juggle"), options, &error));
        QVERIFY(error.contains(u"profiles rename"_qs));
        QVERIFY(!Command::create(words("whoami extra"), options, &error));
        QVERIFY(error.contains(u"usage: oktadesk-cli whoami"_qs));
    }

    void completionScript() {
        const QString path = m_dir.filePath(u"oktadesk-cli"_qs);
        const CliRun run = runCli({u"completion"_qs, u"bash"_qs, u"--output"_qs, path});
        QVERIFY2(run.finished && run.exitCode == 0, run.describe().constData());
        QProcess check;
        check.start(u"bash"_qs, {u"-n"_qs, path});
        QVERIFY(QTest::qWaitFor([&] { return check.state() == QProcess::NotRunning; }, 20000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardError().constData());
        // The script the build installs is this one.
        QFile installed(QStringLiteral(OKTADESK_CLI_COMPLETION));
        QFile generated(path);
        QVERIFY(installed.open(QIODevice::ReadOnly) && generated.open(QIODevice::ReadOnly));
        QCOMPARE(installed.readAll(), generated.readAll());

        QStringList logsSearch{u"--help"_qs};
        for (const char *name : findCommand(words("logs search"))->options)
            logsSearch.append(u"--"_qs + QLatin1String(name));
        logsSearch.sort();
        QCOMPARE(complete({u"oktadesk-cli"_qs, u"logs"_qs, u"search"_qs, u"--"_qs}), logsSearch);
        QVERIFY(logsSearch.contains(u"--keyword"_qs) && !logsSearch.contains(u"--login"_qs));
        QCOMPARE(complete({u"oktadesk-cli"_qs, u"logs"_qs, u"search"_qs, u"--f"_qs}),
                 (QStringList{u"--field"_qs, u"--filter"_qs, u"--first"_qs, u"--follow"_qs, u"--format"_qs}));
        QCOMPARE(complete({u"oktadesk-cli"_qs, u"pro"_qs}), QStringList{u"profiles"_qs});
        QCOMPARE(complete({u"oktadesk-cli"_qs, u"profiles"_qs, u""_qs}),
                 (QStringList{u"add"_qs, u"list"_qs, u"login"_qs, u"remove"_qs, u"rename"_qs}));
        QCOMPARE(complete({u"oktadesk-cli"_qs, u"users"_qs, u"list"_qs, u"--format"_qs, u"n"_qs}),
                 QStringList{u"ndjson"_qs});
        // An option's value is not a command word: `users` here names the profile.
        QCOMPARE(complete({u"oktadesk-cli"_qs, u"--profile"_qs, u"users"_qs, u"logs"_qs, u""_qs}),
                 (QStringList{u"filter"_qs, u"search"_qs}));
        QCOMPARE(complete({u"oktadesk-cli"_qs, u"help"_qs, u"logs"_qs, u""_qs}),
                 (QStringList{u"filter"_qs, u"search"_qs}));
        QCOMPARE(complete({u"oktadesk-cli"_qs, u"completion"_qs, u""_qs}), QStringList{u"bash"_qs});
        QCOMPARE(complete({u"oktadesk-cli"_qs, u"--"_qs}), (QStringList{u"--help"_qs, u"--version"_qs}));
    }
};

OKTADESK_TEST_GUILESS_MAIN(TstCliCommands)
#include "tst_clicommands.moc"

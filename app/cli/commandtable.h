#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oktadesk::cli {

class Command;
struct Options;

// One option, declared once. Texts are QT_TRANSLATE_NOOP'd in the "oktadesk::cli" context.
struct OptionSpec {
    const char *name;
    const char *valueName;           // nullptr: a switch
    const char *description;         // untranslated; help() translates it
    QString (*caseRule)() = nullptr; // Okta's case rules for the value, appended to the description
    const char *values = nullptr;    // completion: the values it takes, space-separated, or "FILE"

    QString help() const;
    bool takesValue() const { return valueName != nullptr; }
    // How it is typed: -q for a one-letter name, --name otherwise.
    QString flag() const;
};

// `words` is the whole command line's positional words (the command's words first).
using CommandFactory = Command *(*)(const QStringList &words, const Options &options, QString *error);

// One command: its words, arguments, one-line summary, the options it takes and examples.
struct CommandSpec {
    const char *words;     // "logs search"
    const char *arguments; // its positional arguments, e.g. "NAME" ("" for none)
    int minArguments = 0;
    int maxArguments = 0;            // -1: any number
    const char *summary;             // untranslated; shown translated
    QList<const char *> options;     // every option it takes, connection options included
    QList<const char *> examples;    // complete command lines
    CommandFactory create = nullptr; // nullptr: run by cli.cpp itself (help, completion)

    QString name() const { return QLatin1String(words); }
    QStringList wordList() const { return name().split(QLatin1Char(' ')); }
    bool takes(const QString &option) const;
    QString usage() const; // "oktadesk-cli profiles add NAME [options]"
};

// --help and --version: every command takes them.
bool isGlobalOption(const QString &name);

const QList<OptionSpec> &optionTable();
const QList<CommandSpec> &commandTable();
const OptionSpec *findOption(const QString &name);
// The command the positional `words` start with, or nullptr.
const CommandSpec *findCommand(const QStringList &words);
// The commands whose first word is `group` ("profiles" -> profiles list, add, …).
QList<const CommandSpec *> commandsInGroup(const QString &group);
// "`scopes grant`, `scopes revoke`": the commands that take `option`.
QStringList commandsTaking(const QString &option);
// The same as one phrase: "`demo-server` or `profiles add`".
QString commandsTakingText(const QString &option);

} // namespace oktadesk::cli

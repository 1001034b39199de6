#pragma once

#include <QString>
#include <QStringList>

namespace oktadesk::cli {

struct CommandSpec;

// The help texts, read from the command table.
QString overallHelp();                           // the commands, how to connect, exit codes
QString commandHelp(const CommandSpec &command); // its usage, its options only, its examples
QString groupHelp(const QString &group);         // `users`: its subcommands
// Help for what `words` names (a command, a group, or nothing: the overall help); empty when
// the words name no command.
QString helpFor(const QStringList &words);

// The bash completion script: commands, subcommands, each command's options and values.
QString bashCompletion();

} // namespace oktadesk::cli

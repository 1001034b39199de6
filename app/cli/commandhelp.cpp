#include "commandhelp.h"
#include "commandtable.h"

#include <QCoreApplication>

namespace oktadesk::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("oktadesk::cli", text);
}

constexpr qsizetype Width = 80;

// `text` word-wrapped to the width, continuation lines indented by `indent`; `column` is
// where the first line starts.
QString wrapped(const QString &text, qsizetype indent, qsizetype column) {
    QString out;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0 && column + 1 + words.at(i).size() > Width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (i > 0) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += words.at(i);
        column += words.at(i).size();
    }
    return out + QLatin1Char('\n');
}

// `left` in a column of `indent`, `text` beside it.
QString twoColumns(const QString &left, const QString &text, qsizetype indent) {
    if (left.size() >= indent - 1)
        return left + QLatin1Char('\n') + QString(indent, QLatin1Char(' ')) + wrapped(text, indent, indent);
    return left.leftJustified(indent) + wrapped(text, indent, indent);
}

QString optionLine(const QString &names, const QString &text) {
    return twoColumns(QStringLiteral("  ") + names, text, 30);
}

QString commandList(const QList<const CommandSpec *> &commands) {
    QString out;
    for (const CommandSpec *command : commands) {
        QString left = QStringLiteral("  ") + command->name();
        if (*command->arguments)
            left += QLatin1Char(' ') + QString::fromUtf8(command->arguments);
        out += twoColumns(left, tr(command->summary), 28);
    }
    return out;
}

} // namespace

QString overallHelp() {
    QList<const CommandSpec *> all;
    for (const CommandSpec &command : commandTable())
        all.append(&command);
    return tr("Usage: oktadesk-cli <command> [options]\n"
              "OktaDesk command line: administer an Okta org.\n\n"
              "Commands:\n") +
           commandList(all) + QLatin1Char('\n') +
           tr("`oktadesk-cli help <command>` (or `<command> --help`) lists the options a command takes,\n"
              "with an example.\n\n"
              "Connect with --profile NAME (a saved profile; secrets stay in the OS keychain), or with\n"
              "--org DOMAIN --token-env VAR (an SSWS API token read from that environment variable;\n"
              "never pass a token or secret on the command line).\n"
              "Exit codes: 0 ok, 1 API, network or keychain failure, 2 usage or bad input.\n\n"
              "Options:\n") +
           optionLine(QStringLiteral("-h, --help"), tr("Show this help.")) +
           optionLine(QStringLiteral("--version"), tr("Show the version."));
}

QString commandHelp(const CommandSpec &command) {
    QString out = tr("Usage: %1").arg(command.usage()) + QStringLiteral("\n\n");
    out += wrapped(tr(command.summary), 0, 0) + QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    for (const char *name : command.options) {
        const OptionSpec *option = findOption(QLatin1String(name));
        if (!option)
            continue; // the table test names it
        QString names = option->flag();
        if (option->takesValue())
            names += QStringLiteral(" <") + QLatin1String(option->valueName) + QLatin1Char('>');
        out += optionLine(names, option->help());
    }
    out += optionLine(QStringLiteral("-h, --help"), tr("Show this help."));
    out += QLatin1Char('\n') + (command.examples.size() == 1 ? tr("Example:") : tr("Examples:")) +
           QLatin1Char('\n');
    for (const char *example : command.examples)
        out += QStringLiteral("  ") + QLatin1String(example) + QLatin1Char('\n');
    return out;
}

QString groupHelp(const QString &group) {
    return tr("Usage: oktadesk-cli %1 <subcommand> [options]").arg(group) + QStringLiteral("\n\n") +
           tr("Commands:") + QLatin1Char('\n') + commandList(commandsInGroup(group)) + QLatin1Char('\n') +
           tr("`oktadesk-cli help %1 <subcommand>` lists the options a command takes, with an example.")
               .arg(group) +
           QLatin1Char('\n');
}

QString helpFor(const QStringList &words) {
    if (words.isEmpty())
        return overallHelp();
    if (const CommandSpec *command = findCommand(words))
        return commandHelp(*command);
    if (words.size() == 1 && !commandsInGroup(words.constFirst()).isEmpty())
        return groupHelp(words.constFirst());
    return {};
}

} // namespace oktadesk::cli

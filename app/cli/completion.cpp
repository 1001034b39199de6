// `oktadesk-cli completion bash`: the completion script, generated from the command table so
// it knows exactly the commands and options the binary does.
#include "commandhelp.h"
#include "commandtable.h"

#include <QMap>

namespace oktadesk::cli {

namespace {

// The words that may follow `path` ("" for the first word).
QMap<QString, QStringList> subcommands() {
    QMap<QString, QStringList> next;
    for (const CommandSpec &command : commandTable()) {
        QString path;
        for (const QString &word : command.wordList()) {
            if (!next[path].contains(word))
                next[path].append(word);
            path = path.isEmpty() ? word : path + QLatin1Char(' ') + word;
        }
    }
    return next;
}

QString caseLine(const QString &label, const QString &words) {
    return QStringLiteral("        \"%1\") echo \"%2\" ;;\n").arg(label, words);
}

} // namespace

QString bashCompletion() {
    QString script =
        QStringLiteral("# bash completion for oktadesk-cli, generated from its command table by\n"
                       "# `oktadesk-cli completion bash`.\n\n"
                       "_oktadesk_cli_subcommands() {\n"
                       "    case \"$1\" in\n");
    const QMap<QString, QStringList> next = subcommands();
    for (auto it = next.cbegin(); it != next.cend(); ++it)
        script += caseLine(it.key(), it.value().join(QLatin1Char(' ')));
    script += QStringLiteral("    esac\n}\n\n_oktadesk_cli_options() {\n    case \"$1\" in\n");
    for (const CommandSpec &command : commandTable()) {
        QStringList names;
        for (const char *name : command.options)
            if (const OptionSpec *option = findOption(QLatin1String(name)))
                names.append(option->flag());
        names.append(QStringLiteral("--help"));
        script += caseLine(command.name(), names.join(QLatin1Char(' ')));
    }
    script += QStringLiteral("        *) echo \"--help --version\" ;;\n    esac\n}\n\n");
    // The fixed words a command's arguments can be (`completion bash`).
    script += QStringLiteral("_oktadesk_cli_arguments() {\n    case \"$1\" in\n");
    for (const CommandSpec &command : commandTable()) {
        const QString arguments = QString::fromUtf8(command.arguments);
        if (!arguments.isEmpty() && arguments == arguments.toLower() && arguments.at(0).isLetter())
            script += caseLine(command.name(), arguments);
    }
    script += QStringLiteral("    esac\n}\n\n");
    // An option's values: printed (FILE: a path); status 1 for a switch.
    script += QStringLiteral("_oktadesk_cli_values() {\n    case \"$1\" in\n");
    QStringList free;
    for (const OptionSpec &option : optionTable()) {
        if (!option.takesValue())
            continue;
        if (option.values)
            script += caseLine(option.flag(), QLatin1String(option.values));
        else
            free.append(option.flag());
    }
    script += QStringLiteral("        %1) ;;\n").arg(free.join(QLatin1Char('|')));
    script += QStringLiteral(
        "        *) return 1 ;;\n"
        "    esac\n"
        "}\n\n"
        "_oktadesk_cli() {\n"
        "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n"
        "    local path=\"\" command=\"\" helping=\"\" word values i\n"
        "    COMPREPLY=()\n"
        "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
        "        word=\"${COMP_WORDS[i]}\"\n"
        "        if [[ $word == -* ]]; then\n"
        "            # an option's value is the next word, not a command word\n"
        "            if [[ $word != *=* ]] && _oktadesk_cli_values \"$word\" >/dev/null; then ((i++)); fi\n"
        "            continue\n"
        "        fi\n"
        "        [[ -n $command ]] && continue\n"
        "        if [[ -z $path && -z $helping && $word == help ]]; then helping=1; continue; fi\n"
        "        if [[ \" $(_oktadesk_cli_subcommands \"$path\") \" == *\" $word \"* ]]; then\n"
        "            path=\"${path:+$path }$word\"\n"
        "            [[ -z $(_oktadesk_cli_subcommands \"$path\") ]] && command=\"$path\"\n"
        "        fi\n"
        "    done\n"
        "    if [[ $prev == -* && $prev != *=* ]] && values=$(_oktadesk_cli_values \"$prev\"); then\n"
        "        if [[ $values == FILE ]]; then\n"
        "            COMPREPLY=($(compgen -f -- \"$cur\"))\n"
        "        else\n"
        "            COMPREPLY=($(compgen -W \"$values\" -- \"$cur\"))\n"
        "        fi\n"
        "    elif [[ $cur == -* ]]; then\n"
        "        [[ -n $helping ]] && return 0\n"
        "        COMPREPLY=($(compgen -W \"$(_oktadesk_cli_options \"$command\")\" -- \"$cur\"))\n"
        "    elif [[ -z $command ]]; then\n"
        "        COMPREPLY=($(compgen -W \"$(_oktadesk_cli_subcommands \"$path\")\" -- \"$cur\"))\n"
        "    else\n"
        "        COMPREPLY=($(compgen -W \"$(_oktadesk_cli_arguments \"$command\")\" -- \"$cur\"))\n"
        "    fi\n"
        "    return 0\n"
        "}\n\n"
        "complete -F _oktadesk_cli oktadesk-cli\n");
    return script;
}

} // namespace oktadesk::cli

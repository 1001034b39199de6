// The CLI's commands, in one table (their options are in optiontable.cpp): help, the check that
// refuses an option another command owns, dispatch and the bash completion script read it.
#include "commandtable.h"
#include "commands.h"
#include "onboardcommand.h"
#include "profilecommands.h"
#include "scopescommands.h"

#include <QCoreApplication>

namespace oktadesk::cli {

namespace {

template<typename C> Command *plain(const QStringList &, const Options &options, QString *) {
    return new C(options);
}
template<ListCommand::Kind K> Command *list(const QStringList &, const Options &options, QString *) {
    return new ListCommand(K, options);
}
// `users groups USER`: USER is an id or a login.
Command *userGroups(const QStringList &words, const Options &options, QString *error) {
    if (words.size() != 3 || words.at(2).trimmed().isEmpty()) {
        *error =
            QCoreApplication::translate("oktadesk::cli", "users groups takes one user: an id or a login.");
        return nullptr;
    }
    return new ListCommand(ListCommand::Kind::UserGroups, options, words.at(2));
}
Command *profiles(const QStringList &words, const Options &options, QString *error) {
    return createProfilesCommand(words.mid(1), options, error);
}
Command *scopes(const QStringList &words, const Options &options, QString *error) {
    return createScopesCommand(words.mid(1), options, error);
}
Command *onboard(const QStringList &words, const Options &options, QString *error) {
    return createOnboardCommand(words.mid(1), options, error);
}

// The options of every command that talks to an org, then the command's own.
QList<const char *> connected(std::initializer_list<const char *> own) {
    QList<const char *> names{"profile", "org", "token-env"};
    names.append(own);
    return names;
}
QList<const char *> listing(std::initializer_list<const char *> own) {
    QList<const char *> names = connected(own);
    names.append({"limit", "first", "all", "format", "output"});
    return names;
}

} // namespace

const QList<CommandSpec> &commandTable() {
    using Kind = ListCommand::Kind;
    static const QList<CommandSpec> table{
        {"whoami",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "the account behind the credential, and whether it is a super admin"),
         connected({}),
         {"oktadesk-cli whoami --profile acme"},
         &plain<WhoAmICommand>},
        {"users list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "users (first 200, --first N or --all); without --search or --filter Okta leaves "
                           "out deactivated users"),
         listing({"search", "filter", "q"}),
         {"oktadesk-cli users list --profile acme --search 'profile.department eq \"Engineering\"' --all "
          "--format csv --output engineers.csv"},
         &list<Kind::Users>},
        {"users groups",
         "USER",
         1,
         1,
         QT_TRANSLATE_NOOP("oktadesk::cli", "the groups USER (an id or a login) belongs to"),
         connected({"first", "all", "format", "output"}),
         {"oktadesk-cli users groups jane@acme.com --profile acme --format json"},
         &userGroups},
        {"groups list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli", "groups, with their member counts"),
         listing({"search", "filter", "q"}),
         {"oktadesk-cli groups list --profile acme --q Eng"},
         &list<Kind::Groups>},
        {"groups set-attribute",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "set one group attribute on every group a user belongs to (app groups and "
                           "Everyone are skipped), after a preview of each group's current and new value"),
         connected({"user", "attribute", "value", "dry-run", "format"}),
         {"oktadesk-cli groups set-attribute --profile acme --user jane@acme.com --attribute costCenter "
          "--value CC-42 --dry-run"},
         &plain<SetGroupAttributeCommand>},
        {"apps list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli", "app integrations"),
         listing({"q", "filter"}),
         {"oktadesk-cli apps list --profile acme --format json"},
         &list<Kind::Apps>},
        {"logs search",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "System Log events (--keyword, --field, --filter, --since, --until)"),
         listing({"keyword", "field", "filter", "since", "until", "order", "follow"}),
         {"oktadesk-cli logs search --profile acme --keyword 'password reset' --field outcome.result=FAILURE "
          "--since 24h --format ndjson",
          "oktadesk-cli logs search --profile acme --field eventType=user.session.start --follow"},
         &list<Kind::Logs>},
        {"logs filter",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "print the filter that --field KEY=VALUE… and --filter EXPR make; sends nothing"),
         {"field", "filter"},
         {"oktadesk-cli logs filter --field actor.alternateId=jane@acme.com --filter 'severity eq \"WARN\"'"},
         &plain<LogFilterCommand>},
        {"scopes list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli", "an app's scopes and grants (--all: Okta's whole catalogue)"),
         connected({"app", "all", "format", "output"}),
         {"oktadesk-cli scopes list --profile acme --app 'Okta Workflows OAuth'"},
         &scopes},
        {"scopes grant",
         "SCOPE…",
         1,
         -1,
         QT_TRANSLATE_NOOP("oktadesk::cli", "grant scopes to an app"),
         connected({"app", "dry-run", "force"}),
         {"oktadesk-cli scopes grant --profile acme --app 'Okta Workflows OAuth' okta.users.manage "
          "--dry-run"},
         &scopes},
        {"scopes revoke",
         "SCOPE…",
         1,
         -1,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "revoke scopes from an app; auto-granted OIDC scopes are never revoked"),
         connected({"app", "dry-run", "force"}),
         {"oktadesk-cli scopes revoke --profile acme --app 'Okta Workflows OAuth' okta.groups.manage"},
         &scopes},
        {"onboard service-account",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "create a service account, make it an admin and assign it to an app, "
                           "each step read back; a generated password is printed once"),
         connected({"login", "email", "first-name", "last-name", "app", "role", "activation-email",
                    "undo-on-failure", "dry-run"}),
         {"oktadesk-cli onboard service-account --profile acme --login svc-backup@acme.com --email "
          "it-team@acme.com --first-name Backup --last-name Robot --app 'Backup Connector' --dry-run"},
         &onboard},
        {"demo-server",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli", "run the embedded demo org in the foreground"),
         {"port", "users", "groups", "events", "seed", "token", "live-rate", "no-rate-limits"},
         {"oktadesk-cli demo-server --port 8080 --users 200 --live-rate 5"},
         &plain<DemoServerCommand>},
        {"profiles list",
         "",
         0,
         0,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "saved connection profiles (--format json shows id, domain, method…)"),
         {"format", "output"},
         {"oktadesk-cli profiles list --format json"},
         &profiles},
        {"profiles add",
         "NAME",
         1,
         1,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "save a profile: --org DOMAIN and either --token-env VAR (API token), "
                           "or --client-id ID (browser sign-in; then profiles login)"),
         {"org", "token-env", "client-id", "client-secret-env", "port"},
         {"oktadesk-cli profiles add acme --org acme.okta.com --token-env OKTA_TOKEN",
          "oktadesk-cli profiles add acme-sso --org acme.okta.com --client-id 0oa1b2c3d4e5f6g7h8i9 --port "
          "53682"},
         &profiles},
        {"profiles login",
         "NAME",
         1,
         1,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "browser sign-in: prints the URL to open, waits for the redirect"),
         {"timeout"},
         {"oktadesk-cli profiles login acme-sso --timeout 120"},
         &profiles},
        {"profiles rename",
         "OLD NEW",
         2,
         2,
         QT_TRANSLATE_NOOP("oktadesk::cli", "rename a saved profile"),
         {},
         {"oktadesk-cli profiles rename acme acme-prod"},
         &profiles},
        {"profiles remove",
         "NAME",
         1,
         1,
         QT_TRANSLATE_NOOP("oktadesk::cli", "revokes the profile's tokens and deletes its keychain entries"),
         {"force"},
         {"oktadesk-cli profiles remove acme-old"},
         &profiles},
        {"help",
         "[COMMAND…]",
         0,
         -1,
         QT_TRANSLATE_NOOP("oktadesk::cli", "a command's options and an example"),
         {},
         {"oktadesk-cli help logs search"}},
        {"completion",
         "bash",
         1,
         1,
         QT_TRANSLATE_NOOP("oktadesk::cli", "print the bash completion script (installed with OktaDesk)"),
         {"output"},
         {"source <(oktadesk-cli completion bash)"}},
    };
    return table;
}

bool CommandSpec::takes(const QString &option) const {
    if (isGlobalOption(option))
        return true;
    for (const char *name : options)
        if (option == QLatin1String(name))
            return true;
    return false;
}

QString CommandSpec::usage() const {
    QString text = QStringLiteral("oktadesk-cli ") + name();
    if (*arguments)
        text += QLatin1Char(' ') + QString::fromUtf8(arguments);
    if (!options.isEmpty())
        text += QStringLiteral(" [options]");
    return text;
}

const CommandSpec *findCommand(const QStringList &words) {
    const CommandSpec *best = nullptr;
    for (const CommandSpec &command : commandTable()) {
        const QStringList own = command.wordList();
        if (words.mid(0, own.size()) == own && (!best || own.size() > best->wordList().size()))
            best = &command;
    }
    return best;
}

QList<const CommandSpec *> commandsInGroup(const QString &group) {
    QList<const CommandSpec *> found;
    for (const CommandSpec &command : commandTable())
        if (command.name().startsWith(group + QLatin1Char(' ')))
            found.append(&command);
    return found;
}

QString commandsTakingText(const QString &option) {
    QStringList names = commandsTaking(option);
    const QString last = names.isEmpty() ? QString() : names.takeLast();
    return names.isEmpty() ? last
                           : QCoreApplication::translate("oktadesk::cli", "%1 or %2")
                                 .arg(names.join(QStringLiteral(", ")), last);
}

QStringList commandsTaking(const QString &option) {
    QStringList names;
    for (const CommandSpec &command : commandTable())
        if (!isGlobalOption(option) && command.takes(option))
            names.append(QLatin1Char('`') + command.name() + QLatin1Char('`'));
    return names;
}

} // namespace oktadesk::cli

// The CLI's options, each declared once; commands name the ones they take (commandtable.cpp).
#include "commandtable.h"

#include "core/okta/querybuilder.h"

#include <QCoreApplication>

namespace oktadesk::cli {

namespace {

const char *const Context = "oktadesk::cli";

} // namespace

QString OptionSpec::flag() const {
    const QLatin1String n(name);
    return (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
}

QString OptionSpec::help() const {
    const QString text = QCoreApplication::translate(Context, description);
    return caseRule ? text + QLatin1Char(' ') + caseRule() : text;
}

const QList<OptionSpec> &optionTable() {
    using okta::QueryCaseRules;
    static const QList<OptionSpec> table{
        {"profile", "name", QT_TRANSLATE_NOOP("oktadesk::cli", "Use a saved connection profile.")},
        {"org", "domain", QT_TRANSLATE_NOOP("oktadesk::cli", "Org domain or URL (acme.okta.com).")},
        {"token-env", "var",
         QT_TRANSLATE_NOOP("oktadesk::cli", "Name of the environment variable holding an SSWS API token.")},
        {"client-id", "id",
         QT_TRANSLATE_NOOP("oktadesk::cli", "Client ID of the OAuth app (browser sign-in).")},
        {"client-secret-env", "var",
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "Name of the environment variable holding the OAuth app's client secret.")},
        {"force", nullptr,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "profiles remove: remove the profile even when its tokens cannot be revoked at "
                           "Okta; scopes grant/revoke: send a scope name OktaDesk does not know.")},
        {"timeout", "s",
         QT_TRANSLATE_NOOP("oktadesk::cli", "Seconds to wait for the browser (default 300).")},
        {"search", "expr", QT_TRANSLATE_NOOP("oktadesk::cli", "Okta search expression (users, groups)."),
         &QueryCaseRules::search},
        {"filter", "expr",
         QT_TRANSLATE_NOOP("oktadesk::cli", "Okta filter expression; for logs, the custom filter."),
         &QueryCaseRules::filter},
        {"q", "text", QT_TRANSLATE_NOOP("oktadesk::cli", "Starts-with lookup (users, groups, apps)."),
         &QueryCaseRules::caseless},
        {"keyword", "words", QT_TRANSLATE_NOOP("oktadesk::cli", "System Log keywords (q)."),
         &QueryCaseRules::caseless},
        {"field", "key=value",
         QT_TRANSLATE_NOOP("oktadesk::cli", "System Log field match key=value (repeatable)."),
         &QueryCaseRules::filter},
        {"since", "time",
         QT_TRANSLATE_NOOP("oktadesk::cli", "Start time: ISO 8601, or 30m, 24h, 7d back from now.")},
        {"until", "time", QT_TRANSLATE_NOOP("oktadesk::cli", "End time: ISO 8601, or a span back from now.")},
        {"order", "order", QT_TRANSLATE_NOOP("oktadesk::cli", "asc or desc (System Log)."), nullptr,
         "asc desc"},
        {"limit", "n", QT_TRANSLATE_NOOP("oktadesk::cli", "Page size.")},
        {"first", "n", QT_TRANSLATE_NOOP("oktadesk::cli", "Stop after N rows.")},
        {"all", nullptr, QT_TRANSLATE_NOOP("oktadesk::cli", "Stream every page.")},
        {"follow", nullptr,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "Keep polling for new events (a live tail, oldest first, from --since or now) "
                           "until Ctrl+C; each page is printed as it arrives.")},
        {"format", "format",
         QT_TRANSLATE_NOOP(
             "oktadesk::cli",
             "table, csv, json or ndjson (json and ndjson: each object exactly as Okta sent it)."),
         nullptr, "table csv json ndjson"},
        {"output", "file",
         QT_TRANSLATE_NOOP(
             "oktadesk::cli",
             "Write the list to FILE; it appears only once complete (an error or Ctrl+C leaves no "
             "file)."),
         nullptr, "FILE"},
        {"user", "user",
         QT_TRANSLATE_NOOP("oktadesk::cli", "The user (an id or a login) whose groups to change.")},
        {"attribute", "name", QT_TRANSLATE_NOOP("oktadesk::cli", "The group profile attribute to set.")},
        {"value", "value",
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "The value (typed as the group schema says; empty clears the attribute).")},
        {"port", "n",
         QT_TRANSLATE_NOOP("oktadesk::cli", "demo-server: port (0 picks a free one); profiles add: loopback "
                                            "redirect port (default 53682).")},
        {"users", "n", QT_TRANSLATE_NOOP("oktadesk::cli", "Number of users.")},
        {"groups", "n", QT_TRANSLATE_NOOP("oktadesk::cli", "Number of groups.")},
        {"events", "n", QT_TRANSLATE_NOOP("oktadesk::cli", "Number of System Log events.")},
        {"seed", "n", QT_TRANSLATE_NOOP("oktadesk::cli", "Data seed.")},
        {"token", "token", QT_TRANSLATE_NOOP("oktadesk::cli", "The API token it accepts.")},
        {"live-rate", "n",
         QT_TRANSLATE_NOOP("oktadesk::cli", "Background System Log events per second (default 0).")},
        {"no-rate-limits", nullptr,
         QT_TRANSLATE_NOOP("oktadesk::cli", "No simulated rate limits (for benchmarks).")},
        {"dry-run", nullptr,
         QT_TRANSLATE_NOOP("oktadesk::cli", "Check and show what would change; change nothing.")},
        {"login", "login", QT_TRANSLATE_NOOP("oktadesk::cli", "The service account's login (email form).")},
        {"email", "email",
         QT_TRANSLATE_NOOP("oktadesk::cli", "The service account's email address (a team mailbox).")},
        {"first-name", "name", QT_TRANSLATE_NOOP("oktadesk::cli", "First name.")},
        {"last-name", "name", QT_TRANSLATE_NOOP("oktadesk::cli", "Last name.")},
        {"app", "app",
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "The app: its label or its id (for scopes, also its client ID).")},
        {"role", "type", QT_TRANSLATE_NOOP("oktadesk::cli", "The admin role (default SUPER_ADMIN).")},
        {"activation-email", nullptr,
         QT_TRANSLATE_NOOP("oktadesk::cli",
                           "Okta emails an activation link instead of a generated password.")},
        {"undo-on-failure", nullptr,
         QT_TRANSLATE_NOOP("oktadesk::cli", "If a step fails, undo the earlier steps without asking.")},
    };
    return table;
}

bool isGlobalOption(const QString &name) {
    return name == QLatin1String("help") || name == QLatin1String("h") || name == QLatin1String("version");
}

const OptionSpec *findOption(const QString &name) {
    for (const OptionSpec &option : optionTable())
        if (name == QLatin1String(option.name))
            return &option;
    return nullptr;
}

} // namespace oktadesk::cli

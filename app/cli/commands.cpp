#include "commands.h"
#include "commandtable.h"
#include "profilecommands.h"
#include "scopescommands.h"

#include "core/auth/orgdomain.h"
#include "core/okta/authorizer.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/pager.h"
#include "core/okta/querybuilder.h"
#include "core/profiles/profilesession.h"
#include "core/values/textescape.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRegularExpression>

namespace oktadesk::cli {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("oktadesk::cli", text);
}
} // namespace

void Options::addTo(QCommandLineParser &parser) {
    for (const OptionSpec &spec : optionTable()) {
        QCommandLineOption o(QLatin1String(spec.name), spec.help(),
                             spec.takesValue() ? QLatin1String(spec.valueName) : QString());
        m_options.append(o);
        parser.addOption(o);
    }
}

bool Options::read(const QCommandLineParser &p, QString *error) {
    const auto number = [&](const char *name, qint64 min, qint64 max, qint64 *out) {
        const QString key = QLatin1String(name);
        if (!p.isSet(key))
            return true;
        bool ok = false;
        const qint64 v = p.value(key).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            *error = tr("--%1 needs a whole number from %2 to %3, not \"%4\".")
                         .arg(key)
                         .arg(min)
                         .arg(max)
                         .arg(p.value(key));
            return false;
        }
        *out = v;
        return true;
    };
    org = p.value(QStringLiteral("org"));
    tokenEnv = p.value(QStringLiteral("token-env"));
    profile = p.value(QStringLiteral("profile"));
    clientId = p.value(QStringLiteral("client-id"));
    clientSecretEnv = p.value(QStringLiteral("client-secret-env"));
    search = p.value(QStringLiteral("search"));
    filter = p.value(QStringLiteral("filter"));
    q = p.value(QStringLiteral("q"));
    keyword = p.value(QStringLiteral("keyword"));
    fields = p.values(QStringLiteral("field"));
    since = p.value(QStringLiteral("since"));
    until = p.value(QStringLiteral("until"));
    order = p.value(QStringLiteral("order"));
    all = p.isSet(QStringLiteral("all"));
    force = p.isSet(QStringLiteral("force"));
    follow = p.isSet(QStringLiteral("follow"));
    app = p.value(QStringLiteral("app")).trimmed();
    demoToken = p.value(QStringLiteral("token"));
    noRateLimits = p.isSet(QStringLiteral("no-rate-limits"));
    dryRun = p.isSet(QStringLiteral("dry-run"));
    onboard.read(p);
    qint64 v = -1;
    if (!number("limit", 0, 1000, &v))
        return false;
    limit = int(v);
    if (!number("first", 1, std::numeric_limits<qint64>::max(), &first))
        return false;
    v = 0;
    if (!number("port", 0, 65535, &v))
        return false;
    port = int(v);
    portSet = p.isSet(QStringLiteral("port"));
    v = loginTimeout;
    if (!number("timeout", 1, 3600, &v))
        return false;
    loginTimeout = int(v);
    v = users;
    if (!number("users", 1, 1000000, &v))
        return false;
    users = int(v);
    v = groups;
    if (!number("groups", 1, 100000, &v))
        return false;
    groups = int(v);
    if (!number("events", 0, 100000000, &events))
        return false;
    v = liveRate;
    if (!number("live-rate", 0, 10000, &v))
        return false;
    liveRate = int(v);
    qint64 s = qint64(seed);
    if (!number("seed", 0, std::numeric_limits<qint64>::max(), &s))
        return false;
    seed = quint64(s);
    if (p.isSet(QStringLiteral("format")) &&
        !okta::parseExportFormat(p.value(QStringLiteral("format")), &format)) {
        *error = tr("--format takes table, csv, json or ndjson, not \"%1\".")
                     .arg(p.value(QStringLiteral("format")));
        return false;
    }
    user = p.value(QStringLiteral("user"));
    attribute = p.value(QStringLiteral("attribute"));
    value = p.value(QStringLiteral("value"));
    valueSet = p.isSet(QStringLiteral("value"));
    output = p.value(QStringLiteral("output"));
    if (p.isSet(QStringLiteral("output")) && output.isEmpty()) {
        *error = tr("--output needs a file name.");
        return false;
    }
    if (all && first > 0) {
        *error = tr("--all and --first exclude each other.");
        return false;
    }
    if (follow && (all || first > 0 || !until.isEmpty())) {
        *error = tr("--follow runs until Ctrl+C: it takes neither --all, --first nor --until.");
        return false;
    }
    return true;
}

Command *Command::create(const QStringList &words, const Options &options, QString *error) {
    const CommandSpec *spec = findCommand(words);
    if (!spec || !spec->create) {
        const QString group = words.value(0);
        QStringList known;
        for (const CommandSpec *command : commandsInGroup(group))
            known.append(command->name());
        *error = known.isEmpty()
                     ? tr("unknown command \"%1\" (see --help).").arg(words.join(QLatin1Char(' ')))
                 : words.size() == 1
                     ? tr("%1 needs a subcommand: %2.").arg(group, known.join(QStringLiteral(", ")))
                     : tr("unknown command \"%1\"; the %2 commands are: %3.")
                           .arg(words.join(QLatin1Char(' ')), group, known.join(QStringLiteral(", ")));
        return nullptr;
    }
    const qsizetype arguments = words.size() - spec->wordList().size();
    if (arguments < spec->minArguments || (spec->maxArguments >= 0 && arguments > spec->maxArguments)) {
        *error = tr("usage: %1 (see `oktadesk-cli help %2`).").arg(spec->usage(), spec->name());
        return nullptr;
    }
    return spec->create(words, options, error);
}

Command::Command(const Options &options)
    : m_options(options) {}

Command::~Command() = default;

void Command::finish(int exitCode) {
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    // A rotated refresh token still on its way to the keychain must get there before the
    // process ends, or the profile's sign-in is lost.
    if (m_session && m_session->isWritingTokens()) {
        connect(m_session, &okta::ProfileSession::tokenWritesFinished, this, &Command::emitDone,
                Qt::SingleShotConnection);
        return;
    }
    emitDone();
}

void Command::emitDone() {
    if (m_done)
        return;
    m_done = true;
    Q_EMIT done(m_exitCode);
}

void Command::fail(const okta::OktaResult &result) {
    QString message = result.message();
    if (!m_reauthorizeHint.isEmpty())
        message += QLatin1Char(' ') + m_reauthorizeHint;
    failWith(Failure, message);
}

void Command::failUsage(const QString &message) {
    failWith(Usage, message);
}

void Command::failWith(int exitCode, const QString &message) {
    // One line: a person can act on it, a script can grep it.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line = okta::escapeControls(line); // Okta's error text included: one line, nothing that acts
    printLine(stderr, QStringLiteral("oktadesk-cli: ") + line);
    finish(exitCode);
}

void Command::connectToOrg(std::function<void()> ready) {
    if (!m_options.profile.isEmpty()) {
        if (!m_options.org.isEmpty() || !m_options.tokenEnv.isEmpty()) {
            failUsage(tr("--profile excludes --org and --token-env; give one or the other."));
            return;
        }
        openProfile(std::move(ready));
        return;
    }
    if (m_options.org.isEmpty() || m_options.tokenEnv.isEmpty()) {
        failUsage(tr("no org to talk to: give --profile NAME, or --org DOMAIN and --token-env VAR."));
        return;
    }
    const okta::OrgDomainResult domain = okta::OrgDomain::normalise(m_options.org);
    if (!domain.ok()) {
        failUsage(tr("--org: %1").arg(domain.message));
        return;
    }
    const okta::Secret token = secretFromEnvironment(m_options.tokenEnv);
    if (token.isEmpty()) {
        failUsage(tr("the environment variable %1 is not set or empty; it must hold the API token.")
                      .arg(m_options.tokenEnv));
        return;
    }
    m_nam = new QNetworkAccessManager(this);
    m_authorizer = new okta::StaticAuthorizer(okta::StaticAuthorizer::Scheme::Ssws, token, this);
    m_client = new okta::OktaClient(m_nam, domain.baseUrl(), m_authorizer, this);
    m_api = std::make_unique<okta::OktaApi>(m_client);
    ready();
}

bool Command::requireFeature(okta::WriteFeature feature) {
    const okta::ScopeAccess access =
        m_session ? okta::ScopeAccess::forProfile(m_session->profile()) : okta::ScopeAccess::unscoped();
    if (access.allows(feature))
        return true;
    const okta::ScopeCatalog::WriteNeed need = okta::ScopeCatalog::writeNeed(feature);
    failWith(Failure, tr("the profile's token lacks %1: %2 Turn \u201c%3\u201d on in OktaDesk (the page that "
                         "needs it offers it), which reauthorizes the profile. Nothing was sent.")
                          .arg(access.missing(feature).join(QLatin1String(", ")), need.why, need.name));
    return false;
}

void Command::openProfile(const std::function<void()> &ready) {
    auto *context = new ProfileContext(this);
    const auto profile = context->profiles().byName(m_options.profile);
    if (!profile) {
        failUsage(tr("there is no saved profile named \"%1\" (see `oktadesk-cli profiles list`).")
                      .arg(m_options.profile));
        return;
    }
    const bool browser = profile->authMethod == okta::AuthMethod::BrowserPkce;
    const QString hint = browser
                             ? tr("Run `oktadesk-cli profiles login %1` to sign in again.").arg(profile->name)
                             : tr("Add the profile again with a current API token.");
    m_nam = new QNetworkAccessManager(this);
    m_session = new okta::ProfileSession(&context->profiles(), &context->secrets(), m_nam, this);
    connect(m_session, &okta::ProfileSession::opened, this,
            [this, ready](okta::OktaClient *client, okta::Authorizer *authorizer) {
                m_client = client;
                m_authorizer = authorizer;
                m_api = std::make_unique<okta::OktaApi>(m_client);
                ready();
            });
    connect(m_session, &okta::ProfileSession::failed, this,
            [this, hint](const QString &message, bool needsReauthorization) {
                failWith(Failure, needsReauthorization ? message + QLatin1Char(' ') + hint : message);
            });
    connect(m_session, &okta::ProfileSession::reauthorizationNeeded, this,
            [this, hint](const QString &) { m_reauthorizeHint = hint; });
    connect(m_session, &okta::ProfileSession::tokenWriteFailed, this,
            [](const QString &message) { printLine(stderr, QStringLiteral("oktadesk-cli: ") + message); });
    m_session->open(profile->id);
}

okta::Secret secretFromEnvironment(const QString &name) {
    QByteArray value = qgetenv(name.toLocal8Bit().constData());
    const okta::Secret secret(QByteArrayView(value).trimmed());
    okta::wipeSecret(value);
    return secret;
}

bool parseTimeArgument(const QString &text, QDateTime *out) {
    static const QRegularExpression span(QStringLiteral("^(\\d+)([smhd])$"));
    const auto m = span.match(text.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
        *out = QDateTime::currentDateTimeUtc().addSecs(-seconds);
        return true;
    }
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid())
        return false;
    *out = t.toUTC();
    return true;
}

} // namespace oktadesk::cli

#include "commands.h"
#include "interrupts.h"

#include "core/export/exportfile.h"
#include "core/export/recordwriter.h"
#include "core/logs/logsearch.h"
#include "core/logs/logstream.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/okta/pager.h"
#include "demo/demoorg.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace oktadesk::cli {

namespace {
QStringList headersFor(ListCommand::Kind kind) {
    switch (kind) {
    case ListCommand::Kind::Users:
        return okta::exportHeaders<okta::User>();
    case ListCommand::Kind::Groups:
    case ListCommand::Kind::UserGroups:
        return okta::exportHeaders<okta::Group>();
    case ListCommand::Kind::Apps:
        return okta::exportHeaders<okta::App>();
    case ListCommand::Kind::Logs:
        return okta::exportHeaders<okta::LogEvent>();
    }
    return {};
}

// Users and groups take the same search, filter, q and page size.
template<typename Query> Query fillDirectoryQuery(const Options &o) {
    Query query;
    query.search = o.search;
    query.filter = o.filter;
    query.q = o.q;
    if (o.limit > 0)
        query.limit = o.limit;
    return query;
}
} // namespace

ListCommand::ListCommand(Kind kind, const Options &options, const QString &subject)
    : Command(options)
    , m_kind(kind)
    , m_subject(subject.trimmed()) {}

ListCommand::~ListCommand() = default;

okta::Pager *ListCommand::makePager(const QString &userId, QString *error) {
    const Options &o = m_options;
    switch (m_kind) {
    case Kind::Users:
        return m_api->listUsers(fillDirectoryQuery<okta::UserQuery>(o), this);
    case Kind::Groups: {
        auto query = fillDirectoryQuery<okta::GroupQuery>(o);
        query.expandStats = true; // member counts
        return m_api->listGroups(query, this);
    }
    case Kind::UserGroups:
        return m_api->listUserGroups(userId, this);
    case Kind::Apps: {
        okta::AppQuery query;
        query.q = o.q;
        query.filter = o.filter;
        if (o.limit > 0)
            query.limit = o.limit;
        return m_api->listApps(query, this);
    }
    case Kind::Logs: {
        okta::LogQuery query;
        if (!makeLogQuery(&query, error))
            return nullptr;
        return okta::searchLogs(m_client, query, this);
    }
    }
    return nullptr;
}

bool ListCommand::makeLogQuery(okta::LogQuery *query, QString *error) const {
    const Options &o = m_options;
    query->keyword = o.keyword;
    query->customFilter = o.filter;
    if (!okta::LogQuery::parseFieldArguments(o.fields, &query->fields, error))
        return false;
    if (!o.since.isEmpty() && !parseTimeArgument(o.since, &query->since)) {
        *error = tr("--since: \"%1\" is not a time (use ISO 8601 or 30m, 24h, 7d).").arg(o.since);
        return false;
    }
    if (!o.until.isEmpty() && !parseTimeArgument(o.until, &query->until)) {
        *error = tr("--until: \"%1\" is not a time (use ISO 8601 or 30m, 24h, 7d).").arg(o.until);
        return false;
    }
    if (o.order == QLatin1String("asc"))
        query->order = okta::LogQuery::Order::Ascending;
    else if (o.order.isEmpty() || o.order == QLatin1String("desc"))
        query->order = okta::LogQuery::Order::Descending;
    else {
        *error = tr("--order takes asc or desc, not \"%1\".").arg(o.order);
        return false;
    }
    if (o.limit >= 0)
        query->limit = o.limit;
    if (o.follow) {
        // A tail is a polling query: no until, oldest first; it starts now unless told.
        if (!o.order.isEmpty() && query->order != okta::LogQuery::Order::Ascending) {
            *error = tr("--follow lists events oldest first; leave out --order desc.");
            return false;
        }
        query->order = okta::LogQuery::Order::Ascending;
        if (!query->since.isValid())
            query->since = QDateTime::currentDateTimeUtc();
    }
    if (const auto problem = query->validate()) {
        *error = *problem;
        return false;
    }
    return true;
}

void ListCommand::start() {
    connectToOrg([this] { run(); });
}

bool ListCommand::openOutput() {
    QString error;
    m_file = std::make_unique<okta::ExportFile>(m_options.output);
    if (!m_file->open(&error)) {
        failUsage(error);
        return false;
    }
    m_writer = std::make_unique<okta::RecordWriter>(m_options.format, headersFor(m_kind), m_file->device());
    return true;
}

void ListCommand::run() {
    const Options &o = m_options;
    if ((m_kind == Kind::Users || m_kind == Kind::Groups) &&
        int(!o.search.isEmpty()) + int(!o.filter.isEmpty()) + int(!o.q.isEmpty()) > 1) {
        failUsage(tr("--search, --filter and -q exclude each other; give one."));
        return;
    }
    if (m_kind == Kind::Logs && o.follow) {
        follow();
        return;
    }
    if (m_kind != Kind::UserGroups) {
        list({});
        return;
    }
    // Okta takes a login in GET /users/{idOrLogin}; the user's groups are asked for by id.
    okta::OktaJob *job = m_api->getUser(m_subject);
    connect(job, &okta::OktaJob::finished, this, [this](const okta::OktaResult &result) {
        if (result.httpStatus == 404)
            failWith(Failure, tr("there is no user \"%1\" in this org.").arg(m_subject));
        else if (!result.ok())
            fail(result);
        else if (const QString id = result.json.object().value(QLatin1String("id")).toString(); id.isEmpty())
            failWith(Failure, tr("Okta's answer for \"%1\" is not a user.").arg(m_subject));
        else
            list(id);
    });
}

void ListCommand::list(const QString &userId) {
    QString error;
    okta::Pager *pager = makePager(userId, &error);
    if (!pager) {
        failUsage(error);
        return;
    }
    m_pager = pager;
    if (!openOutput())
        return;
    // Without --all or --first, one page: what the admin console shows first.
    const qint64 maxRows = m_options.first > 0 ? m_options.first
                           : m_options.all
                               ? 0
                               : (m_kind == Kind::Logs ? (m_options.limit > 0 ? m_options.limit : 100) : 200);
    // A user's groups come in one unpaged list: all of it is read, and cut here, so the
    // count beyond the cut is known.
    if (m_kind == Kind::UserGroups)
        m_keep = maxRows;
    else
        pager->setMaxRows(maxRows);
    connect(pager, &okta::Pager::pageReady, this, &ListCommand::onPage);
    // A note per wait, and only for a person at a terminal: a script's stderr holds nothing
    // but the outcome. The job counts each wait down once a second.
    connect(pager, &okta::Pager::rateLimitWait, this, [previous = 0](int seconds) mutable {
        const bool newWait = seconds >= previous;
        previous = seconds;
        if (newWait && isatty(fileno(stderr)))
            printLine(stderr, tr("Rate limit reached; waiting %n second(s)…", nullptr, seconds));
    });
    connect(pager, &okta::Pager::finished, this,
            [this](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                if (m_interrupted)
                    end(Failure, tr("interrupted"));
                else if (outcome == okta::Pager::Outcome::Failed)
                    end(Failure, last.message());
                else if (outcome != okta::Pager::Outcome::Canceled) {
                    // "First N" ends as LimitReached when exactly N exist: only a next link
                    // says Okta has more.
                    printNotes(
                        (outcome == okta::Pager::Outcome::LimitReached && m_pager->nextUrl().isValid()) ||
                        m_dropped > 0);
                    end(Ok, {});
                }
            });
    auto *interrupts = new InterruptWatcher(this);
    connect(interrupts, &InterruptWatcher::interrupted, this, [this] {
        m_interrupted = true;
        if (m_pager && m_pager->isRunning())
            m_pager->cancel(); // finished(Canceled) follows
    });
    pager->start();
}

void ListCommand::follow() {
    okta::LogQuery query;
    QString error;
    if (!makeLogQuery(&query, &error)) {
        failUsage(error);
        return;
    }
    if (!openOutput())
        return;
    auto *tail = new okta::LogStream(m_client, query, okta::LogStream::Mode::Tail, 0, this);
    m_tail = tail;
    connect(tail, &okta::LogStream::pageReady, this, &ListCommand::onPage);
    connect(tail, &okta::LogStream::progressChanged, this, [](const okta::LogStream::Progress &p) {
        if (p.rateLimitWaitSeconds > 0 && p.rateLimitWaitSeconds % 10 == 0)
            printLine(stderr,
                      tr("Rate limit reached; waiting %n second(s)…", nullptr, p.rateLimitWaitSeconds));
    });
    connect(tail, &okta::LogStream::finished, this,
            [this](okta::LogStream::Outcome outcome, const QString &why, bool) {
                // Ctrl+C is how a tail ends: what was written so far is the whole output.
                if (outcome == okta::LogStream::Outcome::Failed)
                    end(Failure, why);
                else
                    end(Ok, {});
            });
    auto *interrupts = new InterruptWatcher(this);
    connect(interrupts, &InterruptWatcher::interrupted, tail, &okta::LogStream::cancel);
    tail->start();
}

void ListCommand::printNotes(bool moreAvailable) {
    const int rows = int(m_writer->records());
    if (moreAvailable) {
        switch (m_kind) {
        case Kind::Users:
            printLine(stderr, tr("More users exist: these are the first %n. --all streams every one.",
                                 nullptr, rows));
            break;
        case Kind::Groups:
            printLine(stderr, tr("More groups exist: these are the first %n. --all streams every one.",
                                 nullptr, rows));
            break;
        case Kind::UserGroups:
            printLine(stderr, tr("The user belongs to %n more group(s); --all lists every one.", nullptr,
                                 int(m_dropped)));
            break;
        default:
            printLine(stderr,
                      tr("More exist: these are the first %n. --all streams every one.", nullptr, rows));
            break;
        }
    }
    if (m_kind == Kind::Users && m_options.search.isEmpty() && m_options.filter.isEmpty())
        printLine(stderr,
                  tr("Without --search or --filter, Okta leaves deactivated (DEPROVISIONED) users out; "
                     "--search 'status eq \"DEPROVISIONED\"' lists them."));
}

void ListCommand::onPage(const okta::Page &page) {
    if (m_keep > 0 && m_writer->records() + page.size() > m_keep) {
        okta::Page kept = page;
        const qint64 room = std::max<qint64>(0, m_keep - m_writer->records());
        m_dropped += kept.size() - room;
        kept.truncate(room);
        m_writer->add(kept);
    } else {
        m_writer->add(page);
    }
    if (!m_writer->flush()) {
        const QString why = m_writer->errorString();
        if (m_pager) {
            m_pager->disconnect(this);
            m_pager->cancel();
        }
        if (m_tail) {
            m_tail->disconnect(this);
            m_tail->cancel();
        }
        end(Failure, why);
    }
}

void ListCommand::end(int exitCode, const QString &why) {
    QString error;
    if (exitCode == Ok && m_writer->finish() && m_file->commit(&error)) {
        if (!m_file->isStandardOutput())
            printLine(stderr,
                      tr("Wrote %n row(s) to %1.", nullptr, int(m_writer->records())).arg(m_file->path()));
        finish(Ok);
        return;
    }
    if (exitCode == Ok) // the last write or the rename failed
        exitCode = Failure;
    const QString reason = !why.isEmpty()                       ? why
                           : !m_writer->errorString().isEmpty() ? m_writer->errorString()
                                                                : error;
    m_file->discard();
    // Rows already printed to stdout stay printed; a file that is not complete does not appear.
    const qint64 rows = m_writer->records();
    if (m_file->isStandardOutput())
        failWith(exitCode, tr("stopped after %n row(s): ", nullptr, int(rows)) + reason);
    else
        failWith(exitCode,
                 tr("stopped after %n row(s): %1; %2 was not written (the partial file was removed).",
                    nullptr, int(rows))
                     .arg(reason, m_file->path()));
}

void LogFilterCommand::start() {
    okta::LogQuery query;
    query.customFilter = m_options.filter;
    QString error;
    if (!okta::LogQuery::parseFieldArguments(m_options.fields, &query.fields, &error)) {
        failUsage(error);
        return;
    }
    // The checks logs search makes before it sends anything (field names, the custom
    // filter's syntax with its position), without a time range or a connection.
    if (const auto problem = query.validate(QDateTime())) {
        failUsage(*problem);
        return;
    }
    printLine(stdout, query.filterExpression());
    finish(Ok);
}

void DemoServerCommand::start() {
    demo::DemoOptions o;
    o.port = quint16(m_options.port);
    o.users = m_options.users;
    o.groups = m_options.groups;
    o.events = m_options.events;
    o.seed = m_options.seed;
    o.apiToken = m_options.demoToken;
    o.liveEventsPerSecond = m_options.liveRate;
    if (m_options.noRateLimits)
        o.buckets = {{QStringLiteral("/"), 0}}; // one bucket without a limit: no quota, no headers
    auto *org = new demo::DemoOrg(o, this);
    QString error;
    if (!org->start(&error)) {
        printLine(stderr, tr("oktadesk-cli: the demo org could not start: %1").arg(error));
        finish(Failure);
        return;
    }
    printLine(stdout, tr("Demo org listening on %1").arg(org->baseUrl().toString()));
    printLine(stdout, tr("API token: %1").arg(org->apiToken()));
    printLine(stdout, tr("OAuth client ID: %1").arg(org->clientId()));
    printLine(stdout, tr("Public OAuth client ID (no secret, PKCE only): %1").arg(org->publicClientId()));
    printLine(stdout, tr("Sign-in redirect URIs: %1").arg(org->redirectUris().join(QLatin1String(", "))));
    printLine(stdout, tr("Super admin: %1").arg(org->adminLogin()));
    printLine(stdout, tr("Press Ctrl+C to stop."));
    // Runs until the process is interrupted.
}

} // namespace oktadesk::cli

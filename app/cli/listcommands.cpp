#include "commands.h"
#include "interrupts.h"

#include "core/export/exportfile.h"
#include "core/export/recordwriter.h"
#include "core/logs/logsearch.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/okta/pager.h"
#include "demo/demoorg.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace oktadesk::cli {

namespace {
QStringList headersFor(ListCommand::Kind kind) {
    switch (kind) {
    case ListCommand::Kind::Users:
        return okta::exportHeaders<okta::User>();
    case ListCommand::Kind::Groups:
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

ListCommand::ListCommand(Kind kind, const Options &options)
    : Command(options)
    , m_kind(kind) {}

ListCommand::~ListCommand() = default;

okta::Pager *ListCommand::makePager(QString *error) {
    const Options &o = m_options;
    switch (m_kind) {
    case Kind::Users:
        return m_api->listUsers(fillDirectoryQuery<okta::UserQuery>(o), this);
    case Kind::Groups:
        return m_api->listGroups(fillDirectoryQuery<okta::GroupQuery>(o), this);
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
        query.keyword = o.keyword;
        query.customFilter = o.filter;
        for (const QString &f : o.fields) {
            const qsizetype eq = f.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                *error = tr("--field takes key=value, not \"%1\".").arg(f);
                return nullptr;
            }
            query.fields.append({f.left(eq).trimmed(), f.mid(eq + 1)});
        }
        if (!o.since.isEmpty() && !parseTimeArgument(o.since, &query.since)) {
            *error = tr("--since: \"%1\" is not a time (use ISO 8601 or 30m, 24h, 7d).").arg(o.since);
            return nullptr;
        }
        if (!o.until.isEmpty() && !parseTimeArgument(o.until, &query.until)) {
            *error = tr("--until: \"%1\" is not a time (use ISO 8601 or 30m, 24h, 7d).").arg(o.until);
            return nullptr;
        }
        if (o.order == QLatin1String("asc"))
            query.order = okta::LogQuery::Order::Ascending;
        else if (o.order.isEmpty() || o.order == QLatin1String("desc"))
            query.order = okta::LogQuery::Order::Descending;
        else {
            *error = tr("--order takes asc or desc, not \"%1\".").arg(o.order);
            return nullptr;
        }
        if (o.limit >= 0)
            query.limit = o.limit;
        if (const auto problem = query.validate()) {
            *error = *problem;
            return nullptr;
        }
        return okta::searchLogs(m_client, query, this);
    }
    }
    return nullptr;
}

void ListCommand::start() {
    connectToOrg([this] { run(); });
}

void ListCommand::run() {
    QString error;
    okta::Pager *pager = makePager(&error);
    if (!pager) {
        failUsage(error);
        return;
    }
    m_pager = pager;
    m_file = std::make_unique<okta::ExportFile>(m_options.output);
    if (!m_file->open(&error)) {
        failUsage(error);
        return;
    }
    m_writer = std::make_unique<okta::RecordWriter>(m_options.format, headersFor(m_kind), m_file->device());
    // Without --all or --first, one page: what the admin console shows first.
    if (m_options.first > 0)
        pager->setMaxRows(m_options.first);
    else if (!m_options.all)
        pager->setMaxRows(m_kind == Kind::Logs ? (m_options.limit > 0 ? m_options.limit : 100) : 200);
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
                else if (outcome != okta::Pager::Outcome::Canceled)
                    end(Ok, {});
            });
    auto *interrupts = new InterruptWatcher(this);
    connect(interrupts, &InterruptWatcher::interrupted, this, [this] {
        m_interrupted = true;
        if (m_pager && m_pager->isRunning())
            m_pager->cancel(); // finished(Canceled) follows
    });
    pager->start();
}

void ListCommand::onPage(const okta::Page &page) {
    m_writer->add(page);
    if (!m_writer->flush()) {
        const QString why = m_writer->errorString();
        m_pager->disconnect(this);
        m_pager->cancel();
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
    printLine(stdout, tr("Super admin: %1").arg(org->adminLogin()));
    printLine(stdout, tr("Press Ctrl+C to stop."));
    // Runs until the process is interrupted.
}

} // namespace oktadesk::cli

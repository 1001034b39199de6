#include "commands.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/okta/pager.h"
#include "demo/demoorg.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace oktadesk::cli {

namespace {
[[maybe_unused]] QString tr(const char *text) {
    return QCoreApplication::translate("oktadesk::cli", text);
}

QStringList columnsFor(ListCommand::Kind kind) {
    switch (kind) {
    case ListCommand::Kind::Users:
        return {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("profile.login"),
                QStringLiteral("profile.firstName"), QStringLiteral("profile.lastName")};
    case ListCommand::Kind::Groups:
        return {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("profile.name")};
    case ListCommand::Kind::Apps:
        return {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("name"),
                QStringLiteral("label")};
    case ListCommand::Kind::Logs:
        return {QStringLiteral("published"), QStringLiteral("eventType"), QStringLiteral("outcome.result"),
                QStringLiteral("actor.alternateId"), QStringLiteral("displayMessage")};
    }
    return {};
}
} // namespace

namespace {
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
        return m_api->listLogs(query, this);
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
    // Without --all or --first, one page: what the admin console shows first.
    if (m_options.first > 0)
        pager->setMaxRows(m_options.first);
    else if (!m_options.all)
        pager->setMaxRows(m_kind == Kind::Logs ? (m_options.limit > 0 ? m_options.limit : 100) : 200);
    m_writer = std::make_unique<RowWriter>(m_options.format, columnsFor(m_kind));
    connect(pager, &okta::Pager::rowsReady, this, [this](const QJsonArray &rows) { m_writer->write(rows); });
    connect(pager, &okta::Pager::rateLimitWait, this, [](int seconds) {
        printLine(stderr, tr("Rate limit reached; waiting %n second(s)…", nullptr, seconds));
    });
    connect(pager, &okta::Pager::finished, this,
            [this](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                m_writer->finish();
                if (outcome == okta::Pager::Outcome::Failed) {
                    // Rows already printed stay printed; say how far we got.
                    printLine(stderr, tr("oktadesk-cli: stopped after %n row(s): ", nullptr,
                                         int(m_writer->rowsWritten())) +
                                          last.message());
                    finish(Failure);
                    return;
                }
                finish(Ok);
            });
    pager->start();
}

void DemoServerCommand::start() {
    demo::DemoOptions o;
    o.port = quint16(m_options.port);
    o.users = m_options.users;
    o.groups = m_options.groups;
    o.events = m_options.events;
    o.seed = m_options.seed;
    o.apiToken = m_options.demoToken;
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

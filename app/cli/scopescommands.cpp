// `oktadesk-cli scopes list|grant|revoke`: an app's scopes as the Scopes page shows them,
// and granting or revoking them with the same rules and the same core job.
#include "scopescommands.h"

#include "core/export/exportfile.h"
#include "core/export/recordwriter.h"
#include "core/okta/grantapplyjob.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/pager.h"
#include "core/profiles/scopeaccess.h"
#include "core/scopes/scoperows.h"
#include "core/values/textescape.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace oktadesk::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("oktadesk::cli", text);
}

QString utc(qint64 msecs) {
    return msecs == 0 ? QString()
                      : QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// The JSON of one row: scope, description, access, status, autoGranted, locked and, for a
// granted scope with a grant, grantId, source, createdBy, created.
QJsonObject rowJson(const okta::ScopeRow &row) {
    QJsonObject o;
    o.insert(QStringLiteral("scope"), row.info.name);
    o.insert(QStringLiteral("description"), row.info.description);
    o.insert(QStringLiteral("access"), okta::ScopeCatalog::accessName(row.info.access));
    o.insert(QStringLiteral("status"),
             row.isGranted() ? QStringLiteral("granted") : QStringLiteral("not granted"));
    o.insert(QStringLiteral("autoGranted"), row.info.autoGranted);
    o.insert(QStringLiteral("locked"), row.info.autoGranted);
    if (row.grant) {
        o.insert(QStringLiteral("grantId"), row.grant->id);
        o.insert(QStringLiteral("source"), row.grant->source);
        o.insert(QStringLiteral("createdBy"), row.grant->createdBy);
        o.insert(QStringLiteral("created"), utc(row.grant->created));
    }
    return o;
}

const QStringList &rowHeaders() {
    static const QStringList headers = {
        QStringLiteral("scope"),     QStringLiteral("access"),  QStringLiteral("status"),
        QStringLiteral("locked"),    QStringLiteral("grantId"), QStringLiteral("source"),
        QStringLiteral("createdBy"), QStringLiteral("created"), QStringLiteral("description")};
    return headers;
}

} // namespace

Command *createScopesCommand(const QStringList &words, const Options &options, QString *error) {
    const QString sub = words.value(0);
    const QStringList scopes = words.mid(1);
    const ScopesCommand::Kind kind = sub == QLatin1String("list")    ? ScopesCommand::Kind::List
                                     : sub == QLatin1String("grant") ? ScopesCommand::Kind::Grant
                                                                     : ScopesCommand::Kind::Revoke;
    if (sub != QLatin1String("list") && sub != QLatin1String("grant") && sub != QLatin1String("revoke")) {
        *error = tr("usage: oktadesk-cli scopes list|grant|revoke --app APP … (see --help).");
        return nullptr;
    }
    if (options.app.isEmpty()) {
        *error = tr("scopes %1 needs --app APP (the app's id, label or client ID).").arg(sub);
        return nullptr;
    }
    if (kind == ScopesCommand::Kind::List) {
        if (!scopes.isEmpty()) { // foreign options are refused by the command table
            *error = tr("usage: oktadesk-cli scopes list --app APP [--all] [--format table|json|csv]");
            return nullptr;
        }
        if (options.format == okta::ExportFormat::Ndjson) {
            *error = tr("scopes list writes table, json or csv.");
            return nullptr;
        }
        return new ScopesCommand(kind, options, scopes);
    }
    if (scopes.isEmpty() || options.all) {
        *error = tr("usage: oktadesk-cli scopes %1 --app APP SCOPE… [--dry-run] [--force]").arg(sub);
        return nullptr;
    }
    for (const QString &scope : scopes) {
        // Every layer refuses to revoke an auto-granted scope; here nothing is even sent.
        if (kind == ScopesCommand::Kind::Revoke && okta::ScopeCatalog::isAutoGranted(scope)) {
            *error = tr("%1 is granted automatically and cannot be revoked: the authorization of connections "
                        "that use the app would fail. Nothing was sent.")
                         .arg(okta::escapeControls(scope));
            return nullptr;
        }
        if (!okta::ScopeCatalog::info(scope).isKnown() && !options.force) {
            *error =
                tr("%1 is neither on the connector's default list nor in Okta's scope catalogue (a typo?). "
                   "Nothing was sent; give --force to send it anyway.")
                    .arg(okta::escapeControls(scope));
            return nullptr;
        }
    }
    return new ScopesCommand(kind, options, scopes);
}

ScopesCommand::ScopesCommand(Kind kind, const Options &options, const QStringList &scopes)
    : Command(options)
    , m_kind(kind)
    , m_scopes(scopes) {
    m_scopes.removeDuplicates();
}

ScopesCommand::~ScopesCommand() = default;

void ScopesCommand::start() {
    connectToOrg([this] {
        if (m_kind != Kind::List && !requireFeature(okta::WriteFeature::ScopeGrants))
            return;
        findApp();
    });
}

void ScopesCommand::findApp() {
    okta::Pager *pager = m_api->listApps({}, this);
    connect(pager, &okta::Pager::pageReady, this,
            [this](const okta::Page &page) { m_apps.append(page.rows<okta::App>()); });
    connect(pager, &okta::Pager::finished, this,
            [this, pager](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                pager->deleteLater();
                if (outcome == okta::Pager::Outcome::Failed) {
                    fail(last);
                    return;
                }
                QList<okta::App> named;
                for (const okta::App &app : std::as_const(m_apps))
                    if (app.isNamed(m_options.app))
                        named.append(app);
                if (named.isEmpty()) {
                    failUsage(
                        tr("the org has no app whose id, label or client ID is \"%1\" (see `oktadesk-cli "
                           "apps list`).")
                            .arg(okta::escapeControls(m_options.app)));
                } else if (named.size() > 1) {
                    QStringList ids;
                    for (const okta::App &app : std::as_const(named))
                        ids << app.id;
                    failUsage(tr("%1 apps are labelled \"%2\"; give one of their ids: %3.")
                                  .arg(named.size())
                                  .arg(okta::escapeControls(m_options.app), ids.join(QLatin1String(", "))));
                } else {
                    listGrants(named.constFirst());
                }
            });
    pager->start();
}

void ScopesCommand::listGrants(const okta::App &app) {
    okta::Pager *pager = m_api->listGrants(app.id, this);
    auto grants = std::make_shared<QList<okta::ScopeGrant>>();
    connect(pager, &okta::Pager::pageReady, this,
            [grants](const okta::Page &page) { grants->append(page.rows<okta::ScopeGrant>()); });
    connect(pager, &okta::Pager::finished, this,
            [this, pager, grants, app](okta::Pager::Outcome outcome, const okta::OktaResult &last) {
                pager->deleteLater();
                if (outcome == okta::Pager::Outcome::Failed)
                    fail(last);
                else if (m_kind == Kind::List)
                    list(*grants);
                else
                    change(app, *grants);
            });
    pager->start();
}

void ScopesCommand::list(const QList<okta::ScopeGrant> &grants) {
    okta::ExportFile file(m_options.output);
    QString error;
    if (!file.open(&error)) {
        failUsage(error);
        return;
    }
    okta::RecordWriter writer(m_options.format, rowHeaders(), file.device());
    for (const okta::ScopeRow &row : okta::scopeRows(grants, m_options.all)) {
        const QJsonObject o = rowJson(row);
        QStringList cells;
        for (const QString &header : rowHeaders()) {
            const QJsonValue v = o.value(header);
            cells << (v.isBool() ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                 : v.toString());
        }
        writer.add(QJsonDocument(o).toJson(QJsonDocument::Compact), cells);
    }
    if (!writer.finish() || !file.commit(&error)) {
        file.discard();
        failWith(Failure, writer.errorString().isEmpty() ? error : writer.errorString());
        return;
    }
    finish(Ok);
}

void ScopesCommand::change(const okta::App &app, const QList<okta::ScopeGrant> &grants) {
    const bool granting = m_kind == Kind::Grant;
    QList<okta::GrantChange> changes;
    for (const QString &scope : std::as_const(m_scopes)) {
        const okta::ScopeGrant *held = nullptr;
        for (const okta::ScopeGrant &grant : grants)
            if (grant.scopeId == scope && (grant.status.isEmpty() || grant.status == QLatin1String("ACTIVE")))
                held = &grant;
        if (granting == (held != nullptr)) {
            printLine(stdout,
                      (granting ? tr("%1: already granted") : tr("%1: not granted; nothing to revoke"))
                          .arg(okta::escapeControls(scope)));
            continue;
        }
        changes.append({granting ? okta::GrantChange::Action::Grant : okta::GrantChange::Action::Revoke,
                        scope, held ? held->id : QString()});
    }
    const QString label = okta::escapeControls(app.label);
    if (changes.isEmpty() || m_options.dryRun) {
        for (const okta::GrantChange &c : std::as_const(changes))
            printLine(stdout,
                      (granting ? tr("%1: would grant to \"%2\"") : tr("%1: would revoke from \"%2\""))
                          .arg(okta::escapeControls(c.scopeId), label));
        finish(Ok);
        return;
    }
    auto *job = new okta::GrantApplyJob(
        m_api.get(), app.id, okta::GrantApplyJob::issuerFor(grants, m_client->baseUrl()), changes, this);
    m_job = job;
    connect(job, &okta::GrantApplyJob::rateLimitWait, this,
            [](int seconds) { printLine(stderr, tr("Rate limit reached; waiting %1 s…").arg(seconds)); });
    connect(job, &okta::GrantApplyJob::changeFinished, this,
            [job, granting](int index, const okta::OktaResult &r) {
                const QString scope = okta::escapeControls(job->changes().at(index).scopeId);
                if (r.ok())
                    printLine(stdout, (granting ? tr("%1: granted") : tr("%1: revoked")).arg(scope));
                else
                    printLine(stdout, tr("%1: failed: %2").arg(scope, okta::escapeControls(r.message())));
            });
    connect(job, &okta::GrantApplyJob::finished, this, [this, job, label] {
        if (job->succeededCount() > 0)
            printLine(
                stderr,
                tr("Connections that use \"%1\" must be reauthorized to pick up the change.").arg(label));
        if (job->failedCount() > 0)
            failWith(Failure,
                     tr("%1 of %2 change(s) failed.").arg(job->failedCount()).arg(job->changes().size()));
        else
            finish(Ok);
    });
    job->start();
}

} // namespace oktadesk::cli

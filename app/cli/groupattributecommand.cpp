// `oktadesk-cli groups set-attribute --user USER --attribute NAME --value VALUE [--dry-run]`:
// the preview (each group with its current and new value, app groups skipped), then the
// update through core's jobs; every group's outcome on stdout, in --format.
#include "commands.h"
#include "interrupts.h"

#include "core/directory/groupattributeapply.h"
#include "core/directory/groupattributepreview.h"
#include "core/export/exportfile.h"
#include "core/export/recordwriter.h"
#include "core/okta/oktaclient.h"
#include "core/values/profileschema.h"
#include "core/values/textescape.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace oktadesk::cli {

namespace {

using Change = okta::GroupAttributeChange;

QString valueText(const QJsonValue &value) {
    return value.isUndefined() || value.isNull() ? QString() : okta::profileValueText(value);
}

} // namespace

void SetGroupAttributeCommand::start() {
    const Options &o = m_options;
    if (o.user.trimmed().isEmpty() || o.attribute.trimmed().isEmpty() || !o.valueSet) {
        failUsage(tr("groups set-attribute needs --user USER, --attribute NAME and --value VALUE "
                     "(--value \"\" clears the attribute)."));
        return;
    }
    connectToOrg([this] {
        // A dry run only reads.
        if (m_options.dryRun || requireFeature(okta::WriteFeature::GroupAttributes))
            run();
    });
}

void SetGroupAttributeCommand::run() {
    auto *job = new okta::GroupAttributePreviewJob(
        m_client, {m_options.user, m_options.attribute, m_options.value}, this);
    connect(job, &okta::GroupAttributePreviewJob::finished, this,
            [this](okta::GroupAttributePreviewJob *done) {
                if (done->stage() == okta::GroupAttributePreviewJob::Stage::Failed) {
                    failWith(Failure, done->errorString());
                    return;
                }
                const okta::GroupAttributePlan &plan = done->plan();
                for (const QString &note : plan.notes)
                    printLine(stderr, tr("Note: %1").arg(note));
                if (m_options.dryRun) {
                    printPlan(plan, false);
                    printLine(stderr, tr("Dry run for %1: %2. Nothing was changed.")
                                          .arg(okta::escapeControls(plan.userLogin), plan.previewSummary()));
                    finish(Ok);
                    return;
                }
                apply(plan);
            });
    job->start();
}

void SetGroupAttributeCommand::apply(const okta::GroupAttributePlan &plan) {
    auto *job = new okta::GroupAttributeApplyJob(m_client, plan, this);
    auto *interrupts = new InterruptWatcher(this);
    connect(interrupts, &InterruptWatcher::interrupted, job, [job] {
        printLine(stderr, tr("Stopping: the updates already sent finish, nothing new starts…"));
        job->cancel();
    });
    connect(job, &okta::GroupAttributeApplyJob::finished, this, [this](okta::GroupAttributeApplyJob *done) {
        const okta::GroupAttributePlan &result = done->plan();
        printPlan(result, true);
        printLine(stderr, tr("%1: %2.").arg(okta::escapeControls(result.userLogin), result.resultSummary()));
        const qsizetype failed = result.count(Change::Result::Failed);
        if (failed > 0)
            failWith(Failure, tr("%n group(s) could not be updated (see above); the other updates stand.",
                                 nullptr, int(failed)));
        else if (done->isCanceled())
            failWith(Failure, tr("interrupted; the groups marked as not attempted keep their old value."));
        else
            finish(Ok);
    });
    job->start();
}

void SetGroupAttributeCommand::printPlan(const okta::GroupAttributePlan &plan, bool results) {
    const QStringList headers = {QStringLiteral("id"),   QStringLiteral("profile.name"),
                                 QStringLiteral("type"), QStringLiteral("current"),
                                 QStringLiteral("new"),  QStringLiteral("result")};
    okta::ExportFile out(QString{});
    QString error;
    if (!out.open(&error)) {
        printLine(stderr, error);
        return;
    }
    okta::RecordWriter writer(m_options.format, headers, out.device());
    const QString newText = valueText(plan.value);
    for (const Change &c : plan.changes) {
        const QString result = results ? c.resultText() : c.actionText();
        const QStringList cells = {c.groupId, c.groupName, c.groupType, valueText(c.current),
                                   newText,   result};
        QByteArray json;
        if (!writer.needsCells()) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), c.groupId);
            o.insert(QStringLiteral("name"), c.groupName);
            o.insert(QStringLiteral("type"), c.groupType);
            o.insert(QStringLiteral("attribute"), plan.attribute);
            o.insert(QStringLiteral("current"), c.current.isUndefined() ? QJsonValue() : c.current);
            o.insert(QStringLiteral("new"), plan.value);
            o.insert(QStringLiteral("result"), result);
            json = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        writer.add(json, cells);
    }
    if (!writer.finish())
        printLine(stderr, writer.errorString());
    out.commit(&error);
}

} // namespace oktadesk::cli

#include "groupattributecontroller.h"

#include "groupattributedialog.h"

#include "core/directory/groupattributeapply.h"
#include "core/directory/groupattributepreview.h"
#include "core/okta/oktaclient.h"

namespace oktadesk {

GroupAttributeController::GroupAttributeController(GroupAttributeDialog *dialog, okta::OktaClient *client,
                                                   const std::optional<okta::ProfileSchema> &schema)
    : QObject(dialog)
    , m_dialog(dialog)
    , m_client(client)
    , m_schema(schema) {
    connect(dialog, &GroupAttributeDialog::previewRequested, this, &GroupAttributeController::preview);
    connect(dialog, &GroupAttributeDialog::applyRequested, this, &GroupAttributeController::apply);
    connect(dialog, &GroupAttributeDialog::cancelRequested, this, [this] {
        if (m_apply)
            m_apply->cancel();
    });
}

void GroupAttributeController::preview(const okta::GroupAttributeRequest &request) {
    if (m_preview)
        m_preview->cancel();
    m_preview = new okta::GroupAttributePreviewJob(m_client, request, this);
    if (m_schema)
        m_preview->setSchema(*m_schema);
    connect(m_preview, &okta::GroupAttributePreviewJob::finished, this,
            [this](okta::GroupAttributePreviewJob *job) {
                if (job->stage() == okta::GroupAttributePreviewJob::Stage::Done)
                    m_dialog->previewFinished(job->plan());
                else
                    m_dialog->previewFailed(job->errorString());
            });
    m_dialog->previewStarted();
    m_preview->start();
}

void GroupAttributeController::apply(const okta::GroupAttributePlan &plan) {
    if (m_apply)
        return;
    m_apply = new okta::GroupAttributeApplyJob(m_client, plan, this);
    connect(m_apply, &okta::GroupAttributeApplyJob::changeFinished, this, [this](int index) {
        if (m_apply)
            m_dialog->changeFinished(index, m_apply->plan().changes.at(index));
    });
    connect(m_apply, &okta::GroupAttributeApplyJob::progress, m_dialog, &GroupAttributeDialog::applyProgress);
    connect(m_apply, &okta::GroupAttributeApplyJob::finished, this,
            [this](okta::GroupAttributeApplyJob *job) {
                m_dialog->applyFinished(job->plan(), job->isCanceled());
            });
    m_dialog->applyStarted(m_apply->total());
    m_apply->start();
}

} // namespace oktadesk

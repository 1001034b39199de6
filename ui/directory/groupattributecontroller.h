#pragma once

#include "core/directory/groupattributepreview.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace okta {
class GroupAttributeApplyJob;
class OktaClient;
} // namespace okta

namespace oktadesk {

class GroupAttributeDialog;

// Runs one bulk group attribute dialog's requests: its Preview through core's preview job,
// its Apply through the apply job (progress, Cancel). A child of the dialog: it lives as
// long as the dialog does, which stays open while updates are in flight.
class GroupAttributeController : public QObject {
    Q_OBJECT
public:
    // `schema` is the group schema when it has been read (nullopt: the job reads it).
    GroupAttributeController(GroupAttributeDialog *dialog, okta::OktaClient *client,
                             const std::optional<okta::ProfileSchema> &schema);

private:
    void preview(const okta::GroupAttributeRequest &request);
    void apply(const okta::GroupAttributePlan &plan);

    GroupAttributeDialog *m_dialog;
    QPointer<okta::OktaClient> m_client;
    std::optional<okta::ProfileSchema> m_schema;
    QPointer<okta::GroupAttributePreviewJob> m_preview;
    QPointer<okta::GroupAttributeApplyJob> m_apply;
};

} // namespace oktadesk

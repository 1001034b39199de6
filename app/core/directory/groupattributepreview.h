#pragma once

#include "core/values/groupattributeplan.h"
#include "core/values/profileschema.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace okta {

class OktaClient;
class OktaJob;
class Page;
class Pager;
struct OktaResult;

// What an admin asks for: set `attribute` to the typed `value` on every group `user` (an id
// or a login) belongs to.
struct GroupAttributeRequest {
    QString user;
    QString attribute;
    QString value; // as typed; converted to the attribute's type (empty clears it)
};

// Builds the preview of a bulk group attribute update, sending nothing that changes
// anything: the group schema (unless given), the user (by id or login, read by id, not
// searched, so it is current), then every group the user belongs to. Ends with exactly one
// finished(), later from the event loop; plan() holds each group with its current and new
// value, app and built-in groups marked as skipped. Deletes itself after finished(), or
// when cancelled (then without finished()).
class GroupAttributePreviewJob : public QObject {
    Q_OBJECT
public:
    enum class Stage { Idle, Schema, User, Groups, Done, Failed };
    Q_ENUM(Stage)

    GroupAttributePreviewJob(OktaClient *client, const GroupAttributeRequest &request,
                             QObject *parent = nullptr);
    ~GroupAttributePreviewJob() override;

    // The group schema the caller already read; no request for it is made then.
    void setSchema(const ProfileSchema &schema) { m_schema = schema; }

    void start();
    void cancel();

    Stage stage() const { return m_stage; }
    const GroupAttributePlan &plan() const { return m_plan; }
    QString errorString() const { return m_error; }

    // The value the request sets, checked against the schema (nullopt: unknown). nullopt
    // with `*error` when the attribute cannot be set this way.
    static std::optional<QJsonValue> resolveValue(const GroupAttributeRequest &request,
                                                  const std::optional<ProfileSchema> &schema, QString *error);

Q_SIGNALS:
    void stageChanged(okta::GroupAttributePreviewJob::Stage stage);
    void finished(okta::GroupAttributePreviewJob *job);

private:
    void loadSchema();
    void onSchema(const OktaResult &result);
    void loadUser();
    void onUser(const OktaResult &result);
    void onGroups(const Page &page);
    void setStage(Stage stage);
    void fail(const QString &message);
    void finish(Stage stage);

    QPointer<OktaClient> m_client;
    GroupAttributeRequest m_request;
    std::optional<ProfileSchema> m_schema;
    QJsonValue m_value;
    QPointer<OktaJob> m_job;
    QPointer<Pager> m_pager;
    QList<Group> m_groups;
    GroupAttributePlan m_plan;
    Stage m_stage = Stage::Idle;
    QString m_error;
    bool m_canceled = false;
};

} // namespace okta

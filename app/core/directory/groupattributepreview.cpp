#include "groupattributepreview.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/okta/pager.h"

#include <QTimer>

namespace okta {

GroupAttributePreviewJob::GroupAttributePreviewJob(OktaClient *client, const GroupAttributeRequest &request,
                                                   QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request) {
    m_request.attribute = m_request.attribute.trimmed();
    m_request.user = m_request.user.trimmed();
}

GroupAttributePreviewJob::~GroupAttributePreviewJob() {
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    // m_pager is a child: its destructor cancels its request.
}

std::optional<QJsonValue> GroupAttributePreviewJob::resolveValue(const GroupAttributeRequest &request,
                                                                 const std::optional<ProfileSchema> &schema,
                                                                 QString *error) {
    const QString name = request.attribute.trimmed();
    if (name.isEmpty()) {
        *error = tr("Name the group attribute to set.");
        return std::nullopt;
    }
    if (name == QLatin1String("name")) {
        *error = tr("Group names must be unique, so one name cannot be set on several groups.");
        return std::nullopt;
    }
    if (!schema) // unknown type: the value goes as text
        return request.value.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(request.value);
    const SchemaAttribute *attribute = schema->find(name);
    if (!attribute) {
        *error = tr("The group schema has no attribute \u201c%1\u201d. Add it in the Admin Console first "
                    "(Directory \u203a Profile Editor \u203a Groups).")
                     .arg(name);
        return std::nullopt;
    }
    if (attribute->readOnly) {
        *error = tr("\u201c%1\u201d is read-only in the group schema.").arg(name);
        return std::nullopt;
    }
    return attribute->valueFromText(request.value, error);
}

void GroupAttributePreviewJob::start() {
    if (m_stage != Stage::Idle)
        return;
    if (!m_client) {
        m_error = tr("There is no connection to ask.");
        QTimer::singleShot(0, this, [this] { finish(Stage::Failed); });
        return;
    }
    if (m_request.user.isEmpty()) {
        m_error = tr("Name the user (an id or a login) whose groups to change.");
        QTimer::singleShot(0, this, [this] { finish(Stage::Failed); });
        return;
    }
    if (m_schema)
        QTimer::singleShot(0, this, [this] { loadUser(); });
    else
        loadSchema();
}

void GroupAttributePreviewJob::cancel() {
    m_canceled = true;
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_job = nullptr;
    if (m_pager)
        m_pager->disconnect(this);
    deleteLater();
}

void GroupAttributePreviewJob::loadSchema() {
    setStage(Stage::Schema);
    m_job = OktaApi(m_client).getGroupSchema();
    m_job->setParseJson(false);
    connect(m_job, &OktaJob::finished, this, &GroupAttributePreviewJob::onSchema);
}

void GroupAttributePreviewJob::onSchema(const OktaResult &result) {
    m_job = nullptr;
    QString why;
    if (result.ok())
        m_schema = ProfileSchema::parse(result.body, &why);
    else
        why = result.message();
    if (!m_schema)
        m_plan.notes.append(
            tr("The group schema could not be read, so the value is sent as text: %1").arg(why));
    loadUser();
}

void GroupAttributePreviewJob::loadUser() {
    if (m_canceled)
        return;
    QString error;
    const auto value = resolveValue(m_request, m_schema, &error);
    if (!value) {
        fail(error);
        return;
    }
    m_value = *value;
    setStage(Stage::User);
    m_job = OktaApi(m_client).getUser(m_request.user);
    m_job->setParseJson(false);
    connect(m_job, &OktaJob::finished, this, &GroupAttributePreviewJob::onUser);
}

void GroupAttributePreviewJob::onUser(const OktaResult &result) {
    m_job = nullptr;
    if (!result.ok()) {
        fail(result.httpStatus == 404 ? tr("There is no user \u201c%1\u201d in this org.").arg(m_request.user)
                                      : result.message());
        return;
    }
    const Parsed<User> user = User::parseObject(result.body);
    if (!user.ok()) {
        fail(user.error);
        return;
    }
    const User &u = user.rows.constFirst();
    setStage(Stage::Groups);
    // Every group, whatever the count: the update must reach all of them.
    m_pager = OktaApi(m_client).listUserGroups(u.id, this);
    connect(m_pager, &Pager::pageReady, this, &GroupAttributePreviewJob::onGroups);
    connect(m_pager, &Pager::finished, this,
            [this, id = u.id, login = u.login](Pager::Outcome outcome, const OktaResult &last) {
                m_pager->deleteLater();
                if (outcome != Pager::Outcome::Complete) {
                    fail(last.message());
                    return;
                }
                const QStringList notes = m_plan.notes;
                m_plan = GroupAttributePlan::make(id, login, m_request.attribute, m_value, m_groups);
                m_plan.notes = notes;
                finish(Stage::Done);
            });
    m_pager->start();
}

void GroupAttributePreviewJob::onGroups(const Page &page) {
    m_groups += page.rows<Group>();
}

void GroupAttributePreviewJob::setStage(Stage stage) {
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void GroupAttributePreviewJob::fail(const QString &message) {
    m_error = message;
    finish(Stage::Failed);
}

void GroupAttributePreviewJob::finish(Stage stage) {
    if (m_canceled)
        return;
    setStage(stage);
    Q_EMIT finished(this);
    deleteLater();
}

} // namespace okta

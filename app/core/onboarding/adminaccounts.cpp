#include "adminaccounts.h"

#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "core/okta/oktajob.h"
#include "core/values/adminrole.h"
#include "footprint.h"
#include "serviceaccountrequest.h"

#include <QJsonArray>
#include <QJsonObject>

namespace okta {

bool AdminAccount::isSuperAdmin() const {
    return roleTypes.contains(AdminRole::SuperAdminType);
}

bool AdminAccount::looksLikeServiceAccount() const {
    return ServiceAccountRequest::looksLikeServiceLogin(login) ||
           userType.compare(QLatin1String("service"), Qt::CaseInsensitive) == 0;
}

QStringList AdminAccount::assigneeIds(const QJsonDocument &page, QUrl *next) {
    const QJsonObject body = page.object();
    QStringList ids;
    const QJsonArray values = body.value(QLatin1String("value")).toArray();
    for (const QJsonValue &v : values) {
        const QString id = v.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            ids << id;
    }
    if (next)
        *next = QUrl(body.value(QLatin1String("_links"))
                         .toObject()
                         .value(QLatin1String("next"))
                         .toObject()
                         .value(QLatin1String("href"))
                         .toString());
    return ids;
}

AdminAccountsJob::AdminAccountsJob(OktaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

AdminAccountsJob::~AdminAccountsJob() {
    cancel();
}

void AdminAccountsJob::cancel() {
    ++m_generation;
    for (const QPointer<OktaJob> &call : std::as_const(m_calls))
        if (call) {
            call->disconnect(this);
            call->cancel();
        }
    m_calls.clear();
    if (m_state == State::Loading)
        m_state = State::Idle;
}

void AdminAccountsJob::track(OktaJob *job) {
    m_calls.removeAll(nullptr);
    m_calls.append(job);
}

void AdminAccountsJob::load() {
    cancel();
    m_accounts.clear();
    m_error.clear();
    m_truncated = false;
    m_state = State::Loading;
    Q_EMIT changed();
    if (!m_client) {
        m_state = State::Failed;
        m_error = tr("There is no connection to ask.");
        Q_EMIT changed();
        return;
    }
    fetchPage(OktaApi(m_client).listRoleAssignees());
}

void AdminAccountsJob::fetchPage(OktaJob *job) {
    track(job);
    const quint64 generation = m_generation;
    connect(job, &OktaJob::finished, this, [this, generation](const OktaResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            m_state = State::Failed;
            m_error = r.message();
            Q_EMIT changed();
            return;
        }
        QUrl next;
        for (const QString &id : AdminAccount::assigneeIds(r.json, &next)) {
            if (m_accounts.size() >= MaxAccounts) {
                m_truncated = true;
                break;
            }
            AdminAccount account;
            account.id = id;
            m_accounts.append(account);
        }
        if (next.isValid() && !m_truncated) {
            // getUrl() refuses a link to another origin.
            fetchPage(m_client->getUrl(next));
            return;
        }
        readAccounts();
    });
}

void AdminAccountsJob::readAccounts() {
    m_pending = int(m_accounts.size()) * 2;
    if (m_pending == 0) {
        m_state = State::Ready;
        Q_EMIT changed();
        return;
    }
    const quint64 generation = m_generation;
    OktaApi api(m_client);
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        const QString id = m_accounts[i].id;
        OktaJob *user = api.getUser(id);
        track(user);
        connect(user, &OktaJob::finished, this, [this, i, generation](const OktaResult &r) {
            if (generation != m_generation)
                return;
            AdminAccount &a = m_accounts[i];
            if (r.ok()) {
                const QJsonObject o = r.json.object();
                const QJsonObject profile = o.value(QLatin1String("profile")).toObject();
                const readback::Account read = readback::Account::fromJson(r.json);
                a.login = read.login;
                a.status = read.status;
                a.userType = profile.value(QLatin1String("userType")).toString();
                a.name = QString(profile.value(QLatin1String("firstName")).toString() + QLatin1Char(' ') +
                                 profile.value(QLatin1String("lastName")).toString())
                             .trimmed();
            } else {
                a.error = r.message();
            }
            settleOne();
        });
        OktaJob *roles = api.listUserRoles(id);
        roles->setParseJson(false);
        track(roles);
        connect(roles, &OktaJob::finished, this, [this, i, generation](const OktaResult &r) {
            if (generation != m_generation)
                return;
            AdminAccount &a = m_accounts[i];
            QString error;
            const auto list = r.ok() ? AdminRole::parseList(r.body, &error) : std::nullopt;
            if (list) {
                for (const AdminRole &role : *list)
                    if (role.status != QLatin1String("INACTIVE") && !a.roleTypes.contains(role.type))
                        a.roleTypes << role.type;
            } else if (a.error.isEmpty()) {
                a.error = r.ok() ? error : r.message();
            }
            settleOne();
        });
    }
}

void AdminAccountsJob::settleOne() {
    if (--m_pending > 0)
        return;
    m_calls.clear();
    m_state = State::Ready;
    Q_EMIT changed();
}

} // namespace okta

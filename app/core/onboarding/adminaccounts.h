#pragma once

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace okta {

class OktaClient;
class OktaJob;

// A user who holds an admin role, as the Service accounts page lists them.
struct AdminAccount {
    QString id;
    QString login; // Okta's text, untrusted
    QString name;
    QString status;
    QString userType; // profile.userType, descriptive
    QStringList roleTypes;
    QString error; // why the user or its roles could not be read; empty when they were

    bool isSuperAdmin() const;
    // What makes it look like a dedicated service account rather than a person: a login
    // following the convention (svc-…) or profile.userType "service". OktaDesk cannot know
    // who actually uses an account; this is a hint, and the page says so.
    bool looksLikeServiceAccount() const;

    // The ids on one page of GET /api/v1/iam/assignees/users and its next page (body link).
    static QStringList assigneeIds(const QJsonDocument &page, QUrl *next);
};

// Lists the org's admins: every page of the role assignees (up to MaxAccounts), then each
// one's user and roles, read by id. Ends Ready or Failed; changed() on every step.
class AdminAccountsJob : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxAccounts = 200;
    enum class State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit AdminAccountsJob(OktaClient *client, QObject *parent = nullptr);
    ~AdminAccountsJob() override;

    void load();
    void cancel();
    State state() const { return m_state; }
    const QList<AdminAccount> &accounts() const { return m_accounts; }
    QString errorString() const { return m_error; }
    bool truncated() const { return m_truncated; }

Q_SIGNALS:
    void changed();

private:
    void fetchPage(OktaJob *job);
    void readAccounts();
    void settleOne();
    void track(OktaJob *job);

    QPointer<OktaClient> m_client;
    QList<QPointer<OktaJob>> m_calls;
    State m_state = State::Idle;
    QList<AdminAccount> m_accounts;
    int m_pending = 0;
    QString m_error;
    bool m_truncated = false;
    quint64 m_generation = 0;
};

} // namespace okta

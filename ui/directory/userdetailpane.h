#pragma once

#include "core/values/adminrole.h"
#include "core/values/profileschema.h"
#include "core/values/user.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace okta {
class Page;
}

namespace oktadesk {

class GroupTableModel;
class ProfileEntryModel;
class ResultsView;

// One user's detail beside the users list: name, login, status and dates, their admin
// roles, their profile (every attribute, custom ones too) and their groups, first 200 or
// all, with the button that sets one group attribute on all of those groups. It shows what
// the controller feeds it and asks through signals.
class UserDetailPane : public QWidget {
    Q_OBJECT

public:
    static constexpr int FirstGroups = 200;

    explicit UserDetailPane(QWidget *parent = nullptr);

    QString userId() const { return m_user.id; }
    QString userLogin() const { return m_user.login; }
    bool allGroups() const;
    GroupTableModel *groupsModel() const { return m_groupsModel; }

    // No user chosen (or a new connection): the pane hides.
    void clear();
    // A user chosen from the list: what the list row knows, until the fresh read arrives.
    void showUser(const okta::User &user);
    void setUser(const okta::User &user);
    void setUserError(const QString &message);
    void setRoles(const QList<okta::AdminRole> &roles, const QString &error);
    void setProfileSchema(const okta::ProfileSchema &schema);

    void groupsStarted();
    void groupsPage(const okta::Page &page);
    void groupsEnded(const QString &error);
    // Whether the token may change groups (ScopeAccess): the bulk update stays off otherwise.
    void setBulkUpdateAllowed(bool allowed);

Q_SIGNALS:
    void groupsRequested(const QString &userId, bool all);
    void bulkUpdateRequested(const QString &userId, const QString &login);

private:
    QWidget *createHeader();
    QWidget *createGroupsTab();
    void fill(const okta::User &user);
    void updateGroupsNote();
    void updateBulkButton();

    okta::User m_user;
    QLabel *m_name = nullptr;
    QLabel *m_login = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_roles = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_profileView = nullptr;
    ProfileEntryModel *m_profileModel = nullptr;
    QComboBox *m_groupsMode = nullptr;
    ResultsView *m_groups = nullptr;
    GroupTableModel *m_groupsModel = nullptr;
    QPushButton *m_bulkButton = nullptr;
    int m_groupsReceived = 0; // rows Okta sent, beyond those shown in First 200
    bool m_groupsLoading = false;
    bool m_groupsFailed = false;
    bool m_bulkAllowed = true;
};

} // namespace oktadesk

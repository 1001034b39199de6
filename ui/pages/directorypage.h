#pragma once

#include "page.h"

class QTabWidget;

namespace oktadesk {

class GroupAttributeDialog;
class GroupsPanel;
class UserDetailPane;
class UsersPanel;

// The Users & Groups page: a users list (search, first 200 or stream all, columns, local
// filter, export) beside the chosen user's detail, and a groups list. It shows and asks;
// the DirectoryController runs the requests.
class DirectoryPage : public Page {
    Q_OBJECT

public:
    enum Tab { UsersTab, GroupsTab };

    explicit DirectoryPage(QWidget *parent = nullptr);

    void setConnected(bool connected) override;
    void featureAllowed(bool allowed) override;

    UsersPanel *usersPanel() const { return m_users; }
    GroupsPanel *groupsPanel() const { return m_groups; }
    UserDetailPane *userDetail() const { return m_detail; }
    QTabWidget *tabs() const { return m_tabs; }

    // A new connection (or none): every list and the detail are emptied.
    void reset();
    // Emits groupsFirstShown() when the groups tab is up and has not been loaded.
    void checkGroupsShown();
    // Opens the bulk group attribute dialog for a user (window-modal, with open()).
    GroupAttributeDialog *openGroupAttributeDialog(const QString &userId, const QString &userLogin);

Q_SIGNALS:
    // The groups tab was shown for the first time since the last reset().
    void groupsFirstShown();

private:
    QWidget *m_content = nullptr;
    QTabWidget *m_tabs = nullptr;
    UsersPanel *m_users = nullptr;
    GroupsPanel *m_groups = nullptr;
    UserDetailPane *m_detail = nullptr;
    bool m_groupsShown = false;
};

} // namespace oktadesk

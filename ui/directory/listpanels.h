#pragma once

#include "directorylistpanel.h"

namespace okta {
struct User;
}

namespace oktadesk {

class GroupTableModel;
class UserTableModel;

// The users list: a plain list or a quick search leaves out deactivated users, as Okta
// does, and the panel says so. Activating a row (double-click, Enter) opens its detail.
class UsersPanel : public DirectoryListPanel {
    Q_OBJECT

public:
    explicit UsersPanel(QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    void listStarted(const DirectorySearch &search) override;
    ExportSource exportSource(okta::ExportFormat format) const override;

Q_SIGNALS:
    void userActivated(const okta::User &user);

protected:
    void appendPage(const okta::Page &page) override;
    void clearRows() override;
    void toggleAttribute(const okta::SchemaAttribute &attribute, bool shown) override;
    QString countText(int rows) const override;
    QStringList attributesInFixedColumns() const override;

private:
    UserTableModel *m_model = nullptr;
};

// The groups list, with each group's type and member count.
class GroupsPanel : public DirectoryListPanel {
    Q_OBJECT

public:
    explicit GroupsPanel(QWidget *parent = nullptr);

    GroupTableModel *model() const { return m_model; }
    ExportSource exportSource(okta::ExportFormat format) const override;

protected:
    void appendPage(const okta::Page &page) override;
    void clearRows() override;
    void toggleAttribute(const okta::SchemaAttribute &attribute, bool shown) override;
    QString countText(int rows) const override;
    QStringList attributesInFixedColumns() const override;

private:
    GroupTableModel *m_model = nullptr;
};

} // namespace oktadesk

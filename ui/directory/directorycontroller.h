#pragma once

#include "searchbar.h"

#include "core/export/exportformat.h"
#include "core/values/profileschema.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace okta {
class OktaApi;
class OktaJob;
class Pager;
class UserDetailJob;
struct User;
} // namespace okta

namespace oktadesk {

class DirectoryListPanel;
class DirectoryPage;

// Runs what the Users & Groups page asks for, through core's typed calls and jobs: the
// users and groups lists (first 200 or every page, cancellable), the profile schemas for
// the column choosers, a user's detail and groups, exports of the rows shown, and the bulk
// group attribute dialog. The page sees no request; this object sees no widget internals.
// Everything stops and the page empties when the connection changes.
class DirectoryController : public QObject {
    Q_OBJECT
public:
    static constexpr int FirstRows = 200;

    explicit DirectoryController(DirectoryPage *page, QObject *parent = nullptr);
    ~DirectoryController() override;

    // Connected: loads the first users and the schemas. nullptr: stops and empties. The api
    // must outlive the next setApi() call.
    void setApi(okta::OktaApi *api);

private:
    enum class List { Users, Groups };
    void cancelAll();
    DirectoryListPanel *panel(List list) const;
    QPointer<okta::Pager> &pager(List list);
    void runList(List list, const DirectorySearch &search);
    void loadSchemas();
    void openUser(const okta::User &user);
    void loadUserGroups(const QString &userId, bool all);
    void openGroupAttributeDialog(const QString &userId, const QString &login);
    void exportRows(DirectoryListPanel *panel, okta::ExportFormat format, const QString &path);

    QPointer<DirectoryPage> m_page;
    okta::OktaApi *m_api = nullptr;
    QPointer<okta::Pager> m_usersPager;
    QPointer<okta::Pager> m_groupsPager;
    QPointer<okta::Pager> m_userGroupsPager;
    QPointer<okta::UserDetailJob> m_detail;
    QList<QPointer<okta::OktaJob>> m_schemaJobs;
    std::optional<okta::ProfileSchema> m_userSchema;
    std::optional<okta::ProfileSchema> m_groupSchema;
    QString m_groupSchemaError;
    // Bumped on every setApi(): answers from an earlier connection are dropped.
    quint64 m_generation = 0;
};

} // namespace oktadesk

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace okta {
class OktaApi;
class OktaJob;
class Pager;
} // namespace okta

namespace oktadesk {

class MainWindow;
class TablePage;

// Fills the read-only pages once an org is connected: the latest System Log events of the
// last 24 hours, the first users, and the Okta Workflows OAuth app's grants. It owns the
// requests (typed OktaApi calls), hands rows, outcomes and errors to the pages, and
// cancels everything when the connection goes away. The pages never see the network.
class PageFeeder : public QObject {
    Q_OBJECT
public:
    static constexpr int RowLimit = 200;

    explicit PageFeeder(MainWindow *window, QObject *parent = nullptr);
    ~PageFeeder() override;

    // Connected: cancels what runs, clears the pages and loads them from `api`.
    // nullptr: cancels and clears. The api must outlive the next setApi() call.
    void setApi(okta::OktaApi *api);

private:
    void cancelAll();
    void clearPages();
    void loadLogs();
    void loadUsers();
    void loadGrants();
    void onAppFound(const QString &appId);
    template<typename FeedPage> void feed(okta::Pager *pager, FeedPage *page);

    QPointer<MainWindow> m_window;
    okta::OktaApi *m_api = nullptr;
    QPointer<okta::Pager> m_logs;
    QPointer<okta::Pager> m_users;
    QPointer<okta::Pager> m_apps;
    QPointer<okta::OktaJob> m_grants;
    QString m_appId;
    // Bumped on every setApi(): answers from an earlier connection are dropped.
    quint64 m_generation = 0;
};

} // namespace oktadesk

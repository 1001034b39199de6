#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace okta {
class OktaApi;
class Pager;
} // namespace okta

namespace oktadesk {

class FeedTarget;

// Fills the read-only pages once an org is connected: the first users. (The System Log page
// runs its own searches; the Scopes page has its own ScopesController.) It owns the
// requests (typed OktaApi calls), hands parsed pages, outcomes and errors to its targets,
// and cancels everything when the connection goes away. The pages never see the network;
// the feeder sees nothing of them but FeedTarget.
class PageFeeder : public QObject {
    Q_OBJECT
public:
    static constexpr int RowLimit = 200;

    // The targets are pages (QObjects): one that is destroyed is simply no longer fed.
    struct Targets {
        FeedTarget *users = nullptr;
    };

    explicit PageFeeder(const Targets &targets, QObject *parent = nullptr);
    ~PageFeeder() override;

    // Connected: cancels what runs, resets the targets and loads them from `api`.
    // nullptr: cancels and resets. The api must outlive the next setApi() call.
    void setApi(okta::OktaApi *api);

private:
    // A target and whether it still exists.
    struct Target {
        FeedTarget *feed = nullptr;
        QPointer<QObject> alive;
        explicit Target(FeedTarget *target);
        FeedTarget *get() const { return alive ? feed : nullptr; }
    };

    void cancelAll();
    void loadUsers();
    // Runs `pager` into `target`; the pager deletes itself at the end.
    void feed(okta::Pager *pager, const Target &target);

    Target m_users;
    okta::OktaApi *m_api = nullptr;
    QPointer<okta::Pager> m_usersPager;
    // Bumped on every setApi(): answers from an earlier connection are dropped.
    quint64 m_generation = 0;
};

} // namespace oktadesk

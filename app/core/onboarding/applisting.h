#pragma once

#include "core/values/app.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace okta {

class OktaClient;
class Pager;

// The org's apps for a picker: every page of GET /api/v1/apps (up to MaxApps), and which
// one to propose: the app labelled "Okta Workflows OAuth".
class AppListing : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxApps = 2000;
    enum class State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit AppListing(OktaClient *client, QObject *parent = nullptr);
    ~AppListing() override;

    void load(); // again, from the start
    State state() const { return m_state; }
    const QList<App> &apps() const { return m_apps; }
    QString errorString() const { return m_error; }
    bool truncated() const { return m_truncated; }
    // The Okta Workflows OAuth app's index, or -1.
    int proposedIndex() const;

Q_SIGNALS:
    void changed();

private:
    QPointer<OktaClient> m_client;
    QPointer<Pager> m_pager;
    State m_state = State::Idle;
    QList<App> m_apps;
    QString m_error;
    bool m_truncated = false;
};

} // namespace okta

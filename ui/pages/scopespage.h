#pragma once

#include "tablepage.h"

#include "core/scopes/grantchange.h"
#include "core/values/app.h"
#include "core/values/scopegrant.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace oktadesk {

class ApplyBar;
class Banner;
class ScopeFilterModel;
class ScopeTableModel;

// The Scopes page: an app's scopes as the Okta connector lists them (ScopeTableModel), with
// an app picker, a filter box, a status filter and "Show all Okta scopes". Checking and
// unchecking stages changes; Apply… confirms them and asks the controller to send them. The
// page never sends anything: ScopesController feeds it the apps and grants (FeedTarget for
// the grants: a list replaces the rows when it ends without error) and runs the apply.
class ScopesPage : public TablePage {
    Q_OBJECT

public:
    explicit ScopesPage(QWidget *parent = nullptr);

    ScopeTableModel *model() const { return m_model; }
    ScopeFilterModel *filterModel() const { return m_filter; }

    void setConnected(bool connected) override;
    void featureAllowed(bool allowed) override;

    void feedStarted() override;
    void feedPage(const okta::Page &page) override;
    void feedEnded(const QString &error, bool moreAvailable) override;

    // The apps to choose from, `currentId` chosen (without appChosen()).
    void setApps(const QList<okta::App> &apps, const QString &currentId);
    QString currentAppId() const;
    QString currentAppLabel() const;
    // total > 0: an apply runs, `done` calls have ended.
    void setApplying(int done, int total);
    void setOutcome(const QString &text, bool failed);
    // Why connections must be reauthorized (the app's scopes changed); `offerReauthorize`
    // adds "Reauthorize this profile" (OktaDesk signs in with that app). Empty hides it.
    void setReauthorizeNotice(const QString &message, bool offerReauthorize);
    // A remark above the table (e.g. that a missing scope is already granted).
    void setInfo(const QString &text);

Q_SIGNALS:
    void appChosen(const QString &appId);
    void applyConfirmed();
    void cancelApplyRequested();
    void reloadRequested();
    void reauthorizeRequested();

protected:
    void clearRows() override;

private:
    QWidget *createControls();
    void updateStaging();
    void confirmApply();
    // Scrolls to the first row whose change failed, so Okta's message is in sight.
    void revealFirstFailure();

    ScopeTableModel *m_model;
    ScopeFilterModel *m_filter;
    QList<okta::ScopeGrant> m_incoming; // the grants list arriving
    QList<okta::App> m_apps;
    QWidget *m_controls = nullptr;
    QComboBox *m_appPicker = nullptr;
    QPushButton *m_reload = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_showAll = nullptr;
    Banner *m_info = nullptr;
    Banner *m_changed = nullptr;
    QPushButton *m_reauthorize = nullptr;
    ApplyBar *m_applyBar = nullptr;
};

} // namespace oktadesk

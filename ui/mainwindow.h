#pragma once

#include "connectioninfo.h"
#include "core/okta/ratelimit.h"
#include "core/profiles/scopeaccess.h"

#include <QList>
#include <QMainWindow>
#include <QStringList>

class QAction;
class QActionGroup;
class QComboBox;
class QFrame;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace oktadesk {

class Banner;
class DirectoryPage;
class Page;
class RateLimitLabel;
class ScopesPage;
class ServiceAccountsPage;
class SystemLogPage;

// The application window. It composes the pages, the profile toolbar and the status bar,
// and reports what the user asked for through signals; the composition root acts on them.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum PageIndex { ScopesIndex, SystemLogIndex, DirectoryIndex, ServiceAccountsIndex };

    explicit MainWindow(QWidget *parent = nullptr);

    // The profile switcher's entries; `current` is selected and named in the title.
    void setProfiles(const QStringList &names, const QString &current);
    QString currentProfile() const { return m_currentProfile; }

    void setConnectionInfo(const ConnectionInfo &info);
    ConnectionInfo connectionInfo() const { return m_connection; }
    void setRateLimit(const okta::RateLimit &rateLimit);
    // Requests in flight or queued; the busy indicator shows while this is above zero.
    void setActivity(int inFlightOrQueued);

    void showPage(int index);
    int currentPageIndex() const;

    // Shows (or hides, with an empty message) the bar asking to reauthorize the profile:
    // a refresh failed or Okta refused the token. What is on screen stays.
    void setReauthorizationNeeded(const QString &message);
    // What the connection's token may change, for the pages' feature gates.
    void setScopeAccess(const okta::ScopeAccess &access);
    // Okta refused a request for lack of `scope`: a bar names it and offers to open the
    // Scopes page with it staged (missingScopeStageRequested). Empty hides the bar.
    void offerMissingScope(const QString &scope);

    ScopesPage *scopesPage() const { return m_scopesPage; }
    SystemLogPage *systemLogPage() const { return m_systemLogPage; }
    DirectoryPage *directoryPage() const { return m_directoryPage; }
    ServiceAccountsPage *serviceAccountsPage() const { return m_serviceAccountsPage; }

Q_SIGNALS:
    void profileSwitchRequested(const QString &name);
    void addProfileRequested();
    void reauthorizeRequested();
    void renameProfileRequested();
    void deleteProfileRequested();
    // A page asked to turn on a write feature (see FeatureGate): reauthorize for it.
    void turnOnRequested(okta::WriteFeature feature);
    void missingScopeStageRequested(const QString &scope);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void addPage(Page *page);
    void createMenus();
    void createToolBar();
    void createStatusBar();
    QWidget *createBanners();
    void updateBanners();
    void updateTitle();
    void updateActions();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages;
    ScopesPage *m_scopesPage = nullptr;
    SystemLogPage *m_systemLogPage = nullptr;
    DirectoryPage *m_directoryPage = nullptr;
    ServiceAccountsPage *m_serviceAccountsPage = nullptr;

    QActionGroup *m_pageActions = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QAction *m_addProfileAction = nullptr;
    QAction *m_reauthorizeAction = nullptr;
    QAction *m_renameProfileAction = nullptr;
    QAction *m_deleteProfileAction = nullptr;
    QWidget *m_bannerHolder = nullptr;
    Banner *m_reauthorizeBanner = nullptr;
    Banner *m_missingScopeBanner = nullptr;
    QString m_missingScope;

    QLabel *m_connectionStatus = nullptr;
    RateLimitLabel *m_rateLimitStatus = nullptr;
    QProgressBar *m_activityIndicator = nullptr;

    ConnectionInfo m_connection;
    QString m_currentProfile;
};

} // namespace oktadesk

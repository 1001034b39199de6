#include "mainwindow.h"

#include "banner.h"
#include "pages/directorypage.h"
#include "pages/scopespage.h"
#include "pages/serviceaccountspage.h"
#include "pages/systemlogpage.h"
#include "ratelimitlabel.h"
#include "resources/resources.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QVBoxLayout>

namespace oktadesk {

namespace {
constexpr QLatin1StringView SettingsGroup("MainWindow");
constexpr QSize DefaultSize(1200, 760);
constexpr int NavigationWidth = 210;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(appIconPath()));
    createPages();
    createMenus();
    createToolBar();
    createStatusBar();

    setConnectionInfo({});
    setProfiles({}, {});
    showPage(ScopesIndex);
    restoreSettings();
}

void MainWindow::createPages() {
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("pageNavigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(NavigationWidth);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#pageNavigation { background: palette(window); padding: 10px 8px; outline: 0; }"
        "QListWidget#pageNavigation::item { padding: 7px 8px; margin: 1px 0; border-radius: 6px; }"
        "QListWidget#pageNavigation::item:hover:!selected { background: palette(midlight); }"
        "QListWidget#pageNavigation::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"));

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_stack->setBackgroundRole(QPalette::Base);
    m_stack->setAutoFillBackground(true);

    m_scopesPage = new ScopesPage;
    m_systemLogPage = new SystemLogPage;
    m_directoryPage = new DirectoryPage;
    m_serviceAccountsPage = new ServiceAccountsPage;
    connect(m_scopesPage, &ScopesPage::reauthorizeRequested, this, &MainWindow::reauthorizeRequested);
    for (Page *page : {static_cast<Page *>(m_scopesPage), static_cast<Page *>(m_systemLogPage),
                       static_cast<Page *>(m_directoryPage), static_cast<Page *>(m_serviceAccountsPage)})
        addPage(page);

    auto *separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);

    auto *content = new QWidget;
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_stack, 1);

    auto *central = new QWidget;
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(createBanners());
    column->addWidget(content, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);
}

void MainWindow::addPage(Page *page) {
    m_pages.append(page);
    m_stack->addWidget(page);
    connect(page, &Page::turnOnRequested, this, &MainWindow::turnOnRequested);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setToolTip(page->title());
}

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const int index = int(i);
        QString text = m_pages.at(i)->title();
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *action = viewMenu->addAction(m_pages.at(i)->icon(), text);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, index] { showPage(index); });
    }

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About OktaDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar() {
    QToolBar *toolBar = addToolBar(tr("Profile"));
    toolBar->setObjectName(QStringLiteral("profileToolBar"));
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setStyleSheet(QStringLiteral("QToolBar#profileToolBar { spacing: 6px; padding: 4px 8px; }"));

    auto *label = new QLabel(tr("Profile:"));
    m_profileSwitcher = new QComboBox;
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setAccessibleName(tr("Profile"));
    m_profileSwitcher->setToolTip(tr("The org profile OktaDesk is working with"));
    m_profileSwitcher->setMinimumContentsLength(22);
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileSwitcher->setPlaceholderText(tr("No profiles yet"));
    label->setBuddy(m_profileSwitcher);
    toolBar->addWidget(label);
    toolBar->addWidget(m_profileSwitcher);
    toolBar->addSeparator();

    m_addProfileAction = toolBar->addAction(tr("Add profile…"), this, &MainWindow::addProfileRequested);
    m_addProfileAction->setObjectName(QStringLiteral("addProfileAction"));
    m_addProfileAction->setToolTip(tr("Connect OktaDesk to another Okta org"));
    m_reauthorizeAction = toolBar->addAction(tr("Reauthorize…"), this, &MainWindow::reauthorizeRequested);
    m_reauthorizeAction->setObjectName(QStringLiteral("reauthorizeAction"));
    m_reauthorizeAction->setToolTip(tr("Sign in to the current org again (needed after scope changes; a "
                                       "super admin must do it)"));
    m_renameProfileAction = toolBar->addAction(tr("Rename…"), this, &MainWindow::renameProfileRequested);
    m_renameProfileAction->setObjectName(QStringLiteral("renameProfileAction"));
    m_renameProfileAction->setToolTip(tr("Rename the current profile"));
    m_deleteProfileAction = toolBar->addAction(tr("Delete…"), this, &MainWindow::deleteProfileRequested);
    m_deleteProfileAction->setObjectName(QStringLiteral("deleteProfileAction"));
    m_deleteProfileAction->setToolTip(tr(
        "Delete the current profile: revokes its tokens at Okta and removes its secrets from the keychain"));

    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        const QString name = m_profileSwitcher->itemText(index);
        if (!name.isEmpty() && name != m_currentProfile)
            Q_EMIT profileSwitchRequested(name);
    });
}

void MainWindow::createStatusBar() {
    m_connectionStatus = new QLabel;
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_connectionStatus->setTextFormat(Qt::PlainText);
    m_connectionStatus->setContentsMargins(6, 2, 6, 2);

    m_activityIndicator = new QProgressBar;
    m_activityIndicator->setObjectName(QStringLiteral("activityIndicator"));
    m_activityIndicator->setRange(0, 0);
    m_activityIndicator->setTextVisible(false);
    m_activityIndicator->setFixedSize(110, 12);
    m_activityIndicator->setAccessibleName(tr("Requests in progress"));
    m_activityIndicator->setVisible(false);

    m_rateLimitStatus = new RateLimitLabel;
    m_rateLimitStatus->setContentsMargins(6, 2, 6, 2);

    statusBar()->setSizeGripEnabled(true);
    statusBar()->addWidget(m_connectionStatus, 1);
    statusBar()->addPermanentWidget(m_activityIndicator);
    statusBar()->addPermanentWidget(m_rateLimitStatus);
}

void MainWindow::setProfiles(const QStringList &names, const QString &current) {
    m_currentProfile = names.contains(current) ? current : QString();
    {
        const QSignalBlocker blocker(m_profileSwitcher);
        m_profileSwitcher->clear();
        m_profileSwitcher->addItems(names);
        m_profileSwitcher->setCurrentIndex(int(names.indexOf(m_currentProfile)));
    }
    m_profileSwitcher->setEnabled(!names.isEmpty());
    updateTitle();
    updateActions();
}

void MainWindow::setConnectionInfo(const ConnectionInfo &info) {
    m_connection = info;
    m_connectionStatus->setText(info.statusText());
    QString tip = info.connected && !info.methodText.isEmpty() ? tr("Signed in with: %1").arg(info.methodText)
                                                               : QString();
    if (info.connected && !info.accountWarning.isEmpty())
        tip = tip.isEmpty() ? info.accountWarning : tip % u'\n' % info.accountWarning;
    m_connectionStatus->setToolTip(tip);
    for (Page *page : std::as_const(m_pages))
        page->setConnected(info.connected);
    if (!info.connected)
        m_rateLimitStatus->setRateLimit({});
    updateActions();
}

void MainWindow::setRateLimit(const okta::RateLimit &rateLimit) {
    m_rateLimitStatus->setRateLimit(rateLimit);
}

void MainWindow::setActivity(int inFlightOrQueued) {
    m_activityIndicator->setVisible(inFlightOrQueued > 0);
    m_activityIndicator->setToolTip(tr("%n request(s) in progress", nullptr, inFlightOrQueued));
}

void MainWindow::showPage(int index) {
    if (index < 0 || index >= m_pages.size())
        return;
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    m_pageActions->actions().at(index)->setChecked(true);
}

int MainWindow::currentPageIndex() const {
    return m_stack->currentIndex();
}

void MainWindow::updateTitle() {
    setWindowTitle(m_currentProfile.isEmpty() ? tr("OktaDesk") : tr("OktaDesk — %1").arg(m_currentProfile));
}

void MainWindow::updateActions() {
    // The demo org signs in with a fixed API token: there is nothing to reauthorize.
    const bool realProfile = !m_currentProfile.isEmpty() && !m_connection.isDemo;
    m_reauthorizeAction->setEnabled(realProfile);
    m_renameProfileAction->setEnabled(realProfile);
    m_deleteProfileAction->setEnabled(realProfile);
}

QWidget *MainWindow::createBanners() {
    m_reauthorizeBanner = new Banner(QStringLiteral("reauthorizeBanner"), Banner::Tone::Warning);
    connect(m_reauthorizeBanner->addButton(tr("Reauthorize…"), QStringLiteral("reauthorizeBannerButton")),
            &QPushButton::clicked, this, &MainWindow::reauthorizeRequested);
    m_missingScopeBanner = new Banner(QStringLiteral("missingScopeBanner"), Banner::Tone::Warning);
    connect(m_missingScopeBanner->addButton(tr("Stage it on the Scopes page"),
                                            QStringLiteral("stageMissingScopeButton")),
            &QPushButton::clicked, this, [this] {
                const QString scope = m_missingScope;
                offerMissingScope({});
                showPage(ScopesIndex);
                Q_EMIT missingScopeStageRequested(scope);
            });
    connect(m_missingScopeBanner->addButton(tr("Dismiss"), QStringLiteral("dismissMissingScopeButton")),
            &QPushButton::clicked, this, [this] { offerMissingScope({}); });
    // The margins live on a holder that hides with its banners, so they leave no gap.
    m_bannerHolder = new QWidget;
    auto *layout = new QVBoxLayout(m_bannerHolder);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_reauthorizeBanner);
    layout->addWidget(m_missingScopeBanner);
    m_bannerHolder->setVisible(false);
    return m_bannerHolder;
}

void MainWindow::updateBanners() {
    m_bannerHolder->setVisible(!m_reauthorizeBanner->isHidden() || !m_missingScopeBanner->isHidden());
}

void MainWindow::setReauthorizationNeeded(const QString &message) {
    m_reauthorizeBanner->setMessage(message);
    m_reauthorizeBanner->setVisible(!message.isEmpty());
    updateBanners();
}

void MainWindow::offerMissingScope(const QString &scope) {
    m_missingScope = scope;
    m_missingScopeBanner->setMessage(
        tr("Okta refused a request because the connection's token lacks the scope %1. Grant it to the app "
           "OktaDesk signs in with, then reauthorize.")
            .arg(scope));
    m_missingScopeBanner->setVisible(!scope.isEmpty());
    updateBanners();
}

void MainWindow::setScopeAccess(const okta::ScopeAccess &access) {
    for (Page *page : std::as_const(m_pages))
        page->setScopeAccess(access);
}

void MainWindow::showAbout() {
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About OktaDesk"));
    box->setIconPixmap(windowIcon().pixmap(QSize(64, 64)));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>OktaDesk %1</h3>"
                    "<p>A native desktop tool for administering Okta orgs: OAuth scope grants, the "
                    "System Log, users and groups, and service accounts.</p>"
                    "<p>Built with Qt %2.</p>")
                     .arg(QStringLiteral(OKTADESK_VERSION), QString::fromLatin1(qVersion())));
    box->open();
}

void MainWindow::restoreSettings() {
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(DefaultSize);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace oktadesk

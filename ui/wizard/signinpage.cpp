#include "signinpage.h"

#include "connectionwizard.h"
#include "core/connection/signin.h"
#include "core/connection/signinmethod.h"
#include "statusmessage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace oktadesk {

using okta::SignIn;

SignInPage::SignInPage(SignIn *signIn, const okta::SignInMethod *method, bool reauthorizing, QWidget *parent)
    : QWizardPage(parent)
    , m_signIn(signIn)
    , m_method(method)
    , m_reauthorizing(reauthorizing) {
    setTitle(tr("Sign in"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    m_signInButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowRight, nullptr, this),
                                     tr("Sign in with the browser…"), this);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(false);
    m_signInButton->setAutoDefault(false);

    m_urlRow = new QWidget(this);
    auto *urlLabel = new QLabel(tr("If no browser opens, paste this address into one:"), m_urlRow);
    urlLabel->setWordWrap(true);
    m_url = new QLineEdit(m_urlRow);
    m_url->setObjectName(QStringLiteral("authorizationUrlEdit"));
    m_url->setReadOnly(true);
    m_copyUrl = new QToolButton(m_urlRow);
    m_copyUrl->setObjectName(QStringLiteral("copyAuthorizationUrlButton"));
    m_copyUrl->setText(tr("Copy"));
    m_copyUrl->setToolTip(tr("Copy the sign-in address"));
    m_copyUrl->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView, nullptr, this));
    m_copyUrl->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *urlLine = new QHBoxLayout;
    urlLine->addWidget(m_url, 1);
    urlLine->addWidget(m_copyUrl);
    auto *urlLayout = new QVBoxLayout(m_urlRow);
    urlLayout->setContentsMargins(0, 0, 0, 0);
    urlLayout->addWidget(urlLabel);
    urlLayout->addLayout(urlLine);

    m_waitRow = new QWidget(this);
    m_busy = new QProgressBar(m_waitRow);
    m_busy->setObjectName(QStringLiteral("signInBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_busy->fontMetrics().height());
    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_DialogCancelButton, nullptr, this),
                               tr("Cancel"), m_waitRow);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->setAutoDefault(false);
    auto *waitLayout = new QHBoxLayout(m_waitRow);
    waitLayout->setContentsMargins(0, 0, 0, 0);
    waitLayout->addWidget(m_busy, 1);
    waitLayout->addWidget(m_cancel);

    m_status = new StatusMessage(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_superAdminNote = new StatusMessage(this);
    m_superAdminNote->setObjectName(QStringLiteral("superAdminNote"));
    m_superAdminNote->setBoxed(true);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_signInButton);
    buttonRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_superAdminNote);
    layout->addWidget(m_intro);
    layout->addLayout(buttonRow);
    layout->addWidget(m_waitRow);
    layout->addWidget(m_status);
    layout->addWidget(m_urlRow);
    layout->addStretch(1);

    connect(m_signInButton, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_cancel, &QPushButton::clicked, signIn, &SignIn::cancel);
    connect(m_copyUrl, &QToolButton::clicked, this, [this] {
        if (!m_url->text().isEmpty())
            QGuiApplication::clipboard()->setText(m_url->text());
    });
    connect(signIn, &SignIn::authorizationUrlReady, this, &SignInPage::openBrowser);
    connect(signIn, &SignIn::changed, this, &SignInPage::updateState);
    updateState();
}

void SignInPage::initializePage() {
    if (m_method->isBrowser()) {
        setSubTitle(tr("OktaDesk opens Okta's sign-in page in your browser. Sign in there and allow "
                       "access; the browser then hands the sign-in back to OktaDesk."));
    } else {
        setSubTitle(tr("An API token needs no browser sign-in."));
        m_intro->setText(tr("OktaDesk checks the API token on the next page."));
        // Accepting a token is immediate; the next page proves it works.
        m_signIn->start();
    }
    if (m_reauthorizing)
        m_superAdminNote->setMessage(StatusMessage::Kind::Warning,
                                     tr("Reauthorizing needs a super admin: only a super admin can renew a "
                                        "connection, for example after scopes were granted or revoked."));
    else
        m_superAdminNote->clear();
    updateState();
}

void SignInPage::cleanupPage() {
    // Going back stops listening; a sign-in that already succeeded stays valid.
    if (!m_signIn->isSignedIn())
        m_signIn->cancel();
}

bool SignInPage::isComplete() const {
    return m_signIn->isSignedIn();
}

void SignInPage::signIn() {
    if (m_signIn->state() == SignIn::State::WaitingForBrowser && !m_signIn->authorizationUrl().isEmpty()) {
        openBrowser(m_signIn->authorizationUrl()); // the tab was closed: open it again
        return;
    }
    m_signIn->start();
}

void SignInPage::openBrowser(const QUrl &url) {
    if (auto *owner = qobject_cast<ConnectionWizard *>(wizard()); owner && owner->browserOpener())
        owner->browserOpener()(url);
}

void SignInPage::updateState() {
    using State = SignIn::State;
    const bool browser = m_method->isBrowser();
    const State state = m_signIn->state();
    const bool waiting =
        state == State::Starting || state == State::WaitingForBrowser || state == State::ExchangingCode;
    m_signInButton->setVisible(browser);
    m_signInButton->setEnabled(state != State::ExchangingCode && state != State::SignedIn);
    m_signInButton->setText(state == State::WaitingForBrowser ? tr("Open the browser again")
                            : state == State::Failed          ? tr("Try again…")
                                                              : tr("Sign in with the browser…"));
    m_waitRow->setVisible(browser && waiting);
    m_cancel->setEnabled(state == State::WaitingForBrowser || state == State::Starting);
    if (browser) {
        // Word joiners after the URI's slashes keep a line break from splitting it after
        // "http://".
        QString where = m_signIn->redirectUri().toString();
        where.replace(u'/', QStringLiteral("/\u2060"));
        m_intro->setText(tr("Use an account with super admin rights, ideally a dedicated service account. "
                            "The browser returns to %1, which must be registered on the app exactly so, "
                            "port included; if Okta shows an error about the redirect URI, register it on "
                            "the app's General tab and sign in again.")
                             .arg(where));
    }
    const QUrl url = m_signIn->authorizationUrl();
    m_url->setText(url.toString(QUrl::FullyEncoded));
    m_url->setCursorPosition(0);
    m_urlRow->setVisible(browser && state == State::WaitingForBrowser && !url.isEmpty());

    const QString message = m_signIn->message();
    switch (state) {
    case State::Idle:
        m_status->clear();
        break;
    case State::Starting:
    case State::WaitingForBrowser:
    case State::ExchangingCode:
        m_status->setMessage(StatusMessage::Kind::Busy, message);
        break;
    case State::SignedIn:
        m_status->setMessage(StatusMessage::Kind::Success, message);
        break;
    case State::Failed:
        m_status->setMessage(m_signIn->failure() == okta::BrowserSignIn::Failure::Cancelled
                                 ? StatusMessage::Kind::Info
                                 : StatusMessage::Kind::Error,
                             message);
        break;
    }
    Q_EMIT completeChanged();
}

} // namespace oktadesk

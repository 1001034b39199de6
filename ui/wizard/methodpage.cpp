#include "methodpage.h"

#include "core/connection/signin.h"
#include "core/connection/signinmethod.h"
#include "core/scopes/scopecatalog.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace oktadesk {

using okta::AuthMethod;
using okta::ScopeCatalog;
using okta::SignInMethod;

namespace {
QLabel *hintLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

MethodPage::MethodPage(SignInMethod *method, okta::SignIn *signIn, bool reauthorizing, QWidget *parent)
    : QWizardPage(parent)
    , m_method(method)
    , m_signIn(signIn)
    , m_reauthorizing(reauthorizing) {
    setTitle(tr("Sign-in method"));
    setSubTitle(tr("How OktaDesk proves who it is to Okta. Browser sign-in with the OAuth app is the "
                   "recommended way."));

    m_browser = new QRadioButton(tr("Sign in with the &browser (OAuth, recommended)"), this);
    m_browser->setObjectName(QStringLiteral("browserMethod"));
    m_token = new QRadioButton(tr("Use an &API token (SSWS)"), this);
    m_token->setObjectName(QStringLiteral("apiTokenMethod"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_browser);
    group->addButton(m_token);

    m_panels = new QStackedWidget(this);
    m_panels->addWidget(createBrowserPanel());
    m_panels->addWidget(createTokenPanel());

    auto *radios = new QHBoxLayout;
    radios->setSpacing(24);
    radios->addWidget(m_browser);
    radios->addWidget(m_token);
    radios->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(radios);
    layout->addWidget(m_panels, 1);

    connect(m_browser, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_method->setAuthMethod(AuthMethod::BrowserPkce);
    });
    connect(m_token, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_method->setAuthMethod(AuthMethod::ApiToken);
    });
    connect(method, &SignInMethod::changed, this, &MethodPage::updateFromMethod);
    connect(signIn, &okta::SignIn::changed, this, &MethodPage::updateRedirectUri);
    updateFromMethod();
}

QWidget *MethodPage::createBrowserPanel() {
    auto *panel = new QWidget(this);
    m_clientId = new QLineEdit(panel);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("0oa…"));
    m_clientSecret = new QLineEdit(panel);
    m_clientSecret->setObjectName(QStringLiteral("clientSecretEdit"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Optional for a public native app"));

    m_port = new QSpinBox(panel);
    m_port->setObjectName(QStringLiteral("redirectPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setToolTip(tr("Okta accepts only a redirect URI registered on the app exactly, port included."));
    m_redirectUri = new QLineEdit(panel);
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setReadOnly(true);
    m_copyRedirect = new QToolButton(panel);
    m_copyRedirect->setObjectName(QStringLiteral("copyRedirectUriButton"));
    m_copyRedirect->setText(tr("Copy"));
    m_copyRedirect->setToolTip(tr("Copy the redirect URI"));
    m_copyRedirect->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView, nullptr, this));
    m_copyRedirect->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(m_redirectUri, 1);
    redirectRow->addWidget(m_copyRedirect);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    portRow->addStretch(1);

    m_scopes = new QListWidget(panel);
    m_scopes->setObjectName(QStringLiteral("requestedScopesList"));
    m_scopes->setSelectionMode(QAbstractItemView::NoSelection);
    m_scopes->setFocusPolicy(Qt::NoFocus);
    m_turningOn = new QLabel(panel);
    m_turningOn->setObjectName(QStringLiteral("turningOnNote"));
    m_turningOn->setWordWrap(true);
    m_turningOn->setTextFormat(Qt::PlainText);
    m_turningOn->setVisible(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_clientSecret);
    // A row holding a layout gets no automatic buddy, so the label is made by hand.
    auto *portLabel = new QLabel(tr("Redirect &port:"), panel);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);
    form->addRow(tr("Redirect URI:"), redirectRow);
    form->addRow(QString(), hintLabel(tr("Register this exact URI, port included, as a sign-in redirect URI "
                                         "on the app (its General tab): Okta refuses any other."),
                                      panel));
    form->addRow(tr("Scopes:"), m_scopes);
    form->addRow(QString(), m_turningOn);
    form->addRow(QString(), hintLabel(tr("Grant these scopes to the app on its Okta API Scopes tab first; "
                                         "only a super admin can. OktaDesk asks for read scopes only, and "
                                         "for a feature's manage scope once you turn that feature on."),
                                      panel));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    connect(m_clientId, &QLineEdit::textEdited, m_method, &SignInMethod::setClientId);
    connect(m_clientSecret, &QLineEdit::textEdited, m_method, &SignInMethod::setClientSecret);
    connect(m_port, &QSpinBox::valueChanged, this,
            [this](int port) { m_method->setRedirectPort(static_cast<quint16>(port)); });
    connect(m_copyRedirect, &QToolButton::clicked, this, [this] {
        if (!m_redirectUri->text().isEmpty())
            QGuiApplication::clipboard()->setText(m_redirectUri->text());
    });
    return panel;
}

QWidget *MethodPage::createTokenPanel() {
    auto *panel = new QWidget(this);
    m_apiToken = new QLineEdit(panel);
    m_apiToken->setObjectName(QStringLiteral("apiTokenEdit"));
    m_apiToken->setEchoMode(QLineEdit::Password);
    m_apiToken->setPlaceholderText(tr("00…"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("API &token:"), m_apiToken);
    form->addRow(QString(),
                 hintLabel(tr("Create one in the Admin Console under Security → API → Tokens. A token has "
                              "no scopes: it carries every right of the admin who created it, and it "
                              "expires after 30 days without use."),
                           panel));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_apiToken, &QLineEdit::textEdited, m_method, &SignInMethod::setApiToken);
    return panel;
}

void MethodPage::initializePage() {
    // A reauthorization renews the credentials of the method the profile was saved with.
    m_browser->setEnabled(!m_reauthorizing);
    m_token->setEnabled(!m_reauthorizing);
    updateFromMethod();
}

bool MethodPage::isComplete() const {
    return m_method->isReady();
}

void MethodPage::updateFromMethod() {
    const bool browser = m_method->isBrowser();
    m_browser->setChecked(browser);
    m_token->setChecked(!browser);
    m_panels->setCurrentIndex(browser ? 0 : 1);
    if (m_clientId->text().trimmed() != m_method->clientId())
        m_clientId->setText(m_method->clientId());
    // Secrets are only ever pushed into the step; the reauthorize mode's stored secret
    // shows as a placeholder, never as text.
    if (m_clientSecret->text().isEmpty() && m_method->hasClientSecret())
        m_clientSecret->setPlaceholderText(tr("Stored in the keychain; type to replace"));
    if (m_port->value() != m_method->redirectPort()) {
        const QSignalBlocker blocker(m_port);
        m_port->setValue(m_method->redirectPort());
    }
    updateRedirectUri();
    updateScopes();
    Q_EMIT completeChanged();
}

void MethodPage::updateScopes() {
    m_scopes->clear();
    m_scopes->addItem(tr("%1 — sign-in and a refresh token (granted automatically)")
                          .arg(ScopeCatalog::signInScopes().join(QLatin1String(", "))));
    for (const ScopeCatalog::Feature &feature : ScopeCatalog::features())
        m_scopes->addItem(tr("%1 — %2").arg(feature.scopes.join(QLatin1String(", ")), feature.name));
    const auto turningOn = m_method->turningOn();
    for (const okta::WriteFeature feature : m_method->writeFeatures()) {
        const ScopeCatalog::WriteNeed need = ScopeCatalog::writeNeed(feature);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(need.scopes.join(QLatin1String(", ")), need.name),
                                         m_scopes);
        if (turningOn == feature) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_turningOn->setText(turningOn
                             ? tr("Added for this sign-in: %1").arg(ScopeCatalog::writeNeed(*turningOn).why)
                             : QString());
    m_turningOn->setVisible(turningOn.has_value());
}

void MethodPage::updateRedirectUri() {
    const QUrl uri = m_signIn->redirectUri();
    m_redirectUri->setText(uri.toString());
    m_copyRedirect->setEnabled(!uri.isEmpty());
}

} // namespace oktadesk

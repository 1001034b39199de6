#include "verifypage.h"

#include "core/connection/connectionsetup.h"
#include "statusmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace oktadesk {

using okta::ConnectionSetup;

namespace {
QString row(const QString &label, const QString &value) {
    return QStringLiteral("<tr><td style=\"padding:3px 12px 3px 0\"><b>%1</b></td>"
                          "<td style=\"padding:3px 0\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

VerifyPage::VerifyPage(ConnectionSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup) {
    setTitle(tr("Verify"));
    setSubTitle(tr("OktaDesk checks the connection: who signed in, with which rights."));

    m_progress = new StatusMessage(this);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verifyStatus"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning = new StatusMessage(this);
    m_warning->setObjectName(QStringLiteral("superAdminWarning"));
    m_warning->setBoxed(true);
    m_retry = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this),
                              tr("Check again"), this);
    m_retry->setObjectName(QStringLiteral("retryVerifyButton"));
    m_retry->setAutoDefault(false);

    auto *retryRow = new QHBoxLayout;
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_progress);
    layout->addWidget(m_details);
    layout->addWidget(m_warning);
    layout->addLayout(retryRow);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, setup, &ConnectionSetup::verify);
    connect(setup, &ConnectionSetup::verifyChanged, this, &VerifyPage::updateState);
    updateState();
}

void VerifyPage::initializePage() {
    if (m_setup->verifyState() != ConnectionSetup::VerifyState::Done)
        m_setup->verify();
    updateState();
}

bool VerifyPage::isComplete() const {
    return m_setup->verifyState() == ConnectionSetup::VerifyState::Done;
}

void VerifyPage::updateState() {
    using State = ConnectionSetup::VerifyState;
    const State state = m_setup->verifyState();
    const QString message = m_setup->verifyMessage();
    switch (state) {
    case State::Idle:
        m_progress->clear();
        break;
    case State::Running:
        m_progress->setMessage(StatusMessage::Kind::Busy, message);
        break;
    case State::Done:
        m_progress->setMessage(m_setup->superAdmin() == ConnectionSetup::SuperAdmin::Yes
                                   ? StatusMessage::Kind::Success
                                   : StatusMessage::Kind::Warning,
                               message);
        break;
    case State::Failed:
        m_progress->setMessage(StatusMessage::Kind::Error, message);
        break;
    }
    m_retry->setVisible(state == State::Failed);

    if (state == State::Done) {
        const QString who = m_setup->adminName().isEmpty()
                                ? m_setup->adminLogin()
                                : tr("%1 (%2)").arg(m_setup->adminName(), m_setup->adminLogin());
        QString superAdmin;
        switch (m_setup->superAdmin()) {
        case ConnectionSetup::SuperAdmin::Yes:
            superAdmin = tr("Yes, super admin");
            break;
        case ConnectionSetup::SuperAdmin::No:
            superAdmin = tr("No, not a super admin");
            break;
        case ConnectionSetup::SuperAdmin::Unknown:
            superAdmin = tr("Unknown");
            break;
        }
        const QStringList roles = m_setup->roleTypes();
        QString html = QStringLiteral("<table>");
        html += row(tr("Signed in as:"), who);
        html += row(tr("Super admin:"), superAdmin);
        if (!roles.isEmpty())
            html += row(tr("Admin roles:"), roles.join(QLatin1String(", ")));
        html += row(tr("Token scopes:"), m_setup->scopesDescription());
        html += row(tr("Rate limit:"), m_setup->rateLimitDescription());
        html += QStringLiteral("</table>");
        m_details->setText(html);
        m_details->setVisible(true);
    } else {
        m_details->clear();
        m_details->setVisible(false);
    }
    const QString warning = m_setup->superAdminWarning();
    m_warning->setMessage(StatusMessage::Kind::Warning, warning);
    Q_EMIT completeChanged();
}

} // namespace oktadesk

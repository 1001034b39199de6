#include "verifypage.h"

#include "core/connection/verification.h"
#include "statusmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace oktadesk {

using okta::Verification;
using okta::WhoAmI;

namespace {
QString row(const QString &label, const QString &value) {
    return QStringLiteral("<tr><td style=\"padding:3px 12px 3px 0\"><b>%1</b></td>"
                          "<td style=\"padding:3px 0\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

VerifyPage::VerifyPage(Verification *verification, QWidget *parent)
    : QWizardPage(parent)
    , m_verification(verification) {
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

    connect(m_retry, &QPushButton::clicked, verification, &Verification::start);
    connect(verification, &Verification::changed, this, &VerifyPage::updateState);
    updateState();
}

void VerifyPage::initializePage() {
    if (m_verification->state() != Verification::State::Done)
        m_verification->start();
    updateState();
}

bool VerifyPage::isComplete() const {
    return m_verification->state() == Verification::State::Done;
}

void VerifyPage::updateState() {
    using State = Verification::State;
    const State state = m_verification->state();
    const QString message = m_verification->message();
    const WhoAmI &who = m_verification->whoAmI();
    switch (state) {
    case State::Idle:
        m_progress->clear();
        break;
    case State::Running:
        m_progress->setMessage(StatusMessage::Kind::Busy, message);
        break;
    case State::Done:
        m_progress->setMessage(who.superAdmin() == WhoAmI::SuperAdmin::Yes ? StatusMessage::Kind::Success
                                                                           : StatusMessage::Kind::Warning,
                               message);
        break;
    case State::Failed:
        m_progress->setMessage(StatusMessage::Kind::Error, message);
        break;
    }
    m_retry->setVisible(state == State::Failed);

    if (state == State::Done) {
        QString superAdmin;
        switch (who.superAdmin()) {
        case WhoAmI::SuperAdmin::Yes:
            superAdmin = tr("Yes, super admin");
            break;
        case WhoAmI::SuperAdmin::No:
            superAdmin = tr("No, not a super admin");
            break;
        case WhoAmI::SuperAdmin::Unknown:
            superAdmin = tr("Unknown");
            break;
        }
        const QStringList roles = who.roleTypes();
        QString html = QStringLiteral("<table>");
        html += row(tr("Signed in as:"), who.displayName());
        html += row(tr("Super admin:"), superAdmin);
        if (!roles.isEmpty())
            html += row(tr("Admin roles:"), roles.join(QLatin1String(", ")));
        html += row(tr("Token scopes:"), m_verification->scopesDescription());
        html += row(tr("Rate limit:"), m_verification->rateLimitDescription());
        html += QStringLiteral("</table>");
        m_details->setText(html);
        m_details->setVisible(true);
    } else {
        m_details->clear();
        m_details->setVisible(false);
    }
    const QString warning = m_verification->superAdminWarning();
    m_warning->setMessage(StatusMessage::Kind::Warning, warning);
    Q_EMIT completeChanged();
}

} // namespace oktadesk

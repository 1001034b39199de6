#include "orgpage.h"

#include "core/connection/orgcheck.h"
#include "statusmessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace oktadesk {

using okta::OrgCheck;

OrgPage::OrgPage(OrgCheck *org, bool reauthorizing, QWidget *parent)
    : QWizardPage(parent)
    , m_org(org)
    , m_reauthorizing(reauthorizing) {
    setTitle(tr("Org"));
    setSubTitle(tr("Which Okta org should OktaDesk connect to? Paste its domain or any address of it."));

    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("acme.okta.com"));
    m_domain->setClearButtonEnabled(true);

    auto *hint = new QLabel(tr("For example acme.okta.com, https://acme-admin.okta.com/admin/dashboard, or "
                               "your custom domain. Enter it without a path."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_normalised = new QLabel(this);
    m_normalised->setObjectName(QStringLiteral("normalisedDomainLabel"));
    m_normalised->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_normalised->setWordWrap(true);

    m_domainMessage = new StatusMessage(this);
    m_domainMessage->setObjectName(QStringLiteral("domainMessage"));
    m_discovery = new StatusMessage(this);
    m_discovery->setObjectName(QStringLiteral("discoveryStatus"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Org &domain:"), m_domain);
    form->addRow(QString(), hint);
    form->addRow(tr("Connects to:"), m_normalised);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_domainMessage);
    layout->addWidget(m_discovery);
    layout->addStretch(1);

    connect(m_domain, &QLineEdit::textEdited, org, &OrgCheck::setDomain);
    // Enter skips the typing pause.
    connect(m_domain, &QLineEdit::returnPressed, org, &OrgCheck::checkNow);
    connect(org, &OrgCheck::domainChanged, this, &OrgPage::updateDomain);
    connect(org, &OrgCheck::stateChanged, this, &OrgPage::updateDiscovery);
    updateDomain();
    updateDiscovery();
}

void OrgPage::initializePage() {
    if (m_domain->text() != m_org->domainText())
        m_domain->setText(m_org->domainText());
    m_domain->setReadOnly(m_reauthorizing);
    if (m_reauthorizing)
        setSubTitle(tr("Reauthorizing the saved connection. A super admin must sign in again to pick up "
                       "scope changes."));
    m_domain->setFocus();
}

bool OrgPage::isComplete() const {
    return m_org->isReady();
}

void OrgPage::updateDomain() {
    const okta::OrgDomainResult domain = m_org->domain();
    const bool typed = !m_org->domainText().trimmed().isEmpty();
    m_normalised->setText(domain.ok() ? domain.host : QStringLiteral("—"));
    if (!typed)
        m_domainMessage->clear();
    else if (domain.status == okta::OrgDomainResult::Status::Invalid)
        m_domainMessage->setMessage(StatusMessage::Kind::Error, domain.message);
    else if (domain.status == okta::OrgDomainResult::Status::Warning)
        m_domainMessage->setMessage(StatusMessage::Kind::Warning, domain.message);
    else if (domain.isLoopback)
        m_domainMessage->setMessage(
            StatusMessage::Kind::Info,
            tr("A loopback address: plain HTTP on this computer, as the demo org uses."));
    else
        m_domainMessage->clear();
    Q_EMIT completeChanged();
}

void OrgPage::updateDiscovery() {
    using State = OrgCheck::State;
    switch (m_org->state()) {
    case State::Idle:
        m_discovery->clear();
        break;
    case State::Pending:
    case State::Checking:
        m_discovery->setMessage(StatusMessage::Kind::Busy, m_org->message());
        break;
    case State::Found:
        m_discovery->setMessage(StatusMessage::Kind::Success, m_org->message());
        break;
    case State::Failed:
        m_discovery->setMessage(StatusMessage::Kind::Error, m_org->message());
        break;
    }
    Q_EMIT completeChanged();
}

} // namespace oktadesk

#include "reviewpage.h"

#include "core/onboarding/onboardingpreflight.h"
#include "core/onboarding/onboardingsetup.h"
#include "core/values/textescape.h"
#include "ui/wizard/statusmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace oktadesk {

using okta::OnboardingPreflight;
using okta::ServiceAccountRequest;

namespace {
QString row(const QString &label, const QString &value) {
    return QStringLiteral(
               "<tr><td style=\"padding:2px 12px 2px 0\"><b>%1</b></td><td style=\"padding:2px 0\">%2</td>"
               "</tr>")
        .arg(label.toHtmlEscaped(), okta::escapeControls(value).toHtmlEscaped());
}
} // namespace

ReviewPage::ReviewPage(okta::OnboardingSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup) {
    setTitle(tr("Review"));
    setSubTitle(tr("Nothing has been written yet. OktaDesk checks the org first."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("Create account"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_summary);
    for (int i = 0; i < 3; ++i) {
        auto *check = new StatusMessage(this);
        check->setObjectName(QStringLiteral("check%1").arg(i));
        m_checks.append(check);
        layout->addWidget(check);
    }
    m_recheck = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this),
                                tr("Check again"), this);
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_recheck->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recheck);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_recheck, &QPushButton::clicked, setup, &okta::OnboardingSetup::check);
    connect(setup->preflight(), &OnboardingPreflight::changed, this, &ReviewPage::updateChecks);
}

void ReviewPage::initializePage() {
    const ServiceAccountRequest &r = m_setup->request();
    const bool generated = r.password == ServiceAccountRequest::Password::Generated;
    QString html = QStringLiteral("<table>");
    html += row(tr("Org:"), m_setup->orgHost());
    html += row(tr("Login:"), r.login);
    html += row(tr("Email:"), r.email);
    html += row(tr("Name:"), r.firstName + QLatin1Char(' ') + r.lastName);
    html += row(tr("Password:"), generated ? tr("generated, shown once at the end")
                                           : tr("activation email to %1").arg(r.email));
    html += row(tr("Admin role:"), r.roleType);
    html += row(tr("App:"), r.appLabel);
    html +=
        row(tr("Also set:"), tr("profile attribute userType = \u201cservice\u201d (a descriptive marker)"));
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    m_setup->check();
    updateChecks();
}

void ReviewPage::updateChecks() {
    const OnboardingPreflight *preflight = m_setup->preflight();
    const QList<OnboardingPreflight::Check> checks = preflight->checks();
    const bool running = preflight->state() == OnboardingPreflight::State::Running;
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        if (i >= checks.size()) {
            m_checks[i]->clear();
            continue;
        }
        const OnboardingPreflight::Check &c = checks[i];
        StatusMessage::Kind kind = StatusMessage::Kind::Success;
        if (c.severity == OnboardingPreflight::Severity::Pending)
            kind = StatusMessage::Kind::Busy;
        else if (c.severity == OnboardingPreflight::Severity::Problem)
            kind = StatusMessage::Kind::Error;
        else if (c.severity == OnboardingPreflight::Severity::Warning)
            kind = StatusMessage::Kind::Warning;
        m_checks[i]->setMessage(kind, okta::escapeControls(c.text, okta::LineBreaks::KeepLineFeed));
    }
    m_recheck->setEnabled(!running);
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const {
    return m_setup->preflight()->state() == OnboardingPreflight::State::Passed;
}

bool ReviewPage::validatePage() {
    m_setup->start();
    return m_setup->job() != nullptr;
}

} // namespace oktadesk

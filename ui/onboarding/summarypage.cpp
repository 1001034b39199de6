#include "summarypage.h"

#include "core/onboarding/onboardingjob.h"
#include "core/onboarding/onboardingsetup.h"
#include "core/secrets/secretstore.h"
#include "core/values/textescape.h"
#include "ui/wizard/statusmessage.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace oktadesk {

using okta::OnboardingJob;

SummaryPage::SummaryPage(okta::OnboardingSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup) {
    setTitle(tr("Summary"));
    setFinalPage(true);

    m_outcome = new StatusMessage(this);
    m_outcome->setObjectName(QStringLiteral("summaryMessage"));
    m_outcome->setBoxed(true);

    m_passwordBox = new QWidget(this);
    auto *grid = new QGridLayout(m_passwordBox);
    grid->setContentsMargins(0, 0, 0, 0);
    m_password = new QLineEdit(m_passwordBox);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setReadOnly(true);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy = new QPushButton(tr("Copy"), m_passwordBox);
    m_copy->setObjectName(QStringLiteral("copyPasswordButton"));
    m_copy->setAutoDefault(false);
    auto *note =
        new QLabel(tr("Shown this once: OktaDesk keeps no copy and never writes it anywhere. Store it in "
                      "your password vault now; it is wiped from memory (and from the clipboard, if "
                      "it is still there) when this window closes."),
                   m_passwordBox);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(new QLabel(tr("Password:"), m_passwordBox), 0, 0);
    grid->addWidget(m_password, 0, 1);
    grid->addWidget(m_copy, 0, 2);
    grid->addWidget(note, 1, 1, 1, 2);

    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextStepLabel"));
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::PlainText);
    m_signIn = new QPushButton(tr("Sign in as this account…"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setAutoDefault(false);
    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signIn);
    signInRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);
    layout->addWidget(m_outcome);
    layout->addWidget(m_passwordBox);
    layout->addWidget(m_next);
    layout->addLayout(signInRow);
    layout->addStretch(1);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_password->text()); });
    connect(m_signIn, &QPushButton::clicked, this,
            [this] { Q_EMIT signInRequested(m_setup->request().login); });
}

SummaryPage::~SummaryPage() {
    forgetPassword();
}

void SummaryPage::forgetPassword() {
    const QString shown = m_password->text();
    if (!shown.isEmpty() && QGuiApplication::clipboard()->text() == shown)
        QGuiApplication::clipboard()->clear();
    m_password->clear();
}

void SummaryPage::initializePage() {
    const OnboardingJob *job = m_setup->job();
    if (!job)
        return;
    using State = OnboardingJob::State;
    const bool ready = job->state() == State::Succeeded;
    const bool undone = job->state() == State::Undone;
    setTitle(ready    ? tr("The service account is ready")
             : undone ? tr("Onboarding undone")
                      : tr("Onboarding incomplete"));
    setSubTitle(ready    ? tr("What was created, and what to do next.")
                : undone ? tr("Nothing this onboarding created is left in the org.")
                         : tr("Some of the account exists, as listed below."));
    const QString summary = job->summary();
    m_outcome->setMessage(ready    ? StatusMessage::Kind::Success
                          : undone ? StatusMessage::Kind::Info
                                   : StatusMessage::Kind::Warning,
                          okta::escapeControls(summary, okta::LineBreaks::KeepLineFeed));
    QByteArray password = job->password();
    m_password->setText(QString::fromLatin1(password));
    okta::wipeSecret(password);
    m_passwordBox->setVisible(!m_password->text().isEmpty());

    const QString login = okta::escapeControls(job->request().login);
    if (ready) {
        m_next->setText(
            tr("Next: sign in as %1 in the connection wizard, so the connection acts as the service "
               "account. It is assigned to \u201c%2\u201d and holds %3.")
                .arg(login, okta::escapeControls(job->request().appLabel), job->request().roleType));
    } else if (!job->footprint().isEmpty()) {
        m_next->setText(
            tr("What exists is listed above. Finish the account in the Admin Console, or onboard it "
               "again under another login."));
    } else {
        m_next->setText(tr("Nothing this onboarding created remains in the org."));
    }
    m_signIn->setVisible(ready);
}

} // namespace oktadesk

#include "accountpage.h"

#include "core/onboarding/onboardingsetup.h"
#include "ui/wizard/statusmessage.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace oktadesk {

using okta::ServiceAccountRequest;

AccountPage::AccountPage(okta::OnboardingSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup) {
    setTitle(tr("The account"));
    setSubTitle(tr("Who the service account is, following the naming convention; change what you need."));

    const auto edit = [this](const char *name, int maxLength) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(maxLength);
        connect(e, &QLineEdit::textEdited, this, &AccountPage::store);
        return e;
    };
    m_login = edit("loginEdit", 100);
    m_email = edit("emailEdit", 100);
    m_firstName = edit("firstNameEdit", 50);
    m_lastName = edit("lastNameEdit", 50);

    m_generated = new QRadioButton(tr("&Generate a strong password and show it once"), this);
    m_generated->setObjectName(QStringLiteral("generatedPasswordRadio"));
    m_activation = new QRadioButton(tr("Send an &activation email to the email address"), this);
    m_activation->setObjectName(QStringLiteral("activationEmailRadio"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_generated);
    group->addButton(m_activation);
    connect(group, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool on) {
        if (on)
            store();
    });
    auto *passwordHint =
        new QLabel(tr("A generated password meets Okta's default password policy (24 characters "
                      "of four kinds). OktaDesk shows it once at the end and keeps no copy: "
                      "have your vault ready. With an activation email the account stays "
                      "pending until someone opens the link."),
                   this);
    passwordHint->setWordWrap(true);
    passwordHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("La&st name:"), m_lastName);
    form->addRow(tr("Password:"), m_generated);
    form->addRow(QString(), m_activation);
    form->addRow(QString(), passwordHint);

    m_problems = new StatusMessage(this);
    m_problems->setObjectName(QStringLiteral("accountProblems"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
}

void AccountPage::initializePage() {
    const ServiceAccountRequest &r = m_setup->request();
    m_login->setText(r.login);
    m_email->setText(r.email);
    m_firstName->setText(r.firstName);
    m_lastName->setText(r.lastName);
    (r.password == ServiceAccountRequest::Password::Generated ? m_generated : m_activation)->setChecked(true);
    showProblems();
    m_login->setFocus();
}

void AccountPage::store() {
    ServiceAccountRequest r = m_setup->request();
    r.login = m_login->text();
    r.email = m_email->text();
    r.firstName = m_firstName->text();
    r.lastName = m_lastName->text();
    r.password = m_activation->isChecked() ? ServiceAccountRequest::Password::ActivationEmail
                                           : ServiceAccountRequest::Password::Generated;
    m_setup->setRequest(r);
    showProblems();
}

QStringList AccountPage::problems() const {
    QStringList out;
    for (const auto &p : m_setup->request().problems())
        if (p.field != ServiceAccountRequest::Field::Role && p.field != ServiceAccountRequest::Field::App)
            out << p.message;
    return out;
}

void AccountPage::showProblems() {
    const QStringList list = problems();
    m_problems->setMessage(StatusMessage::Kind::Warning, list.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool AccountPage::isComplete() const {
    return problems().isEmpty();
}

} // namespace oktadesk

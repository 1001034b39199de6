#include "savepage.h"

#include "core/connection/profilesave.h"
#include "statusmessage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace oktadesk {

using okta::ProfileSave;

SavePage::SavePage(ProfileSave *save, QWidget *parent)
    : QWizardPage(parent)
    , m_save(save) {
    setTitle(tr("Save"));
    setSubTitle(tr("Name the connection. Its secrets go to the system keychain, never to a file."));
    setButtonText(QWizard::FinishButton, tr("&Save"));
    setFinalPage(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_nameProblem = new StatusMessage(this);
    m_nameProblem->setObjectName(QStringLiteral("profileNameProblem"));

    auto *summaryBox = new QGroupBox(tr("Summary"), this);
    m_summary = new QLabel(summaryBox);
    m_summary->setObjectName(QStringLiteral("saveSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summary);

    m_keychainBox = new QWidget(this);
    m_keychainBox->setObjectName(QStringLiteral("keychainUnavailableBox"));
    m_keychainReason = new StatusMessage(m_keychainBox);
    m_keychainReason->setObjectName(QStringLiteral("keychainReason"));
    m_keychainReason->setBoxed(true);
    m_sessionOnly = new QCheckBox(tr("Connect for this run &only: keep the secrets in memory until OktaDesk "
                                     "quits. Nothing secret is written to disk; next time, reauthorize."),
                                  m_keychainBox);
    m_sessionOnly->setObjectName(QStringLiteral("sessionOnlyCheck"));
    // A long option must wrap, not stretch the wizard: QCheckBox cannot wrap, so the text
    // sits in a label next to an unlabelled box.
    auto *sessionLabel = new QLabel(m_sessionOnly->text(), m_keychainBox);
    sessionLabel->setWordWrap(true);
    sessionLabel->setBuddy(m_sessionOnly);
    m_sessionOnly->setText(QString());
    m_sessionOnly->setAccessibleName(sessionLabel->text());
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(m_sessionOnly, 0, Qt::AlignTop);
    sessionRow->addWidget(sessionLabel, 1);
    auto *keychainLayout = new QVBoxLayout(m_keychainBox);
    keychainLayout->setContentsMargins(0, 0, 0, 0);
    keychainLayout->addWidget(m_keychainReason);
    keychainLayout->addLayout(sessionRow);
    m_keychainBox->setVisible(false);

    m_status = new StatusMessage(this);
    m_status->setObjectName(QStringLiteral("saveStatus"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Profile &name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_nameProblem);
    layout->addWidget(summaryBox);
    layout->addWidget(m_keychainBox);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, save, &ProfileSave::setProfileName);
    connect(m_sessionOnly, &QCheckBox::toggled, this, &SavePage::completeChanged);
    connect(save, &ProfileSave::changed, this, &SavePage::updateState);
}

void SavePage::initializePage() {
    if (m_name->text().isEmpty()) {
        const QString name =
            m_save->profileName().isEmpty() ? m_save->defaultProfileName() : m_save->profileName();
        m_name->setText(name);
        m_save->setProfileName(name);
    }
    m_name->setReadOnly(m_save->isReauthorizing());
    updateState();
}

bool SavePage::isComplete() const {
    using State = ProfileSave::State;
    const State state = m_save->state();
    if (state == State::Saving)
        return false;
    if (state == State::KeychainUnavailable)
        return m_sessionOnly->isChecked();
    return m_save->profileNameProblem().isEmpty();
}

bool SavePage::validatePage() {
    using State = ProfileSave::State;
    switch (m_save->state()) {
    case State::Saved:
        return true;
    case State::Saving:
        return false;
    case State::KeychainUnavailable:
        if (m_sessionOnly->isChecked())
            m_save->connectForThisRunOnly();
        return false;
    case State::Idle:
    case State::Failed:
        m_save->setProfileName(m_name->text());
        m_save->save();
        return false;
    }
    return false;
}

void SavePage::updateState() {
    using State = ProfileSave::State;
    const State state = m_save->state();
    m_summary->setText(m_save->summary());
    const QString problem = state == State::Idle ? m_save->profileNameProblem() : QString();
    if (m_name->text().isEmpty() && state == State::Idle)
        m_nameProblem->clear(); // not yet shown: no need to shout
    else
        m_nameProblem->setMessage(StatusMessage::Kind::Error, problem);
    m_name->setEnabled(state != State::Saving && state != State::KeychainUnavailable &&
                       state != State::Saved);

    const bool unavailable = state == State::KeychainUnavailable;
    m_keychainBox->setVisible(unavailable);
    if (unavailable)
        m_keychainReason->setMessage(StatusMessage::Kind::Error, m_save->message());
    switch (state) {
    case State::Idle:
        m_status->clear();
        break;
    case State::Saving:
        m_status->setMessage(StatusMessage::Kind::Busy, m_save->message());
        break;
    case State::Saved:
        m_status->setMessage(StatusMessage::Kind::Success, m_save->message());
        break;
    case State::KeychainUnavailable:
        m_status->clear();
        break;
    case State::Failed:
        m_status->setMessage(StatusMessage::Kind::Error, m_save->message());
        break;
    }
    Q_EMIT completeChanged();
    if (state == State::Saved && wizard() && wizard()->currentPage() == this)
        wizard()->accept();
}

} // namespace oktadesk

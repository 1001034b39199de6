#include "progresspage.h"

#include "core/onboarding/onboardingjob.h"
#include "core/onboarding/onboardingsetup.h"
#include "core/values/textescape.h"
#include "ui/wizard/statusmessage.h"

#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace oktadesk {

using okta::OnboardingJob;

namespace {
QString shown(const QString &text) {
    return okta::escapeControls(text, okta::LineBreaks::KeepLineFeed);
}
} // namespace

ProgressPage::ProgressPage(okta::OnboardingSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup) {
    setTitle(tr("Creating the service account"));
    setSubTitle(tr("Each step is checked by reading it back from Okta."));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    for (int i = 0; i < OnboardingJob::StepCount; ++i) {
        auto *step = new StatusMessage(this);
        step->setObjectName(QStringLiteral("step%1").arg(i));
        m_steps.append(step);
        layout->addWidget(step);
    }
    m_stop = new QPushButton(tr("Stop after this step"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setAutoDefault(false);

    m_outcome = new StatusMessage(this);
    m_outcome->setObjectName(QStringLiteral("outcomeMessage"));
    m_outcome->setBoxed(true);

    m_choices = new QWidget(this);
    auto *choices = new QHBoxLayout(m_choices);
    choices->setContentsMargins(0, 0, 0, 0);
    m_retry = new QPushButton(tr("Try the step again"), m_choices);
    m_retry->setObjectName(QStringLiteral("retryStepButton"));
    m_undo = new QPushButton(tr("Undo the changes…"), m_choices);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_keep = new QPushButton(tr("Keep them and finish"), m_choices);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    for (QPushButton *b : {m_retry, m_undo, m_keep}) {
        b->setAutoDefault(false);
        choices->addWidget(b);
    }
    choices->addStretch(1);

    m_notice = new StatusMessage(this);
    m_notice->setObjectName(QStringLiteral("closeNotice"));

    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(m_stop);
    stopRow->addStretch(1);
    layout->addLayout(stopRow);
    layout->addWidget(m_outcome);
    layout->addWidget(m_choices);
    layout->addWidget(m_notice);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (OnboardingJob *job = m_setup->job())
            job->retry();
    });
    connect(m_undo, &QPushButton::clicked, this, &ProgressPage::confirmUndo);
    connect(m_keep, &QPushButton::clicked, this, &ProgressPage::keep);
    connect(setup, &okta::OnboardingSetup::jobStarted, this, &ProgressPage::bind);
    if (setup->job())
        bind(setup->job());
}

void ProgressPage::bind(OnboardingJob *job) {
    connect(job, &OnboardingJob::stepChanged, this,
            [this](OnboardingJob::Step step) { updateStep(int(step)); });
    connect(job, &OnboardingJob::stateChanged, this, &ProgressPage::updateState);
    connect(m_stop, &QPushButton::clicked, job, &OnboardingJob::stop);
    for (int i = 0; i < OnboardingJob::StepCount; ++i)
        updateStep(i);
    updateState();
}

void ProgressPage::initializePage() {
    for (int i = 0; i < OnboardingJob::StepCount; ++i)
        updateStep(i);
    updateState();
}

void ProgressPage::updateStep(int index) {
    const OnboardingJob *job = m_setup->job();
    const auto step = OnboardingJob::Step(index);
    const QString title =
        QStringLiteral("%1. %2").arg(index + 1).arg(OnboardingJob::stepTitle(step, m_setup->request()));
    if (!job) {
        m_steps[index]->setMessage(StatusMessage::Kind::Info, title);
        return;
    }
    using S = OnboardingJob::StepState;
    const OnboardingJob::StepStatus status = job->step(step);
    StatusMessage::Kind kind = StatusMessage::Kind::Info;
    QString state;
    switch (status.state) {
    case S::Pending:
        state = tr("Waiting.");
        break;
    case S::Running:
    case S::Verifying:
    case S::Undoing:
        kind = StatusMessage::Kind::Busy;
        break;
    case S::Done:
        kind = StatusMessage::Kind::Success;
        break;
    case S::Failed:
    case S::UndoFailed:
        kind = StatusMessage::Kind::Error;
        break;
    case S::Undone:
        state = tr("Undone.");
        break;
    }
    const QString detail =
        status.message.isEmpty()
            ? state
            : (state.isEmpty() ? status.message : state + QLatin1Char(' ') + status.message);
    m_steps[index]->setMessage(kind, shown(title + QStringLiteral(" — ") + detail));
}

void ProgressPage::updateState() {
    const OnboardingJob *job = m_setup->job();
    using State = OnboardingJob::State;
    const State state = job ? job->state() : State::Idle;
    const bool undecided = (state == State::Failed || state == State::UndoFailed) && !m_kept;
    m_stop->setVisible(state == State::Running);
    m_choices->setVisible(undecided);
    m_retry->setVisible(state == State::Failed);
    m_undo->setText(state == State::UndoFailed ? tr("Try the undo again…") : tr("Undo the changes…"));
    m_undo->setVisible(job && !job->footprint().isEmpty());
    if (!undecided)
        m_notice->clear();
    switch (state) {
    case State::Idle:
    case State::Running:
        m_outcome->clear();
        break;
    case State::Undoing:
        m_outcome->setMessage(StatusMessage::Kind::Busy, tr("Undoing, newest change first…"));
        break;
    case State::Failed:
    case State::UndoFailed:
        // The failed step's own row says why; this box says what exists and what next.
        m_outcome->setMessage(
            StatusMessage::Kind::Warning,
            shown(tr("In the org now:") + QLatin1Char('\n') + job->footprint().describe(job->request()) +
                  QStringLiteral("\n\n") +
                  (job->footprint().isEmpty()
                       ? tr("Try the step again, or finish.")
                       : tr("Try the step again, undo what exists, or keep it as it is."))));
        break;
    case State::Succeeded:
    case State::Undone:
        m_outcome->setMessage(state == State::Succeeded ? StatusMessage::Kind::Success
                                                        : StatusMessage::Kind::Info,
                              shown(job->summary()));
        advance();
        break;
    }
    m_keep->setText(job && job->footprint().isEmpty() ? tr("Finish") : tr("Keep them and finish"));
    Q_EMIT completeChanged();
}

void ProgressPage::confirmUndo() {
    const OnboardingJob *job = m_setup->job();
    if (!job)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Undo the changes"),
                                tr("Undo what this onboarding created in %1?").arg(m_setup->orgHost()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmUndoDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        shown(job->footprint().describe(job->request())) + QStringLiteral("\n\n") +
        tr("OktaDesk removes the app assignment and the admin role, then deactivates and "
           "deletes the user, and reads each removal back. A deleted user cannot be restored."));
    QPushButton *confirm = box->addButton(tr("Undo"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmUndoButton"));
    connect(confirm, &QPushButton::clicked, this, [this] {
        if (OnboardingJob *j = m_setup->job())
            j->undo();
    });
    box->open();
}

void ProgressPage::keep() {
    m_kept = true;
    updateState();
    advance();
}

void ProgressPage::advance() {
    // After the event that settled it, so the wizard sees the page complete.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this && isComplete())
            wizard()->next();
    });
}

bool ProgressPage::isComplete() const {
    const OnboardingJob *job = m_setup->job();
    if (!job)
        return false;
    using State = OnboardingJob::State;
    return job->state() == State::Succeeded || job->state() == State::Undone ||
           (m_kept && (job->state() == State::Failed || job->state() == State::UndoFailed));
}

void ProgressPage::explainWhyNotClosing() {
    const OnboardingJob *job = m_setup->job();
    const bool writing = job && (job->state() == OnboardingJob::State::Running ||
                                 job->state() == OnboardingJob::State::Undoing);
    m_notice->setMessage(
        StatusMessage::Kind::Warning,
        writing ? tr("OktaDesk is writing to the org; the window closes once the step in flight is "
                     "done. Use \u201cStop after this step\u201d to end early.")
                : tr("Choose first: try the step again, undo the changes, or keep them. Closing now "
                     "would leave the org as described above without a decision."));
}

} // namespace oktadesk

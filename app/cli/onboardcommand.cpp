// `oktadesk-cli onboard service-account`: the same checks and job as the GUI's wizard.
#include "onboardcommand.h"
#include "interrupts.h"
#include "onboardoptions.h"

#include "core/okta/oktaclient.h"
#include "core/onboarding/onboardingjob.h"
#include "core/onboarding/onboardingpreflight.h"
#include "core/secrets/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <unistd.h>

namespace oktadesk::cli {

using okta::OnboardingJob;
using okta::OnboardingPreflight;

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("oktadesk::cli", text);
}

} // namespace

void OnboardOptions::read(const QCommandLineParser &p) {
    login = p.value(QStringLiteral("login")).trimmed();
    email = p.value(QStringLiteral("email")).trimmed();
    firstName = p.value(QStringLiteral("first-name")).trimmed();
    lastName = p.value(QStringLiteral("last-name")).trimmed();
    app = p.value(QStringLiteral("app")).trimmed();
    if (p.isSet(QStringLiteral("role")))
        role = p.value(QStringLiteral("role")).trimmed().toUpper();
    activationEmail = p.isSet(QStringLiteral("activation-email"));
    undoOnFailure = p.isSet(QStringLiteral("undo-on-failure"));
}

Command *createOnboardCommand(const QStringList &words, const Options &options, QString *error) {
    if (words == QStringList{QStringLiteral("service-account")})
        return new OnboardCommand(options);
    *error =
        tr("usage: oktadesk-cli onboard service-account --login L --email E --first-name F --last-name L "
           "--app APP [--role SUPER_ADMIN] [--activation-email] [--undo-on-failure] [--dry-run]");
    return nullptr;
}

OnboardCommand::~OnboardCommand() {
    delete m_preflight;
    delete m_job;
}

void OnboardCommand::start() {
    const OnboardOptions &o = m_options.onboard;
    m_request.login = o.login;
    m_request.email = o.email;
    m_request.firstName = o.firstName;
    m_request.lastName = o.lastName;
    m_request.roleType = o.role;
    m_request.password = o.activationEmail ? okta::ServiceAccountRequest::Password::ActivationEmail
                                           : okta::ServiceAccountRequest::Password::Generated;
    QStringList problems;
    for (const auto &problem : m_request.problems())
        if (problem.field != okta::ServiceAccountRequest::Field::App)
            problems << problem.message;
    if (o.app.isEmpty())
        problems << tr("--app names the app to assign the account to (its label or id).");
    if (!problems.isEmpty()) {
        failUsage(problems.join(QLatin1Char(' ')));
        return;
    }
    printLine(stdout, tr("Note: %1").arg(m_request.roleWarning()));
    connectToOrg([this] {
        // A dry run only reads.
        if (!m_options.dryRun && !requireFeature(okta::WriteFeature::Onboarding))
            return;
        m_preflight = new OnboardingPreflight(m_client);
        connect(m_preflight, &OnboardingPreflight::finished, this, &OnboardCommand::checked);
        m_preflight->start(m_request, m_options.onboard.app);
    });
    auto *interrupts = new InterruptWatcher(this);
    connect(interrupts, &InterruptWatcher::interrupted, this, [this] {
        if (m_job && m_job->state() == OnboardingJob::State::Running) {
            if (!m_interrupted)
                printLine(stderr, tr("oktadesk-cli: stopping after the request in flight…"));
            m_interrupted = true;
            m_job->stop();
        } else if (m_stdin) {
            m_answer.clear();
            m_stdin->setEnabled(false);
            failWith(Failure, tr("interrupted; nothing was undone. %1").arg(m_job->summary()));
        } else if (!m_job) {
            failWith(Failure, tr("interrupted; nothing was changed in the org."));
        }
    });
}

void OnboardCommand::checked(bool passed) {
    printLine(stdout, tr("Checks:"));
    for (const OnboardingPreflight::Check &check : m_preflight->checks()) {
        const QString mark = check.severity == OnboardingPreflight::Severity::Ok        ? tr("ok")
                             : check.severity == OnboardingPreflight::Severity::Warning ? tr("warning")
                                                                                        : tr("problem");
        printLine(stdout, QStringLiteral("  %1  %2").arg(mark, -8).arg(check.text));
    }
    if (!passed) {
        failWith(Failure, tr("the checks failed; nothing was changed in the org."));
        return;
    }
    m_request = m_preflight->request();
    if (m_options.dryRun) {
        printPlan();
        finish(Ok);
        return;
    }
    m_job = new OnboardingJob(m_client, m_request);
    connect(m_job, &OnboardingJob::stepChanged, this,
            [this](OnboardingJob::Step step) { onStep(int(step)); });
    connect(m_job, &OnboardingJob::stateChanged, this, &OnboardCommand::onState);
    m_job->start();
}

void OnboardCommand::printPlan() {
    const bool generated = m_request.password == okta::ServiceAccountRequest::Password::Generated;
    printLine(stdout,
              tr("Dry run: nothing was changed. Onboarding would send, and check each by reading it back "
                 "by id:"));
    printLine(stdout, tr("  POST /api/v1/users?activate=true          create %1 (%2)")
                          .arg(m_request.login,
                               generated ? tr("a generated password, printed once")
                                         : tr("Okta emails an activation link to %1").arg(m_request.email)));
    printLine(stdout, tr("  POST /api/v1/users/{new id}/roles         assign %1").arg(m_request.roleType));
    printLine(stdout, tr("  POST /api/v1/apps/%1/users  assign it to \u201c%2\u201d")
                          .arg(m_request.appId, m_request.appLabel));
}

void OnboardCommand::onStep(int index) {
    const auto step = OnboardingJob::Step(index);
    const OnboardingJob::StepStatus status = m_job->step(step);
    using S = OnboardingJob::StepState;
    if (status.state != S::Done && status.state != S::Failed && status.state != S::Undone &&
        status.state != S::UndoFailed)
        return;
    const bool undo = status.state == S::Undone || status.state == S::UndoFailed;
    const bool ok = status.state == S::Done || status.state == S::Undone;
    const QString title = OnboardingJob::stepTitle(step, m_request);
    printLine(stdout, (undo ? tr("undo %1/%2 %3: %4 %5") : tr("%1/%2 %3: %4 %5"))
                          .arg(index + 1)
                          .arg(OnboardingJob::StepCount)
                          .arg(title, ok ? tr("ok.") : tr("FAILED."), status.message));
}

void OnboardCommand::onState() {
    switch (m_job->state()) {
    case OnboardingJob::State::Idle:
    case OnboardingJob::State::Running:
    case OnboardingJob::State::Undoing:
        return;
    case OnboardingJob::State::Succeeded: {
        printLine(stdout, m_job->summary());
        QByteArray password = m_job->password();
        if (!password.isEmpty())
            printLine(
                stdout,
                tr("Password (shown once; OktaDesk keeps no copy): %1").arg(QString::fromLatin1(password)));
        okta::wipeSecret(password);
        printLine(stdout,
                  tr("Next: sign in as %1 to authorize the connection: in OktaDesk, Add profile… (the "
                     "connection wizard), or `oktadesk-cli profiles add NAME --org %2 --client-id ID` and "
                     "then `oktadesk-cli profiles login NAME`.")
                      .arg(m_request.login, m_client->baseUrl().authority()));
        finish(Ok);
        return;
    }
    case OnboardingJob::State::Failed:
        printLine(stdout, tr("In the org now:"));
        printLine(stdout, m_job->footprint().describe(m_request));
        offerUndo();
        return;
    case OnboardingJob::State::Undone:
        printLine(stdout, m_job->summary());
        failWith(Failure, tr("onboarding failed at step %1; everything it created was removed.")
                              .arg(int(m_job->failedStep()) + 1));
        return;
    case OnboardingJob::State::UndoFailed:
        printLine(stdout, m_job->summary());
        failWith(Failure, tr("the undo stopped before it was complete; what exists is listed above."));
        return;
    }
}

void OnboardCommand::offerUndo() {
    const QString failed = tr("step %1 failed: %2")
                               .arg(int(m_job->failedStep()) + 1)
                               .arg(m_job->step(m_job->failedStep()).message);
    if (m_job->footprint().isEmpty()) {
        failWith(Failure, failed + QLatin1Char(' ') + tr("Nothing was created in the org."));
        return;
    }
    if (m_options.onboard.undoOnFailure) {
        printLine(stdout, tr("Undoing, as --undo-on-failure asks…"));
        m_job->undo();
        return;
    }
    if (!::isatty(STDIN_FILENO)) {
        failWith(Failure, failed + QLatin1Char(' ') +
                              tr("Nothing was undone (no terminal to ask; --undo-on-failure undoes without "
                                 "asking). What exists is listed above."));
        return;
    }
    printLine(stdout,
              tr("Undo these changes (remove the role, deactivate and delete the user)? Type yes to undo, "
                 "anything else to keep them:"));
    m_stdin = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_stdin, &QSocketNotifier::activated, this, &OnboardCommand::readAnswer);
}

void OnboardCommand::readAnswer() {
    char buffer[256];
    const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (got > 0)
        m_answer.append(buffer, qsizetype(got));
    if (got > 0 && !m_answer.contains('\n'))
        return;
    m_stdin->setEnabled(false);
    const QByteArray answer = m_answer.trimmed().toLower();
    if (answer == "yes" || answer == "y") {
        m_job->undo();
        return;
    }
    failWith(Failure,
             tr("step %1 failed; the changes were kept as listed above.").arg(int(m_job->failedStep()) + 1));
}

} // namespace oktadesk::cli

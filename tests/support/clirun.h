#pragma once

// Test helper: runs the real oktadesk-cli binary (OKTADESK_CLI_PATH) with QProcess, waiting
// from the test's event loop (never waitForFinished), and keeps what it printed.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

namespace okta::test {

struct CliRun {
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList outLines() const { return outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QStringList errLines() const { return errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    // For QVERIFY2 messages.
    QByteArray describe() const {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (timed out)") + "; stderr: " + err;
    }
};

// A started CLI process whose output is collected as it arrives.
class CliProcess {
public:
    CliProcess(const QStringList &arguments, const QProcessEnvironment &env)
        : m_process(std::make_unique<QProcess>()) {
        m_process->setProgram(QStringLiteral(OKTADESK_CLI_PATH));
        m_process->setArguments(arguments);
        m_process->setProcessEnvironment(env);
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                         [this] { m_run.out += m_process->readAllStandardOutput(); });
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                         [this] { m_run.err += m_process->readAllStandardError(); });
        QObject::connect(m_process.get(), &QProcess::finished, m_process.get(),
                         [this](int code, QProcess::ExitStatus status) {
                             m_run.out += m_process->readAllStandardOutput();
                             m_run.err += m_process->readAllStandardError();
                             m_run.exitCode = code;
                             m_run.exitStatus = status;
                             m_run.finished = true;
                         });
        m_process->start();
    }

    ~CliProcess() {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            (void)QTest::qWaitFor([this] { return m_run.finished; }, 5000);
        }
    }

    QProcess *process() const { return m_process.get(); }
    const CliRun &run() const { return m_run; }

    // Waits for the end; kills the process after `timeoutMs`.
    const CliRun &wait(int timeoutMs = 30000) {
        if (!QTest::qWaitFor([this] { return m_run.finished; }, timeoutMs)) {
            m_process->kill();
            (void)QTest::qWaitFor([this] { return m_run.finished; }, 5000);
            m_run.finished = false;
        }
        return m_run;
    }

private:
    std::unique_ptr<QProcess> m_process;
    CliRun m_run;
};

inline CliRun runCli(const QStringList &arguments,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 30000) {
    CliProcess process(arguments, env);
    return process.wait(timeoutMs);
}

} // namespace okta::test

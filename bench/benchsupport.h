#pragma once

// What the benchmarks share: a demo org that measures the client (no simulated quota, no
// faults) and the process's peak memory.

#include "demo/demoorg.h"

#include <QProcess>
#include <QStringList>

#include <cstdio>
#include <sys/resource.h>

namespace bench {

// Starts `org` without rate limits or faults; false (with the reason on stderr) if it
// could not listen.
inline bool startUnthrottled(demo::DemoOrg &org) {
    QString error;
    if (!org.start(&error)) {
        std::fprintf(stderr, "demo org failed to start: %s\n", qPrintable(error));
        return false;
    }
    org.setRateLimitBuckets({});
    org.setFaults({});
    return true;
}

// `oktadesk-cli demo-server` in its own process, without simulated rate limits: the org
// stands where Okta would, so its CPU and memory are not the measured process's.
class DemoServerProcess {
public:
    ~DemoServerProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // False, with the reason on stderr, if it did not come up within a minute.
    bool start(const QString &cli, qint64 events) {
        m_process.setProgram(cli);
        m_process.setArguments({QStringLiteral("demo-server"), QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--events"), QString::number(events),
                                QStringLiteral("--no-rate-limits")});
        m_process.start();
        while (m_token.isEmpty() && m_process.waitForReadyRead(60000)) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(QLatin1String("Demo org listening on ")))
                    m_baseUrl = line.mid(22);
                else if (line.startsWith(QLatin1String("API token: ")))
                    m_token = line.mid(11).toUtf8();
            }
        }
        if (m_baseUrl.isEmpty() || m_token.isEmpty()) {
            std::fprintf(stderr, "the demo server did not start: %s\n",
                         m_process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    QString baseUrl() const { return m_baseUrl; }
    QByteArray token() const { return m_token; }

private:
    QProcess m_process;
    QString m_baseUrl;
    QByteArray m_token;
};

inline double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace bench

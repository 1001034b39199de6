#pragma once

// Test helpers: run an OktaJob or a Pager to its end from the test's event loop (with a
// timeout) and keep what it reported, since jobs delete themselves afterwards.

#include "core/okta/oktajob.h"
#include "core/okta/pager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

namespace okta::test {

inline OktaResult run(OktaJob *job, int timeoutMs = 20000) {
    // Shared with the handler: a job that ends after the timeout writes into it, not into
    // this function's finished stack frame.
    struct Outcome {
        OktaResult result;
        bool done = false;
    };
    const auto out = std::make_shared<Outcome>();
    QObject::connect(job, &OktaJob::finished, job, [out](const OktaResult &r) {
        out->result = r;
        out->done = true;
    });
    if (!QTest::qWaitFor([&out] { return out->done; }, timeoutMs))
        out->result.networkErrorString = QStringLiteral("test timeout");
    return out->result;
}

struct PagerRun {
    bool finished = false;
    Pager::Outcome outcome = Pager::Outcome::Failed;
    OktaResult last;
    QList<QJsonObject> rows;
    int batches = 0;
    int waits = 0;

    QSet<QString> keys(const QString &key) const {
        QSet<QString> set;
        for (const QJsonObject &o : rows)
            set.insert(o.value(key).toString());
        return set;
    }
};

// Starts (or resumes) the pager and collects rows into `run` until it finishes.
inline void collect(Pager *pager, PagerRun &run, int timeoutMs = 60000) {
    run.finished = false;
    const auto c1 = QObject::connect(pager, &Pager::pageReady, pager, [&run](const Page &page) {
        ++run.batches;
        // What the rows hold of Okta's bytes, read back independently of the parser.
        for (qsizetype i = 0; i < page.size(); ++i)
            run.rows.append(QJsonDocument::fromJson(page.raw(i).toByteArray()).object());
    });
    const auto c2 = QObject::connect(pager, &Pager::rateLimitWait, pager, [&run](int) { ++run.waits; });
    const auto c3 =
        QObject::connect(pager, &Pager::finished, pager, [&run](Pager::Outcome o, const OktaResult &r) {
            run.outcome = o;
            run.last = r;
            run.finished = true;
        });
    pager->start();
    (void)QTest::qWaitFor([&run] { return run.finished; }, timeoutMs);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    QObject::disconnect(c3);
}

} // namespace okta::test

#pragma once

// Test helpers: wait (with a timeout, from the test's event loop) for a secret or profile
// secrets job and copy out what it reported, since the jobs delete themselves afterwards.

#include "core/profiles/profilesecrets.h"
#include "core/secrets/secretstore.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

namespace okta::test {

struct SecretOutcome {
    bool finished = false;
    SecretStore::Status status = SecretStore::Status::Error;
    QByteArray secret; // a copy, for comparing
    QString errorString;
    qint64 elapsedMs = 0;
};

// The outcome lives as long as the handler: a job that ends after the timeout writes into it,
// not into the waiting function's finished stack frame.
inline SecretOutcome waitFor(SecretJob *job, int timeoutMs = 15000) {
    const auto out = std::make_shared<SecretOutcome>();
    QElapsedTimer timer;
    timer.start();
    QObject::connect(job, &SecretJob::finished, job,
                     [out](SecretStore::Status status, const Secret &secret, const QString &error) {
                         out->finished = true;
                         out->status = status;
                         out->secret = secret.copyOut();
                         out->errorString = error;
                     });
    (void)QTest::qWaitFor([&out] { return out->finished; }, timeoutMs);
    out->elapsedMs = timer.elapsed();
    return *out;
}

struct ProfileSecretsOutcome {
    bool finished = false;
    bool succeeded = false;
    bool storeUnavailable = false;
    QString errorString;
    ProfileSecretMap secrets;
    QList<SecretKind> missing;
    QList<SecretFailure> failures;
};

inline ProfileSecretsOutcome waitFor(ProfileSecretsJob *job, int timeoutMs = 15000) {
    const auto out = std::make_shared<ProfileSecretsOutcome>();
    QObject::connect(job, &ProfileSecretsJob::finished, job, [out](ProfileSecretsJob *done) {
        out->finished = true;
        out->succeeded = done->succeeded();
        out->storeUnavailable = done->storeUnavailable();
        out->errorString = done->errorString();
        out->secrets = done->secrets();
        out->missing = done->missing();
        out->failures = done->failures();
    });
    (void)QTest::qWaitFor([&out] { return out->finished; }, timeoutMs);
    return *out;
}

} // namespace okta::test

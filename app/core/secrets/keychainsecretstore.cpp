#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace okta {

namespace {

SecretStore::Status statusFor(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    default:
        // CouldNotDeleteEntry, AccessDeniedByUser, AccessDenied, NoBackendAvailable,
        // NotImplemented, OtherError: in every case the keychain cannot be used right now.
        return SecretStore::Status::Unavailable;
    }
}

QString reasonFor(QKeychain::Job *qjob) {
    QString reason = qjob->errorString();
    if (reason.isEmpty())
        reason = KeychainSecretStore::tr("The system keychain reported error %1.").arg(int(qjob->error()));
    return reason;
}

// The SecretJob completes from the event loop even when QtKeychain reports an immediate
// failure from inside start(), so callers can always connect after read()/write()/remove().
void prepare(QKeychain::Job *qjob, const QString &key) {
    qjob->setAutoDelete(true);
    // Explicit, although it is the default: the fallback writes plain text to QSettings.
    qjob->setInsecureFallback(false);
    qjob->setKey(key);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(DefaultService), parent) {}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service) {}

KeychainSecretStore::~KeychainSecretStore() = default;

SecretJob *KeychainSecretStore::rejectEmptyKey(SecretJob *job) {
    job->completeLater(Status::Error, {}, tr("A keychain entry needs a name."));
    return job;
}

SecretJob *KeychainSecretStore::read(const QString &key) {
    auto *job = new SecretJob(SecretJob::Operation::Read, key, this);
    if (key.isEmpty())
        return rejectEmptyKey(job);
    auto *qjob = new QKeychain::ReadPasswordJob(m_service);
    prepare(qjob, key);
    connect(qjob, &QKeychain::Job::finished, job, [job](QKeychain::Job *done) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
        const Status status = statusFor(done->error());
        if (status == Status::Ok) {
            QByteArray bytes = readJob->binaryData();
            job->completeLater(status, Secret(bytes));
            wipeSecret(bytes);
        } else {
            job->completeLater(status, {}, status == Status::NotFound ? QString() : reasonFor(done));
        }
    });
    qjob->start();
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &key, const Secret &secret) {
    auto *job = new SecretJob(SecretJob::Operation::Write, key, this);
    if (key.isEmpty())
        return rejectEmptyKey(job);
    auto *qjob = new QKeychain::WritePasswordJob(m_service);
    prepare(qjob, key);
    // Binary, not text: the bytes come back exactly as given, whatever they are.
    QByteArray bytes = secret.copyOut();
    qjob->setBinaryData(bytes);
    wipeSecret(bytes);
    connect(qjob, &QKeychain::Job::finished, job, [job](QKeychain::Job *done) {
        const Status status = statusFor(done->error());
        // A write never "does not find" its entry; treat it like any other failure.
        const Status reported = status == Status::NotFound ? Status::Unavailable : status;
        job->completeLater(reported, {}, reported == Status::Ok ? QString() : reasonFor(done));
    });
    qjob->start();
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &key) {
    auto *job = new SecretJob(SecretJob::Operation::Remove, key, this);
    if (key.isEmpty())
        return rejectEmptyKey(job);
    auto *qjob = new QKeychain::DeletePasswordJob(m_service);
    prepare(qjob, key);
    connect(qjob, &QKeychain::Job::finished, job, [job](QKeychain::Job *done) {
        const Status status = statusFor(done->error());
        job->completeLater(status, {}, status == Status::Unavailable ? reasonFor(done) : QString());
    });
    qjob->start();
    return job;
}

QString KeychainSecretStore::backendName() const {
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("System keychain (Secret Service)");
#endif
}

} // namespace okta

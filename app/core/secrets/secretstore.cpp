#include "secretstore.h"

#include <QTimer>

namespace okta {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent) {}

SecretStore::~SecretStore() = default;

SecretJob::SecretJob(Operation operation, const QString &key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key) {}

SecretJob::~SecretJob() = default;

void SecretJob::complete(SecretStore::Status status, const Secret &secret, const QString &errorString) {
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_errorString = errorString;
    const bool delivers = status == SecretStore::Status::Ok && m_operation == Operation::Read;
    Q_EMIT finished(status, delivers ? secret : Secret(), errorString);
    deleteLater();
}

void SecretJob::completeLater(SecretStore::Status status, const Secret &secret, const QString &errorString) {
    if (m_finished || m_scheduled)
        return;
    m_scheduled = true;
    // The lambda's copy is the job's own, wiped when the lambda goes.
    QTimer::singleShot(0, this,
                       [this, status, secret, errorString] { complete(status, secret, errorString); });
}

} // namespace okta

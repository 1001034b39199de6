#include "secretstore.h"

#include <QTimer>

#include <cstring>

namespace okta {

void wipeSecret(QByteArray &bytes) {
    if (!bytes.isEmpty()) {
        // data() detaches a shared buffer, so only our own copy is overwritten.
        char *data = bytes.data();
        // explicit_bzero cannot be optimised away, unlike a plain memset before free.
        explicit_bzero(data, static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

SecretStore::SecretStore(QObject *parent)
    : QObject(parent) {}

SecretStore::~SecretStore() = default;

SecretJob::SecretJob(Operation operation, const QString &key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(key) {}

SecretJob::~SecretJob() = default;

void SecretJob::complete(SecretStore::Status status, const QByteArray &secret, const QString &errorString) {
    if (m_finished)
        return;
    m_finished = true;
    m_status = status;
    m_errorString = errorString;
    QByteArray copy =
        (status == SecretStore::Status::Ok && m_operation == Operation::Read) ? secret : QByteArray();
    Q_EMIT finished(status, copy, errorString);
    wipeSecret(copy);
    deleteLater();
}

void SecretJob::completeLater(SecretStore::Status status, const QByteArray &secret,
                              const QString &errorString) {
    if (m_finished || m_scheduled)
        return;
    m_scheduled = true;
    // A private deep copy, wiped once delivered; the caller may wipe its own at once.
    QByteArray owned(secret.constData(), secret.size());
    QTimer::singleShot(0, this, [this, status, owned, errorString]() mutable {
        complete(status, owned, errorString);
        wipeSecret(owned);
    });
}

} // namespace okta

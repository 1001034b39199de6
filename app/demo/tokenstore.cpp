#include "demoshared.h"

namespace demo {

void TokenStore::addAccess(const QByteArray &token, const IssuedToken &info) {
    QMutexLocker lock(&m_mutex);
    m_access.insert(token, info);
}

std::optional<IssuedToken> TokenStore::access(const QByteArray &token, qint64 nowMs) const {
    QMutexLocker lock(&m_mutex);
    const auto it = m_access.constFind(token);
    if (it == m_access.constEnd() || it->expiresAt <= nowMs)
        return std::nullopt;
    return *it;
}

void TokenStore::addRefresh(const QByteArray &token, const IssuedToken &info) {
    QMutexLocker lock(&m_mutex);
    m_refresh.insert(token, info);
}

std::optional<IssuedToken> TokenStore::refresh(const QByteArray &token, qint64 nowMs) const {
    QMutexLocker lock(&m_mutex);
    const auto it = m_refresh.constFind(token);
    if (it == m_refresh.constEnd() || it->expiresAt <= nowMs)
        return std::nullopt;
    return *it;
}

void TokenStore::addCode(const QByteArray &code, const AuthCode &info) {
    QMutexLocker lock(&m_mutex);
    m_codes.insert(code, info);
}

std::optional<AuthCode> TokenStore::takeCode(const QByteArray &code) {
    QMutexLocker lock(&m_mutex);
    if (!m_codes.contains(code))
        return std::nullopt;
    return m_codes.take(code);
}

void TokenStore::revoke(const QByteArray &token) {
    QMutexLocker lock(&m_mutex);
    m_access.remove(token);
    m_refresh.remove(token);
}

void TokenStore::expireAllAccess() {
    QMutexLocker lock(&m_mutex);
    // Keep the entries so the tokens are recognised but rejected as expired.
    for (auto it = m_access.begin(); it != m_access.end(); ++it)
        it->expiresAt = 0;
}

} // namespace demo

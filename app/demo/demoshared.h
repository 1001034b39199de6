#pragma once

#include "demoorg.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QStringList>

#include <atomic>
#include <optional>

namespace demo {

struct IssuedToken {
    QStringList scopes;
    QByteArray userId;
    QByteArray clientId;
    qint64 expiresAt = 0; // ms since epoch (wall clock)
};

struct AuthCode {
    QByteArray clientId;
    QString redirectUri;
    QByteArray challenge;
    QStringList scopes;
    QString nonce;
    QByteArray userId;
    qint64 expiresAt = 0;
};

// Tokens are shared with the caller's thread (issueAccessToken(), expireAccessTokens()),
// so they sit behind a mutex rather than in the server thread's state.
class TokenStore {
public:
    void addAccess(const QByteArray &token, const IssuedToken &info);
    std::optional<IssuedToken> access(const QByteArray &token, qint64 nowMs) const;
    void addRefresh(const QByteArray &token, const IssuedToken &info);
    std::optional<IssuedToken> refresh(const QByteArray &token, qint64 nowMs) const;
    void addCode(const QByteArray &code, const AuthCode &info);
    std::optional<AuthCode> takeCode(const QByteArray &code); // single use
    void revoke(const QByteArray &token);
    void expireAllAccess();

private:
    mutable QMutex m_mutex;
    QHash<QByteArray, IssuedToken> m_access;
    QHash<QByteArray, IssuedToken> m_refresh;
    QHash<QByteArray, AuthCode> m_codes;
};

struct DemoShared {
    mutable QMutex mutex; // guards faults, buckets, redirect URIs and the request log
    FaultOptions faults;
    QList<RateLimitBucket> buckets;
    QStringList redirectUris;
    std::atomic<quint64> requests{0};
    std::atomic<quint64> connections{0};
    std::atomic<quint64> peakBuffered{0};
    // Bumped by every setFaults(): "every Nth request" counts from the change, so a test's
    // faults do not depend on how many requests earlier tests made.
    std::atomic<quint64> faultsGeneration{0};
    std::atomic<quint64> faultsInjected{0};
    TokenStore tokens;
    QList<RequestRecord> requestLog; // guarded by `mutex`; the latest MaxLoggedRequests

    static constexpr qsizetype MaxLoggedRequests = 20000;

    FaultOptions faultsSnapshot() const {
        QMutexLocker lock(&mutex);
        return faults;
    }
    bool isRedirectUri(const QString &uri) const {
        QMutexLocker lock(&mutex);
        return redirectUris.contains(uri);
    }
    void noteBuffered(quint64 bytes) {
        quint64 peak = peakBuffered.load();
        while (bytes > peak && !peakBuffered.compare_exchange_weak(peak, bytes)) {
        }
    }
    void record(RequestRecord entry) {
        QMutexLocker lock(&mutex);
        if (requestLog.size() >= MaxLoggedRequests)
            requestLog.remove(0, requestLog.size() / 2);
        requestLog.append(std::move(entry));
    }
};

} // namespace demo

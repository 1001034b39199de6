#pragma once

#include <QByteArray>

namespace okta {

// Proof Key for Code Exchange (RFC 7636) and the OAuth `state`, from the system's
// cryptographically secure generator. Qt 6.4's QtNetworkAuth has no PKCE, so the browser
// sign-in builds both halves itself.
class Pkce {
public:
    static constexpr int MinVerifierLength = 43;
    static constexpr int MaxVerifierLength = 128;

    // A code verifier: base64url (no padding) of `randomBytes` random bytes, clamped to
    // 32..96 bytes, i.e. 43..128 characters from the unreserved set [A-Za-z0-9-._~].
    static QByteArray codeVerifier(int randomBytes = 48);
    // S256 challenge: base64url(SHA-256(verifier)) without padding.
    static QByteArray challengeS256(QByteArrayView verifier);
    // An unguessable `state`: 192 random bits as 32 base64url characters (Okta allows only
    // alphanumerics, comma, period, underscore and hyphen there).
    static QByteArray state();

    // True when `verifier` has a valid length and only unreserved characters.
    static bool isValidVerifier(const QByteArray &verifier);
    // base64url of `count` bytes from QRandomGenerator::system().
    static QByteArray randomBase64Url(int count);
};

} // namespace okta

#include "pkce.h"

#include "core/secrets/secret.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>

namespace okta {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}
} // namespace

QByteArray Pkce::randomBase64Url(int count) {
    count = std::max(count, 1);
    QList<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char *>(words.constData()), count);
    std::fill(words.begin(), words.end(), 0u);
    const QByteArray encoded = bytes.toBase64(kBase64Url);
    wipeSecret(bytes);
    return encoded;
}

QByteArray Pkce::codeVerifier(int randomBytes) {
    return randomBase64Url(std::clamp(randomBytes, 32, 96));
}

QByteArray Pkce::challengeS256(QByteArrayView verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QByteArray Pkce::state() {
    return randomBase64Url(24);
}

bool Pkce::isValidVerifier(const QByteArray &verifier) {
    return verifier.size() >= MinVerifierLength && verifier.size() <= MaxVerifierLength &&
           std::all_of(verifier.cbegin(), verifier.cend(), isUnreserved);
}

} // namespace okta

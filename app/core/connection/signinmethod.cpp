#include "signinmethod.h"

#include "core/secrets/secretstore.h"

namespace okta {

SignInMethod::SignInMethod(QObject *parent)
    : QObject(parent) {}

SignInMethod::~SignInMethod() = default;

void SignInMethod::setEdited() {
    Q_EMIT edited();
    Q_EMIT changed();
}

void SignInMethod::setAuthMethod(AuthMethod method) {
    if (method == m_method)
        return;
    m_method = method;
    setEdited();
}

void SignInMethod::setClientId(const QString &clientId) {
    const QString trimmed = clientId.trimmed();
    if (trimmed == m_clientId)
        return;
    m_clientId = trimmed;
    setEdited();
}

void SignInMethod::setClientSecret(const QString &secret) {
    Secret typed = Secret::fromUtf8(QStringView(secret).trimmed());
    if (typed == m_clientSecret)
        return;
    m_clientSecret = std::move(typed);
    setEdited();
}

void SignInMethod::setWriteFeatures(const QList<WriteFeature> &features,
                                    std::optional<WriteFeature> turningOn) {
    QList<WriteFeature> all = features;
    if (turningOn && !all.contains(*turningOn))
        all.append(*turningOn);
    if (all == m_features && turningOn == m_turningOn)
        return;
    m_features = all;
    m_turningOn = turningOn;
    setEdited(); // other scopes: a sign-in made before does not carry them
}

QStringList SignInMethod::requestedScopes() const {
    return ScopeCatalog::requestedScopes(m_features);
}

void SignInMethod::offerStoredClientSecret(const Secret &secret) {
    if (!m_clientSecret.isEmpty() || secret.isEmpty())
        return;
    m_clientSecret = secret;
    Q_EMIT changed();
}

void SignInMethod::setRedirectPort(quint16 port) {
    if (port == 0)
        port = BrowserSignIn::DefaultPort;
    if (port == m_port)
        return;
    m_port = port;
    setEdited();
}

void SignInMethod::setApiToken(const QString &token) {
    Secret typed = Secret::fromUtf8(QStringView(token).trimmed());
    if (typed == m_apiToken)
        return;
    m_apiToken = std::move(typed);
    setEdited();
}

bool SignInMethod::isReady() const {
    return m_method == AuthMethod::ApiToken ? !m_apiToken.isEmpty() : !m_clientId.isEmpty();
}

} // namespace okta

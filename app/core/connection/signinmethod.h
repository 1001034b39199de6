#pragma once

#include "core/auth/browsersignin.h"
#include "core/profiles/profilestore.h"
#include "core/scopes/scopecatalog.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <optional>

namespace okta {

// The wizard's method step: browser sign-in with an OAuth app (client ID, optional secret,
// loopback redirect port) or an API token. Holds the two secrets (in Secrets) only until the
// profile is saved; they are wiped when replaced or when this object goes.
class SignInMethod : public QObject {
    Q_OBJECT
public:
    explicit SignInMethod(QObject *parent = nullptr);
    ~SignInMethod() override;

    void setAuthMethod(AuthMethod method);
    AuthMethod authMethod() const { return m_method; }
    bool isBrowser() const { return m_method == AuthMethod::BrowserPkce; }
    void setClientId(const QString &clientId);
    QString clientId() const { return m_clientId; }
    void setClientSecret(const QString &secret);
    // A reauthorization's stored secret, read from the keychain: taken only when none was
    // typed meanwhile, and it does not void a sign-in already made.
    void offerStoredClientSecret(const Secret &secret);
    bool hasClientSecret() const { return !m_clientSecret.isEmpty(); }
    // The loopback port of the redirect URI registered on the app; Okta accepts only that
    // exact URI. 0 (never a port one can register) means the default one.
    void setRedirectPort(quint16 port);
    quint16 redirectPort() const { return m_port; }
    void setApiToken(const QString &token);
    bool hasApiToken() const { return !m_apiToken.isEmpty(); }
    bool isReady() const;

    // The write features whose manage scopes the browser sign-in asks for (none by default:
    // read scopes only), and the one this sign-in turns on, if any (the wizard says why).
    void setWriteFeatures(const QList<WriteFeature> &features, std::optional<WriteFeature> turningOn = {});
    QList<WriteFeature> writeFeatures() const { return m_features; }
    std::optional<WriteFeature> turningOn() const { return m_turningOn; }
    // ScopeCatalog::requestedScopes(writeFeatures()).
    QStringList requestedScopes() const;

    ClientCredentials credentials() const { return {m_clientId, m_clientSecret}; }
    const Secret &apiToken() const { return m_apiToken; }

Q_SIGNALS:
    void changed();
    // The admin changed what signs in: a sign-in made with the old values is void.
    void edited();

private:
    void setEdited();

    AuthMethod m_method = AuthMethod::BrowserPkce;
    QString m_clientId;
    Secret m_clientSecret;
    quint16 m_port = BrowserSignIn::DefaultPort;
    Secret m_apiToken;
    QList<WriteFeature> m_features;
    std::optional<WriteFeature> m_turningOn;
};

} // namespace okta

#pragma once

#include "core/secrets/secret.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace okta {

// Supplies the Authorization header for every management API request. Bearer
// authorizers can refresh their token; the client asks them to once after a 401.
class Authorizer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // The complete header value ("SSWS …" or "Bearer …"); empty sends no header.
    virtual Secret authorizationHeader() const = 0;
    virtual bool canRefresh() const { return false; }
    // Starts an asynchronous refresh that ends with refreshFinished(). Several jobs may
    // ask at once after a burst of 401s; implementations coalesce them into one refresh.
    virtual void refresh() { Q_EMIT refreshFinished(false, QString()); }

Q_SIGNALS:
    void refreshFinished(bool ok, const QString &error);
};

// A fixed credential: an SSWS API token, or a bearer token that cannot be refreshed.
class StaticAuthorizer final : public Authorizer {
    Q_OBJECT
public:
    enum class Scheme { Ssws, Bearer };
    StaticAuthorizer(Scheme scheme, const Secret &token, QObject *parent = nullptr);
    Secret authorizationHeader() const override;

private:
    Secret m_header;
};

} // namespace okta

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace okta {

struct OrgDomainResult {
    enum class Status { Ok, Warning, Invalid };
    Status status = Status::Invalid;
    // Normalised bare host: lower case, no scheme, no -admin, no trailing dot. For a
    // loopback host (the demo org) it may carry ":port".
    QString host;
    QString message;           // translated: why it is invalid, or the warning; empty when Ok
    QString registrableDomain; // e.g. "evil.com" for acme.okta.com.evil.com; empty for loopback
    bool isLoopback = false;
    bool isOktaDomain = false; // under okta.com, oktapreview.com, okta-emea.com, okta-gov.com, okta.mil
    bool ok() const { return status != Status::Invalid; }
    QUrl baseUrl() const; // OrgUrl::forAuthority(host, isLoopback); empty when invalid
};

// Turns whatever an admin pastes (a bare domain, an Admin Console URL, an issuer URL…) into
// the org's host, or says precisely why it cannot be one. Decisions:
//  * http:// on a real host is upgraded to https (admins paste URLs; OktaDesk never speaks
//    plain HTTP to a remote host). Plain HTTP is kept only for loopback (the demo org);
//    OrgUrl holds that rule and builds baseUrl().
//  * "-admin" is stripped from the first label of Okta-hosted domains only; on a custom
//    domain it may be part of a real name, so it stays and the result is a Warning.
//  * Non-ASCII characters and punycode (xn--) labels are rejected: Okta org domains are
//    ASCII, and look-alike letters are a phishing trick.
//  * Hosts that mention "okta" but are not under an Okta domain (acme.okta.com.evil.com,
//    acme-okta.com) are a Warning naming the domain that really owns them.
//  * Ports, user info and IP literals are rejected except on loopback; ":443" is accepted
//    and dropped.
class OrgDomain {
    Q_DECLARE_TR_FUNCTIONS(okta::OrgDomain)
public:
    static OrgDomainResult normalise(const QString &input);
};

} // namespace okta

#include "orgurl.h"

namespace okta {

namespace {
bool isLoopbackIpv4(QStringView host) {
    const auto parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (const QChar c : part)
            if (!c.isDigit())
                return false;
        if (part.toInt() > 255)
            return false;
    }
    return parts.front() == u"127";
}
} // namespace

bool OrgUrl::isLoopbackHost(QStringView host) {
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    // Brackets hold an IPv6 address only: "[127.0.0.1]" is no host at all (RFC 3986 3.2.2).
    const bool bracketed = host.startsWith(u'[') && host.endsWith(u']');
    if (bracketed)
        host = host.sliced(1, host.size() - 2);
    return (!bracketed && isLoopbackIpv4(host)) || host == u"::1" || host == u"0:0:0:0:0:0:0:1";
}

QUrl OrgUrl::forAuthority(const QString &authority, bool loopback) {
    if (authority.isEmpty())
        return QUrl();
    return QUrl((loopback ? QStringLiteral("http://") : QStringLiteral("https://")) + authority);
}

QString OrgUrl::problem(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid org URL.").arg(url.toString());
    if (!url.userInfo().isEmpty())
        return tr("The org URL must not contain a user name or password.");
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return tr("The org URL must not contain a path (%1).").arg(url.path());
    if (url.hasQuery() || url.hasFragment())
        return tr("The org URL must not contain a query or fragment.");
    const bool loopback = isLoopbackHost(url.host());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") && !loopback)
        return tr("Plain http:// is only allowed for the local demo org; %1 needs https://.").arg(url.host());
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return tr("Unsupported scheme \"%1\"; use https://.").arg(url.scheme());
    if (url.port() != -1 && !loopback)
        return tr("Okta orgs do not use a custom port (%1).").arg(url.port());
    return {};
}

} // namespace okta

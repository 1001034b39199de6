#include "orgdomain.h"

#include "core/okta/orgurl.h"

#include <QStringList>

namespace okta {

namespace {

constexpr const char *kOktaDomains[] = {"okta.com", "oktapreview.com", "okta-emea.com", "okta-gov.com",
                                        "okta.mil"};

// Second-level public suffixes common enough to matter for the look-alike warning; a full
// Public Suffix List would be overkill for naming "who really owns this host".
constexpr const char *kPublicSuffixes[] = {
    "co.uk",  "org.uk", "ac.uk", "gov.uk", "me.uk",  "com.au", "net.au", "org.au", "co.jp",
    "ne.jp",  "or.jp",  "co.nz", "org.nz", "com.br", "co.in",  "co.za",  "com.cn", "com.mx",
    "com.sg", "com.tw", "co.kr", "com.tr", "com.ar", "co.il",  "com.hk", "co.id",  "com.my"};

// Pages of an org that admins copy from the address bar; anything else is not obviously
// the org itself, so we refuse to guess.
constexpr const char *kStrippablePaths[] = {"/admin",       "/app/UserHome", "/oauth2",
                                            "/.well-known", "/login",        "/enduser"};

constexpr qsizetype kMaxHostLength = 253;
constexpr qsizetype kMaxLabelLength = 63;

OrgDomainResult invalid(const QString &message) {
    OrgDomainResult r;
    r.status = OrgDomainResult::Status::Invalid;
    r.message = message;
    return r;
}

bool endsWithDomain(QStringView host, QLatin1StringView domain) {
    return host.endsWith(domain) &&
           (host.size() == domain.size() || host[host.size() - domain.size() - 1] == u'.');
}

// The Okta domain the host sits under ("okta.com"), or empty.
QString oktaDomainOf(QStringView host) {
    for (const char *d : kOktaDomains)
        if (endsWithDomain(host, QLatin1StringView(d)))
            return QString::fromLatin1(d);
    return QString();
}

QString registrableDomainOf(const QString &host) {
    const QStringList labels = host.split(u'.');
    if (labels.size() <= 2)
        return host;
    const QString lastTwo = labels.mid(labels.size() - 2).join(u'.');
    for (const char *suffix : kPublicSuffixes)
        if (lastTwo == QLatin1StringView(suffix))
            return labels.mid(labels.size() - 3).join(u'.');
    return lastTwo;
}

// Dotted-quad IPv4.
bool isIpv4(QStringView host) {
    const auto parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || part.isEmpty() || part.size() > 3 || n < 0 || n > 255 || part.front() == u'+' ||
            part.front() == u'-')
            return false;
    }
    return true;
}

bool isStrippablePath(QStringView path) {
    if (path.isEmpty() || path == u"/")
        return true;
    for (const char *prefix : kStrippablePaths) {
        const QLatin1StringView p(prefix);
        if (path.startsWith(p, Qt::CaseInsensitive) && (path.size() == p.size() || path[p.size()] == u'/'))
            return true;
    }
    return false;
}

// Why `label` cannot be a DNS label, or empty.
QString labelProblem(QStringView label, const QString &host) {
    if (label.isEmpty())
        return OrgDomain::tr("“%1” has an empty part between dots.").arg(host);
    if (label.size() > kMaxLabelLength)
        return OrgDomain::tr("“%1” is longer than %2 characters; parts of a domain name are at most %2.")
            .arg(label.toString())
            .arg(kMaxLabelLength);
    for (const QChar c : label)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return OrgDomain::tr("“%1” cannot be part of a domain name; use only letters, digits, hyphens "
                                 "and dots.")
                .arg(c);
    if (label.front() == u'-' || label.back() == u'-')
        return OrgDomain::tr("“%1” starts or ends with a hyphen, which a domain name cannot.")
            .arg(label.toString());
    if (label.startsWith(u"xn--"))
        return OrgDomain::tr("“%1” is an internationalised (punycode) name. Okta org domains use plain "
                             "ASCII; this may be a look-alike domain.")
            .arg(label.toString());
    return QString();
}

} // namespace

QUrl OrgDomainResult::baseUrl() const {
    return ok() ? OrgUrl::forAuthority(host, isLoopback) : QUrl();
}

OrgDomainResult OrgDomain::normalise(const QString &input) {
    const QString text = input.trimmed();
    qsizetype lead = 0; // so character positions in messages match what was pasted
    while (lead < input.size() && input[lead].isSpace())
        ++lead;
    if (text.isEmpty())
        return invalid(tr("Enter your Okta domain, such as acme.okta.com."));

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace())
            return invalid(tr("The domain cannot contain spaces (character %1).").arg(lead + i + 1));
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            const char32_t cp = c.isHighSurrogate() && i + 1 < text.size()
                                    ? QChar::surrogateToUcs4(c, text[i + 1])
                                    : char32_t(c.unicode());
            return invalid(tr("“%1” (U+%2) at character %3 is not an ASCII character. Okta domains use "
                              "only a–z, 0–9, hyphens and dots; look-alike letters from other "
                              "alphabets are a phishing trick.")
                               .arg(QString::fromUcs4(&cp, 1))
                               .arg(uint(cp), 4, 16, QLatin1Char('0'))
                               .arg(lead + i + 1));
        }
    }

    QStringView rest(text);
    // http:// needs no flag: real hosts always get https, loopback always http (baseUrl()).
    if (const qsizetype sep = rest.indexOf(u"://"); sep >= 0) {
        const QStringView scheme = rest.left(sep);
        if (scheme.compare(u"http", Qt::CaseInsensitive) != 0 &&
            scheme.compare(u"https", Qt::CaseInsensitive) != 0)
            return invalid(tr("“%1://” is not a web address; enter the domain, such as acme.okta.com.")
                               .arg(scheme.toString()));
        rest = rest.sliced(sep + 3);
    }

    qsizetype authorityEnd = 0;
    while (authorityEnd < rest.size() && rest[authorityEnd] != u'/' && rest[authorityEnd] != u'?' &&
           rest[authorityEnd] != u'#')
        ++authorityEnd;
    QStringView authority = rest.left(authorityEnd);
    const QStringView tail = rest.sliced(authorityEnd);
    const qsizetype pathEnd = [&] {
        qsizetype k = 0;
        while (k < tail.size() && tail[k] != u'?' && tail[k] != u'#')
            ++k;
        return k;
    }();
    const QStringView path = tail.left(pathEnd);

    QStringView userInfo;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        userInfo = authority.left(at);
        authority = authority.sliced(at + 1);
    }

    QStringView hostPart = authority;
    QStringView port;
    bool hasPort = false;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return invalid(tr("The IPv6 address has no closing “]”."));
        hostPart = authority.left(close + 1);
        const QStringView after = authority.sliced(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return invalid(tr("Unexpected “%1” after the IPv6 address.").arg(after.toString()));
        hasPort = !after.isEmpty();
        port = hasPort ? after.sliced(1) : QStringView();
    } else if (authority.count(u':') > 1) {
        // "::1:8080" cannot say where the address ends and the port begins.
        return invalid(tr("Write an IPv6 address in brackets, such as [::1]:8080."));
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        hostPart = authority.left(colon);
        port = authority.sliced(colon + 1);
        hasPort = true;
    }
    if (hasPort) {
        bool ok = false;
        const int n = port.toInt(&ok);
        if (!ok || n < 1 || n > 65535 || !port.front().isDigit())
            return invalid(tr("“%1” is not a valid port number.").arg(port.toString()));
    }

    QString host = hostPart.toString().toLower();
    if (host.endsWith(u'.') && !host.endsWith(QLatin1StringView("..")))
        host.chop(1);
    if (host.isEmpty())
        return invalid(tr("No domain found in “%1”; enter one such as acme.okta.com.").arg(text));

    const bool ipv4 = isIpv4(host);
    const bool ipv6 = host.startsWith(u'[');
    const bool loopback = OrgUrl::isLoopbackHost(host);

    if (!isStrippablePath(path))
        return invalid(tr("Paste only the domain (such as acme.okta.com), without the page address "
                          "“%1”.")
                           .arg(path.toString()));

    OrgDomainResult result;
    result.status = OrgDomainResult::Status::Ok;
    if (loopback) {
        result.isLoopback = true;
        result.host = hasPort ? host + u':' + port : host;
        if (!userInfo.isEmpty()) {
            result.status = OrgDomainResult::Status::Warning;
            result.message = tr("The user name in the address was ignored; OktaDesk asks for credentials "
                                "separately.");
        }
        return result;
    }

    if (!userInfo.isEmpty())
        return invalid(tr("Remove “%1@” from the address; OktaDesk asks for credentials separately.")
                           .arg(userInfo.toString()));
    if (ipv4 || ipv6)
        return invalid(tr("“%1” is an IP address, not an Okta domain; enter the org's domain name, such as "
                          "acme.okta.com.")
                           .arg(host));
    // 443 is what https means anyway; any other port cannot be an Okta org.
    if (hasPort && port != u"443")
        return invalid(tr("Remove the port “:%1”; Okta orgs are served on the standard HTTPS port.")
                           .arg(port.toString()));
    if (host.size() > kMaxHostLength)
        return invalid(tr("The domain is longer than %1 characters.").arg(kMaxHostLength));

    QStringList labels = host.split(u'.');
    for (const QString &label : std::as_const(labels))
        if (const QString problem = labelProblem(label, host); !problem.isEmpty())
            return invalid(problem);
    if (labels.size() < 2)
        return invalid(tr("“%1” is not a full domain name; Okta domains look like %1.okta.com.").arg(host));
    bool numericTld = true;
    for (const QChar c : std::as_const(labels.last()))
        numericTld = numericTld && c.isDigit();
    if (numericTld)
        return invalid(tr("“%1” looks like an IP address, not an Okta domain.").arg(host));

    const QString oktaDomain = oktaDomainOf(host);
    if (!oktaDomain.isEmpty() && host == oktaDomain)
        return invalid(tr("%1 is Okta's own domain; enter your org's domain, such as acme.%1.").arg(host));

    QString &first = labels.first();
    const bool adminLabel = first.size() > 6 && first.endsWith(QLatin1StringView("-admin"));
    if (adminLabel && !oktaDomain.isEmpty()) {
        // The Admin Console lives on <org>-admin.<okta domain>; the API is on <org>.<okta domain>.
        // Every "-admin" goes, so that the result normalises to itself ("a-admin-admin" once
        // left "a-admin"); "acme--admin" leaves "acme-", no DNS label (both found by fuzz_orgdomain).
        while (first.size() > 6 && first.endsWith(QLatin1StringView("-admin")))
            first.chop(6);
        if (const QString problem = labelProblem(first, host); !problem.isEmpty())
            return invalid(problem);
        host = labels.join(u'.');
    }
    result.host = host;
    result.isOktaDomain = !oktaDomain.isEmpty();
    result.registrableDomain = result.isOktaDomain ? oktaDomain : registrableDomainOf(host);

    if (!result.isOktaDomain && host.contains(QLatin1StringView("okta"))) {
        result.status = OrgDomainResult::Status::Warning;
        result.message = tr("“%1” is not an Okta domain: it belongs to %2. Continue only if %2 is your "
                            "organisation's own custom domain.")
                             .arg(host, result.registrableDomain);
    } else if (adminLabel && !result.isOktaDomain) {
        result.status = OrgDomainResult::Status::Warning;
        result.message = tr("“%1” looks like an Admin Console address. If it is, enter the domain without "
                            "“-admin”.")
                             .arg(host);
    }
    return result;
}

} // namespace okta

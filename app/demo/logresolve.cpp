#include "eventtypes.h"
#include "jsonwriter.h"
#include "logevents.h"
#include "names.h"

#include <QHash>
#include <QJsonValue>

namespace demo {

namespace {

enum class Attr {
    EventType,
    Severity,
    DisplayMessage,
    Uuid,
    Version,
    LegacyEventType,
    OutcomeResult,
    OutcomeReason,
    ActorId,
    ActorType,
    ActorAlternateId,
    ActorDisplayName,
    TargetId,
    TargetType,
    TargetAlternateId,
    TargetDisplayName,
    ClientIp,
    ClientZone,
    ClientDevice,
    ClientId,
    ClientOs,
    ClientBrowser,
    ClientRawUserAgent,
    ClientCountry,
    ClientCity,
    ClientState,
    ClientPostalCode,
    TransactionId,
    TransactionType,
    ExternalSessionId,
    RootSessionId,
    CredentialType,
    AuthProvider,
    RequestId,
    RequestUri,
    DebugUrl,
    IsProxy,
    AsNumber,
    AsOrg,
    Isp,
    Domain,
    IpChainIp,
    RequestApiTokenId,
};

const QHash<QString, Attr> &attributes() {
    static const QHash<QString, Attr> map = {
        {QStringLiteral("eventType"), Attr::EventType},
        {QStringLiteral("severity"), Attr::Severity},
        {QStringLiteral("displayMessage"), Attr::DisplayMessage},
        {QStringLiteral("uuid"), Attr::Uuid},
        {QStringLiteral("version"), Attr::Version},
        {QStringLiteral("legacyEventType"), Attr::LegacyEventType},
        {QStringLiteral("outcome.result"), Attr::OutcomeResult},
        {QStringLiteral("outcome.reason"), Attr::OutcomeReason},
        {QStringLiteral("actor.id"), Attr::ActorId},
        {QStringLiteral("actor.type"), Attr::ActorType},
        {QStringLiteral("actor.alternateId"), Attr::ActorAlternateId},
        {QStringLiteral("actor.displayName"), Attr::ActorDisplayName},
        {QStringLiteral("target.id"), Attr::TargetId},
        {QStringLiteral("target.type"), Attr::TargetType},
        {QStringLiteral("target.alternateId"), Attr::TargetAlternateId},
        {QStringLiteral("target.displayName"), Attr::TargetDisplayName},
        {QStringLiteral("client.ipAddress"), Attr::ClientIp},
        {QStringLiteral("client.zone"), Attr::ClientZone},
        {QStringLiteral("client.device"), Attr::ClientDevice},
        {QStringLiteral("client.id"), Attr::ClientId},
        {QStringLiteral("client.userAgent.os"), Attr::ClientOs},
        {QStringLiteral("client.userAgent.browser"), Attr::ClientBrowser},
        {QStringLiteral("client.userAgent.rawUserAgent"), Attr::ClientRawUserAgent},
        {QStringLiteral("client.geographicalContext.country"), Attr::ClientCountry},
        {QStringLiteral("client.geographicalContext.city"), Attr::ClientCity},
        {QStringLiteral("client.geographicalContext.state"), Attr::ClientState},
        {QStringLiteral("client.geographicalContext.postalCode"), Attr::ClientPostalCode},
        {QStringLiteral("transaction.id"), Attr::TransactionId},
        {QStringLiteral("transaction.type"), Attr::TransactionType},
        {QStringLiteral("authenticationContext.externalSessionId"), Attr::ExternalSessionId},
        {QStringLiteral("authenticationContext.rootSessionId"), Attr::RootSessionId},
        {QStringLiteral("authenticationContext.credentialType"), Attr::CredentialType},
        {QStringLiteral("authenticationContext.authenticationProvider"), Attr::AuthProvider},
        {QStringLiteral("debugContext.debugData.requestId"), Attr::RequestId},
        {QStringLiteral("debugContext.debugData.requestUri"), Attr::RequestUri},
        {QStringLiteral("debugContext.debugData.url"), Attr::DebugUrl},
        {QStringLiteral("securityContext.isProxy"), Attr::IsProxy},
        {QStringLiteral("securityContext.asNumber"), Attr::AsNumber},
        {QStringLiteral("securityContext.asOrg"), Attr::AsOrg},
        {QStringLiteral("securityContext.isp"), Attr::Isp},
        {QStringLiteral("securityContext.domain"), Attr::Domain},
        {QStringLiteral("request.ipChain.ip"), Attr::IpChainIp},
        {QStringLiteral("transaction.detail.requestApiTokenId"), Attr::RequestApiTokenId},
    };
    return map;
}

QJsonValue text(const char *s) {
    return s ? QJsonValue(QString::fromUtf8(s)) : QJsonValue();
}

QJsonValue text(QByteArrayView s) {
    return QJsonValue(QString::fromUtf8(s));
}

} // namespace

bool LogGenerator::resolve(const EventView &e, QStringView path, FilterValues &out) const {
    const auto it = attributes().constFind(path.toString());
    if (it == attributes().constEnd())
        return false;
    const EventType &t = *e.type;
    const Ref &actor = actorRef(e);
    const names::City &city = names::cities[e.city];
    const names::UserAgent &ua = names::userAgents[e.userAgent];
    switch (*it) {
    case Attr::EventType:
        out.append(text(t.eventType));
        break;
    case Attr::Severity:
        out.append(text(e.severity));
        break;
    case Attr::DisplayMessage:
        out.append(text(t.displayMessage));
        break;
    case Attr::Uuid:
        out.append(text(QByteArrayView(e.uuid, 36)));
        break;
    case Attr::Version:
        out.append(text("0"));
        break;
    case Attr::LegacyEventType:
        if (t.legacyEventType)
            out.append(text(t.legacyEventType));
        break;
    case Attr::OutcomeResult:
        out.append(text(e.result));
        break;
    case Attr::OutcomeReason:
        if (e.reason)
            out.append(text(e.reason));
        break;
    case Attr::ActorId:
        out.append(text(actor.id));
        break;
    case Attr::ActorType:
        out.append(text(actorType(e)));
        break;
    case Attr::ActorAlternateId:
        out.append(text(actor.alternateId));
        break;
    case Attr::ActorDisplayName:
        out.append(text(actor.displayName));
        break;
    case Attr::TargetId:
    case Attr::TargetType:
    case Attr::TargetAlternateId:
    case Attr::TargetDisplayName:
        for (int i = 0; i < e.targetCount; ++i) {
            if (*it == Attr::TargetType) {
                out.append(text(targetType(e.targets[i].kind)));
                continue;
            }
            const Ref ref = targetRef(e, e.targets[i]);
            out.append(text(*it == Attr::TargetId            ? ref.id
                            : *it == Attr::TargetAlternateId ? ref.alternateId
                                                             : ref.displayName));
        }
        break;
    case Attr::ClientIp:
    case Attr::IpChainIp:
        out.append(text(ipText(e.ip)));
        break;
    case Attr::ClientZone:
        out.append(text("null"));
        break;
    case Attr::ClientDevice:
        out.append(text(ua.device));
        break;
    case Attr::ClientId:
        if (e.actorKind == EventView::ActorKind::ClientApp)
            out.append(text(actor.id));
        break;
    case Attr::RequestApiTokenId:
        if (e.apiToken >= 0)
            out.append(text(m_apiTokens[e.apiToken]));
        break;
    case Attr::ClientOs:
        out.append(text(ua.os));
        break;
    case Attr::ClientBrowser:
        out.append(text(ua.browser));
        break;
    case Attr::ClientRawUserAgent:
        out.append(text(ua.raw));
        break;
    case Attr::ClientCountry:
        out.append(text(city.country));
        break;
    case Attr::ClientCity:
        out.append(text(city.city));
        break;
    case Attr::ClientState:
        out.append(text(city.state));
        break;
    case Attr::ClientPostalCode:
        out.append(text(city.postalCode));
        break;
    case Attr::TransactionId:
    case Attr::RequestId:
        out.append(text(QByteArrayView(e.requestId, 27)));
        break;
    case Attr::TransactionType:
        out.append(text(t.transactionType));
        break;
    case Attr::ExternalSessionId:
    case Attr::RootSessionId: {
        char session[25];
        sessionText(e, session);
        out.append(text(QByteArrayView(session, 25)));
        break;
    }
    case Attr::CredentialType:
        if (t.authKind)
            out.append(text(t.authKind == 1 ? "PASSWORD" : "OTP"));
        break;
    case Attr::AuthProvider:
        if (t.authKind)
            out.append(text("OKTA_AUTHENTICATION_PROVIDER"));
        break;
    case Attr::RequestUri:
        out.append(text(t.requestUri));
        break;
    case Attr::DebugUrl:
        out.append(text(QByteArray(QByteArray(t.requestUri) + '?')));
        break;
    case Attr::IsProxy:
        out.append(QJsonValue(false));
        break;
    case Attr::AsNumber:
        out.append(QJsonValue(qint64(1000 + (e.ip >> 8) % 60000)));
        break;
    case Attr::AsOrg:
    case Attr::Isp:
        out.append(text(names::isps[(e.ip >> 8) % names::ispCount]));
        break;
    case Attr::Domain:
        break;
    }
    return true;
}

} // namespace demo

#include "logschema.h"

#include <QSet>
#include <QString>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

// The leaves of the spec's LogEvent schema (components.schemas.LogEvent, arrays flattened:
// target.id is the id of any target), plus authenticationContext.rootSessionId and the
// `device` object from okta-api-notes.md 5.7, which the spec's schema leaves out.
const QSet<QString> &leaves() {
    static const QSet<QString> set = {
        u"actor.alternateId"_s,
        u"actor.displayName"_s,
        u"actor.id"_s,
        u"actor.type"_s,
        u"authenticationContext.authenticationProvider"_s,
        u"authenticationContext.authenticationStep"_s,
        u"authenticationContext.credentialProvider"_s,
        u"authenticationContext.credentialType"_s,
        u"authenticationContext.externalSessionId"_s,
        u"authenticationContext.rootSessionId"_s,
        u"authenticationContext.interface"_s,
        u"authenticationContext.issuer.id"_s,
        u"authenticationContext.issuer.type"_s,
        u"client.device"_s,
        u"client.geographicalContext.city"_s,
        u"client.geographicalContext.country"_s,
        u"client.geographicalContext.geolocation.lat"_s,
        u"client.geographicalContext.geolocation.lon"_s,
        u"client.geographicalContext.postalCode"_s,
        u"client.geographicalContext.state"_s,
        u"client.id"_s,
        u"client.ipAddress"_s,
        u"client.userAgent.browser"_s,
        u"client.userAgent.os"_s,
        u"client.userAgent.rawUserAgent"_s,
        u"client.zone"_s,
        u"device.id"_s,
        u"device.name"_s,
        u"device.os_platform"_s,
        u"device.os_version"_s,
        u"device.managed"_s,
        u"device.registered"_s,
        u"device.device_integrator"_s,
        u"device.disk_encryption_type"_s,
        u"device.screen_lock_type"_s,
        u"device.jailbreak"_s,
        u"device.secure_hardware_present"_s,
        u"displayMessage"_s,
        u"eventType"_s,
        u"legacyEventType"_s,
        u"outcome.reason"_s,
        u"outcome.result"_s,
        u"published"_s,
        u"request.ipChain.geographicalContext.city"_s,
        u"request.ipChain.geographicalContext.country"_s,
        u"request.ipChain.geographicalContext.geolocation.lat"_s,
        u"request.ipChain.geographicalContext.geolocation.lon"_s,
        u"request.ipChain.geographicalContext.postalCode"_s,
        u"request.ipChain.geographicalContext.state"_s,
        u"request.ipChain.ip"_s,
        u"request.ipChain.ipDetails.asNumber"_s,
        u"request.ipChain.ipDetails.asOrg"_s,
        u"request.ipChain.ipDetails.domain"_s,
        u"request.ipChain.ipDetails.ipServiceCategories.isAnonymous"_s,
        u"request.ipChain.ipDetails.ipServiceCategories.operator"_s,
        u"request.ipChain.ipDetails.ipServiceCategories.type"_s,
        u"request.ipChain.ipDetails.isp"_s,
        u"request.ipChain.source"_s,
        u"request.ipChain.version"_s,
        u"securityContext.asNumber"_s,
        u"securityContext.asOrg"_s,
        u"securityContext.botProtection.level"_s,
        u"securityContext.domain"_s,
        u"securityContext.ipDetails.asNumber"_s,
        u"securityContext.ipDetails.asOrg"_s,
        u"securityContext.ipDetails.domain"_s,
        u"securityContext.ipDetails.ipServiceCategories.isAnonymous"_s,
        u"securityContext.ipDetails.ipServiceCategories.operator"_s,
        u"securityContext.ipDetails.ipServiceCategories.type"_s,
        u"securityContext.ipDetails.isp"_s,
        u"securityContext.isp"_s,
        u"securityContext.isProxy"_s,
        u"securityContext.risk.detectionName"_s,
        u"securityContext.risk.issuer"_s,
        u"securityContext.risk.level"_s,
        u"securityContext.risk.previousLevel"_s,
        u"securityContext.risk.reasons"_s,
        u"securityContext.userBehaviors.id"_s,
        u"securityContext.userBehaviors.name"_s,
        u"securityContext.userBehaviors.result"_s,
        u"severity"_s,
        u"target.alternateId"_s,
        u"target.displayName"_s,
        u"target.id"_s,
        u"target.type"_s,
        u"transaction.id"_s,
        u"transaction.type"_s,
        u"uuid"_s,
        u"version"_s,
    };
    return set;
}

// Objects whose keys are free-form ("additionalProperties" in the spec): any key below them.
constexpr QStringView freeForm[] = {u"actor.detailEntry.",         u"target.detailEntry.",
                                    u"target.changeDetails.from.", u"target.changeDetails.to.",
                                    u"debugContext.debugData.",    u"transaction.detail."};

} // namespace

LogAttribute checkLogEventAttribute(QStringView path) {
    if (path == u"published")
        return LogAttribute::Published;
    if (path == u"target.changeDetails.from" || path == u"target.changeDetails.to")
        return LogAttribute::WholeChange;
    if (leaves().contains(path.toString()))
        return LogAttribute::Valid;
    for (QStringView prefix : freeForm)
        if (path.size() > prefix.size() && path.startsWith(prefix))
            return LogAttribute::Valid;
    return LogAttribute::Unknown;
}

} // namespace demo

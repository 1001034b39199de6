#include "eventtypes.h"
#include "jsonwriter.h"
#include "logevents.h"
#include "names.h"
#include "prng.h"

namespace demo {

namespace {

void writeGeo(JsonWriter &w, const names::City &c) {
    w.key("geographicalContext");
    w.beginObject();
    w.key("city");
    w.utf8(c.city);
    w.key("state");
    w.utf8(c.state);
    w.fieldAscii("country", c.country);
    w.fieldAscii("postalCode", c.postalCode);
    w.key("geolocation");
    w.beginObject();
    w.key("lat");
    w.decimal(qRound64(c.lat * 10000), 4);
    w.key("lon");
    w.decimal(qRound64(c.lon * 10000), 4);
    w.endObject();
    w.endObject();
}

void nullField(JsonWriter &w, const char *name) {
    w.key(name);
    w.null();
}

void optionalAscii(JsonWriter &w, const char *name, const char *value) {
    w.key(name);
    if (value)
        w.ascii(value);
    else
        w.null();
}

} // namespace

void LogGenerator::sessionText(const EventView &e, char *out) const {
    out[0] = 'i', out[1] = 'd', out[2] = 'x';
    quint64 h = e.session;
    for (int i = 3; i < 25; ++i) {
        if (i % 10 == 3)
            h = mix64(h);
        out[i] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[h % 62];
        h /= 62;
    }
}

void LogGenerator::writeDevice(JsonWriter &w, const EventView &e) const {
    w.key("device");
    if (!e.device) {
        w.null();
        return;
    }
    // The fields okta-api-notes.md 5.7 lists for `device`; one device per person.
    const names::UserAgent &ua = names::userAgents[e.userAgent];
    const bool mobile = QByteArrayView(ua.device) == "Mobile";
    const bool mac = QByteArrayView(ua.os).startsWith("Mac") || QByteArrayView(ua.os) == "iOS";
    const quint64 h = mix64(m_seed ^ (quint64(e.actor) << 8) ^ 0xDE71CE);
    const Ref &owner = m_actors[e.actor].ref;
    const QByteArray first = owner.displayName.left(owner.displayName.indexOf(' '));
    w.beginObject();
    w.fieldAscii("id", oktaId("guo", h));
    w.key("name");
    w.utf8(QByteArray(
        first + (mobile ? (mac ? "'s iPhone" : "'s Pixel") : (mac ? "'s MacBook Pro" : "'s ThinkPad"))));
    w.fieldAscii("os_platform", mobile ? (mac ? "IOS" : "ANDROID") : (mac ? "MACOS" : "WINDOWS"));
    w.fieldAscii("os_version", mobile ? (mac ? "17.5" : "14") : (mac ? "14.5.0" : "10.0.22631"));
    w.key("managed");
    w.boolean(h % 4 != 0);
    w.key("registered");
    w.boolean(true);
    nullField(w, "device_integrator");
    w.fieldAscii("disk_encryption_type", h % 5 == 0 ? "NONE" : mobile ? "USER" : "ALL_INTERNAL_VOLUMES");
    w.fieldAscii("screen_lock_type", h % 3 == 0 ? "PASSCODE" : "BIOMETRIC");
    w.key("jailbreak");
    w.boolean(false);
    w.key("secure_hardware_present");
    w.boolean(h % 7 != 0);
    w.endObject();
}

void LogGenerator::writeTarget(JsonWriter &w, const EventView &e, EventView::Target t) const {
    const Ref ref = targetRef(e, t);
    w.beginObject();
    w.fieldAscii("id", ref.id);
    w.fieldAscii("type", targetType(t.kind));
    w.key("alternateId");
    w.utf8(ref.alternateId);
    w.key("displayName");
    w.utf8(ref.displayName);
    nullField(w, "detailEntry");
    w.endObject();
}

void LogGenerator::write(JsonWriter &w, const EventView &e) const {
    const EventType &t = *e.type;
    const Ref &actor = actorRef(e);
    const names::City &city = names::cities[e.city];
    const names::UserAgent &ua = names::userAgents[e.userAgent];
    const QByteArray ip = ipText(e.ip);
    char session[25];
    sessionText(e, session);

    w.beginObject();
    w.key("actor");
    w.beginObject();
    w.fieldAscii("id", actor.id);
    w.fieldAscii("type", actorType(e));
    w.key("alternateId");
    w.utf8(actor.alternateId);
    w.key("displayName");
    w.utf8(actor.displayName);
    nullField(w, "detailEntry");
    w.endObject();

    w.key("client");
    w.beginObject();
    w.key("userAgent");
    w.beginObject();
    w.fieldAscii("rawUserAgent", ua.raw);
    w.fieldAscii("os", ua.os);
    w.fieldAscii("browser", ua.browser);
    w.endObject();
    w.fieldAscii("zone", "null");
    w.fieldAscii("device", ua.device);
    // client.id: "the OAuth client id for OAuth calls" (okta-api-notes.md 5.7).
    optionalAscii(w, "id", e.actorKind == EventView::ActorKind::ClientApp ? actor.id.constData() : nullptr);
    w.fieldAscii("ipAddress", ip);
    writeGeo(w, city);
    w.endObject();
    writeDevice(w, e);

    w.key("authenticationContext");
    w.beginObject();
    optionalAscii(w, "authenticationProvider", t.authKind ? "OKTA_AUTHENTICATION_PROVIDER" : nullptr);
    nullField(w, "credentialProvider");
    optionalAscii(w, "credentialType", t.authKind == 1 ? "PASSWORD" : t.authKind == 2 ? "OTP" : nullptr);
    nullField(w, "issuer");
    nullField(w, "interface");
    w.key("authenticationStep");
    w.number(qint64(0));
    w.key("rootSessionId");
    w.ascii(QByteArrayView(session, 25));
    w.key("externalSessionId");
    w.ascii(QByteArrayView(session, 25));
    w.endObject();

    w.fieldAscii("displayMessage", t.displayMessage);
    w.fieldAscii("eventType", t.eventType);
    w.key("outcome");
    w.beginObject();
    w.fieldAscii("result", e.result);
    w.key("reason");
    if (e.reason)
        w.utf8(e.reason);
    else
        w.null();
    w.endObject();
    w.key("published");
    w.timestamp(e.published);

    w.key("securityContext");
    w.beginObject();
    w.key("asNumber");
    w.number(qint64(1000 + (e.ip >> 8) % 60000));
    w.key("asOrg");
    w.ascii(names::isps[(e.ip >> 8) % names::ispCount]);
    w.key("isp");
    w.ascii(names::isps[(e.ip >> 8) % names::ispCount]);
    nullField(w, "domain");
    w.key("isProxy");
    w.boolean(false);
    w.endObject();
    w.fieldAscii("severity", e.severity);

    w.key("debugContext");
    w.beginObject();
    w.key("debugData");
    w.beginObject();
    w.fieldAscii("requestId", QByteArrayView(e.requestId, 27));
    char hash[64];
    quint64 h = mix64(quint64(e.index) ^ m_seed);
    for (int i = 0; i < 64; ++i) {
        if ((i & 15) == 0)
            h = mix64(h);
        hash[i] = "0123456789abcdef"[(h >> ((i & 15) * 4)) & 15];
    }
    w.fieldAscii("dtHash", QByteArrayView(hash, 64));
    w.fieldAscii("requestUri", t.requestUri);
    w.key("url");
    w.ascii(QByteArray(QByteArray(t.requestUri) + '?'));
    w.fieldAscii("threatSuspected", "false");
    w.endObject();
    w.endObject();

    optionalAscii(w, "legacyEventType", t.legacyEventType);
    w.key("transaction");
    w.beginObject();
    w.fieldAscii("type", t.transactionType);
    w.fieldAscii("id", QByteArrayView(e.requestId, 27));
    w.key("detail");
    w.beginObject();
    if (e.apiToken >= 0)
        w.fieldAscii("requestApiTokenId", m_apiTokens[e.apiToken]);
    w.endObject();
    w.endObject();
    w.fieldAscii("uuid", QByteArrayView(e.uuid, 36));
    w.fieldAscii("version", "0");

    w.key("request");
    w.beginObject();
    w.key("ipChain");
    w.beginArray();
    w.beginObject();
    w.fieldAscii("ip", ip);
    writeGeo(w, city);
    w.fieldAscii("version", "V4");
    nullField(w, "source");
    w.endObject();
    w.endArray();
    w.endObject();

    w.key("target");
    w.beginArray();
    for (int i = 0; i < e.targetCount; ++i)
        writeTarget(w, e, e.targets[i]);
    w.endArray();
    w.endObject();
}

} // namespace demo

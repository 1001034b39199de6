#include "logevents.h"
#include "eventtypes.h"
#include "jsonwriter.h"
#include "names.h"
#include "orgdata.h"
#include "prng.h"

#include <algorithm>

namespace demo {

namespace {

constexpr char Base62[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
constexpr char Hex[] = "0123456789abcdef";

void fillBase62(char *dst, int length, quint64 a, quint64 b) {
    for (int i = 0; i < length; ++i) {
        quint64 &src = (i & 1) ? b : a;
        dst[i] = Base62[src % 62];
        src = src / 62 ^ (src << 59);
    }
}

const EventType *pickType(quint64 roll, int totalWeight) {
    int pick = int(roll % quint64(totalWeight));
    for (int i = 0; i < eventTypeCount; ++i) {
        pick -= eventTypes[i].weight;
        if (pick < 0)
            return &eventTypes[i];
    }
    return &eventTypes[0];
}

} // namespace

LogGenerator::LogGenerator(const OrgData &org, quint64 seed, qint64 count, qint64 startMs, qint64 endMs)
    : m_seed(mix64(seed ^ 0x6c6f6773))
    , m_count(std::max<qint64>(0, count))
    , m_start(startMs)
    , m_span(std::max<qint64>(1, endMs - startMs)) {
    m_actors.reserve(org.users.size());
    for (int i = 0; i < org.users.size(); ++i) {
        const User &u = org.users[i];
        Actor a;
        a.ref.id = u.id;
        a.ref.alternateId = u.login().toUtf8();
        a.ref.displayName = (u.profile.value(QLatin1String("firstName")).toString() + QLatin1Char(' ') +
                             u.profile.value(QLatin1String("lastName")).toString())
                                .toUtf8();
        a.city = u.city;
        const quint64 h = mix64(m_seed ^ quint64(i));
        a.homeIp = (quint32(names::cities[u.city].ipFirstOctet) << 24) | (quint32(h) & 0xffff00u) |
                   (1 + quint32(h >> 32) % 254);
        m_actors.append(a);
        if (!u.roles.isEmpty())
            m_admins.append(i);
    }
    // A few more administrators so admin events are not all performed by one person.
    for (int i = 1; i < std::min<int>(6, int(m_actors.size())); ++i)
        m_admins.append(i);
    for (const Group &g : org.groups)
        m_groups.append(
            {g.id, QByteArrayLiteral("unknown"), g.profile.value(QLatin1String("name")).toString().toUtf8()});
    for (const App &a : org.apps) {
        m_apps.append({a.id, a.label.toUtf8(), a.label.toUtf8()});
        if (!a.clientId.isEmpty())
            m_clientApps.append(ClientApp{{a.clientId, a.clientId, a.label.toUtf8()}});
    }
    m_apiTokens = {org.apiTokenId, oktaId("00T", m_seed + 1), oktaId("00T", m_seed + 2)};
    m_system = {oktaId("0oa", m_seed ^ 0x5157E), QByteArrayLiteral("system@okta.com"),
                QByteArrayLiteral("Okta System")};
    for (int i = 0; i < eventTypeCount; ++i)
        m_totalWeight += eventTypes[i].weight;
}

qint64 LogGenerator::publishedAt(qint64 index) const {
    // Event i falls in its own slot [i*span/n, (i+1)*span/n): jitter inside the slot keeps
    // timestamps irregular while published() stays monotonic, so time bounds are binary
    // searches and cursors are plain indexes.
    const qint64 slot = index * m_span / std::max<qint64>(1, m_count);
    const qint64 nextSlot = (index + 1) * m_span / std::max<qint64>(1, m_count);
    const qint64 width = nextSlot - slot;
    const qint64 jitter = width > 1 ? qint64(mix64(m_seed + quint64(index)) % quint64(width)) : 0;
    return m_start + slot + jitter;
}

qint64 LogGenerator::lowerBound(qint64 ms) const {
    qint64 lo = 0, hi = m_count;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (publishedAt(mid) < ms)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

void LogGenerator::view(qint64 index, EventView &e) const {
    const quint64 r0 = mix64(m_seed ^ (quint64(index) * 0xD6E8FEB86659FD93ull));
    const quint64 r1 = mix64(r0), r2 = mix64(r1), r3 = mix64(r2), r4 = mix64(r3);
    e.index = index;
    e.published = publishedAt(index);
    e.type = pickType(r0, m_totalWeight);
    const EventType &t = *e.type;
    e.actor = t.adminActor && !m_admins.isEmpty() ? m_admins[int((r1 >> 8) % quint64(m_admins.size()))]
                                                  : int((r1 >> 8) % quint64(m_actors.size()));
    const Actor &actor = m_actors[e.actor];
    // Location and browser stay the person's; for Okta or an app they are the machine's.
    e.actorKind = EventView::ActorKind::Person;
    if (t.otherActorPercent > 0 && int((r4 >> 40) % 100) < t.otherActorPercent) {
        e.actorKind = t.otherActor;
        if (e.actorKind == EventView::ActorKind::ClientApp && m_clientApps.isEmpty())
            e.actorKind = EventView::ActorKind::Person;
    }
    const bool person = e.actorKind == EventView::ActorKind::Person;
    if (e.actorKind == EventView::ActorKind::ClientApp)
        e.actor = int((r4 >> 20) % quint64(m_clientApps.size()));
    // Admin changes are often scripted: Okta records the token's owner as the actor and the
    // token in transaction.detail.requestApiTokenId.
    e.apiToken =
        t.adminActor && person && (r4 >> 48) % 100 < 45 ? int((r4 >> 56) % quint64(m_apiTokens.size())) : -1;
    e.device = t.fromDevice && person && (r2 >> 52) % 100 < 55;
    // Most people stick to one browser; some events come from elsewhere.
    e.userAgent = int(((r1 >> 40) % 100 < 80 ? mix64(quint64(e.actor)) : r1) % names::userAgentCount);
    if (r2 % 100 < 7) {
        e.city = int((r2 >> 8) % names::cityCount);
        e.ip = (quint32(names::cities[e.city].ipFirstOctet) << 24) | (quint32(r2 >> 16) & 0xffff00u) |
               (1 + quint32(r2 >> 40) % 254);
    } else {
        e.city = actor.city;
        e.ip = actor.homeIp;
    }
    const int roll = int((r2 >> 20) % 100);
    e.reason = nullptr;
    e.severity = "INFO";
    e.result = t.successResult;
    if (t.failResult && roll < t.failPercent) {
        e.result = t.failResult;
        e.reason = t.failReason;
        e.severity = t.failSeverity;
    } else if (t.altResult && roll < t.failPercent + t.altPercent) {
        e.result = t.altResult;
        e.reason = "Sign-on policy requires additional verification";
    } else if (t.failSeverity[0] == 'W' && !t.failResult) {
        e.severity = t.failSeverity;
    }
    e.targetCount = 0;
    const EventView::TargetKind kinds[3] = {t.target1, t.target2, t.target3};
    for (EventView::TargetKind kind : kinds) {
        if (kind == EventView::TargetKind::None)
            continue;
        EventView::Target &target = e.targets[e.targetCount++];
        target.kind = kind;
        switch (kind) {
        case EventView::TargetKind::User:
            target.index = int(r3 % quint64(m_actors.size()));
            break;
        case EventView::TargetKind::Group:
            target.index = int((r3 >> 16) % quint64(m_groups.size()));
            break;
        case EventView::TargetKind::App:
            target.index = int((r3 >> 32) % quint64(m_apps.size()));
            break;
        case EventView::TargetKind::AppUser:
            target.index = t.adminActor || !person ? int(r4 % quint64(m_actors.size())) : e.actor;
            break;
        default:
            target.index = 0;
        }
    }
    e.session = mix64(m_seed ^ (quint64(e.actor) << 20) ^ quint64(e.published / 86400000));
    quint64 u1 = r3, u2 = r4;
    char *p = e.uuid;
    for (int i = 0; i < 36; ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            *p++ = '-';
            continue;
        }
        quint64 &src = i < 18 ? u1 : u2;
        *p++ = Hex[src & 15];
        src >>= 4;
    }
    e.uuid[14] = '1'; // a time-based UUID, like Okta's
    e.uuid[19] = Hex[8 | (r4 & 3)];
    fillBase62(e.requestId, 27, r1 ^ r4, r2 ^ r3);
}

QByteArray LogGenerator::ipText(quint32 ip) const {
    QByteArray s;
    s.reserve(15);
    for (int shift = 24; shift >= 0; shift -= 8) {
        s.append(QByteArray::number((ip >> shift) & 0xff));
        if (shift)
            s.append('.');
    }
    return s;
}

const char *LogGenerator::targetType(EventView::TargetKind kind) const {
    switch (kind) {
    case EventView::TargetKind::User:
        return "User";
    case EventView::TargetKind::Group:
        return "UserGroup";
    case EventView::TargetKind::App:
        return "AppInstance";
    case EventView::TargetKind::AppUser:
        return "AppUser";
    case EventView::TargetKind::Policy:
        return "PolicyEntity";
    case EventView::TargetKind::Rule:
        return "PolicyRule";
    case EventView::TargetKind::Token:
        return "Token";
    case EventView::TargetKind::None:
        break;
    }
    return "Unknown";
}

const LogGenerator::Ref &LogGenerator::actorRef(const EventView &e) const {
    switch (e.actorKind) {
    case EventView::ActorKind::System:
        return m_system;
    case EventView::ActorKind::ClientApp:
        return m_clientApps[e.actor].ref;
    case EventView::ActorKind::Person:
        break;
    }
    return m_actors[e.actor].ref;
}

const char *LogGenerator::actorType(const EventView &e) const {
    switch (e.actorKind) {
    case EventView::ActorKind::System:
        return "SystemPrincipal";
    case EventView::ActorKind::ClientApp:
        return "PublicClientApp";
    case EventView::ActorKind::Person:
        break;
    }
    return "User";
}

LogGenerator::Ref LogGenerator::targetRef(const EventView &e, EventView::Target t) const {
    switch (t.kind) {
    case EventView::TargetKind::User:
        return m_actors[t.index].ref;
    case EventView::TargetKind::Group:
        return m_groups[t.index];
    case EventView::TargetKind::App:
        return m_apps[t.index];
    case EventView::TargetKind::AppUser: {
        int app = 0;
        for (int i = 0; i < e.targetCount; ++i)
            if (e.targets[i].kind == EventView::TargetKind::App)
                app = e.targets[i].index;
        const Ref &user = m_actors[t.index].ref;
        return {oktaId("0ua", mix64(quint64(app) << 32 | quint64(t.index))), user.alternateId,
                user.displayName};
    }
    case EventView::TargetKind::Policy:
        return {oktaId("00p", m_seed), QByteArrayLiteral("unknown"), QByteArrayLiteral("Default Policy")};
    case EventView::TargetKind::Rule:
        return {oktaId("0pr", m_seed), QByteArrayLiteral("unknown"), QByteArrayLiteral("Default Rule")};
    case EventView::TargetKind::Token:
        return {oktaId("00T", m_seed + quint64(e.index)), QByteArrayLiteral("unknown"),
                QByteArrayLiteral("Automation token")};
    case EventView::TargetKind::None:
        break;
    }
    return {};
}

} // namespace demo

#pragma once

#include "scimevaluate.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace demo {

class JsonWriter;
class OrgData;

struct EventType;

// One System Log event in compact form: everything the JSON writer, the filter resolver
// and the keyword matcher need, derived from (seed, index) alone. Nothing per event is
// stored, so a million-event org costs no memory and any page can be produced directly.
struct EventView {
    enum class TargetKind : quint8 { None, User, Group, App, AppUser, Policy, Rule, Token };
    // Who performs the event: a person (User), Okta itself (SystemPrincipal), or an OAuth
    // client on its own behalf (PublicClientApp, client credentials).
    enum class ActorKind : quint8 { Person, System, ClientApp };
    struct Target {
        TargetKind kind = TargetKind::None;
        int index = 0;
    };

    qint64 index = 0;
    qint64 published = 0;
    const EventType *type = nullptr;
    ActorKind actorKind = ActorKind::Person;
    int actor = 0;       // a person: index into the org's users; a client app: into its apps
    int apiToken = -1;   // an admin change made with an API token: which one
    bool device = false; // signed in from a registered device
    int userAgent = 0;
    int city = 0;
    quint32 ip = 0;
    const char *result = "SUCCESS";
    const char *reason = nullptr;
    const char *severity = "INFO";
    int targetCount = 0;
    Target targets[3];
    quint64 session = 0;
    char uuid[36];
    char requestId[27];
};

// Okta's keyword match (q): the lower-case keyword equals the whole text or one of its
// words, split at spaces, hyphens and other punctuation.
bool keywordInText(QByteArrayView text, const QByteArray &lowerKeyword);

class LogGenerator {
public:
    LogGenerator(const OrgData &org, quint64 seed, qint64 count, qint64 startMs, qint64 endMs);

    qint64 count() const { return m_count; }
    qint64 publishedAt(qint64 index) const;
    qint64 lowerBound(qint64 ms) const; // first index published at or after ms

    void view(qint64 index, EventView &out) const;
    void write(JsonWriter &w, const EventView &e) const;

    // SCIM attribute support. The attributes filters use most are read from the view
    // directly (true); any other path of the LogEvent object is not (false), and the caller
    // reads it from the written event (resolveJsonPath), which is slower but complete.
    bool resolve(const EventView &e, QStringView path, FilterValues &out) const;
    // q: every keyword (lower-case UTF-8) must equal a value or a word inside one.
    bool matchesKeywords(const EventView &e, const QList<QByteArray> &keywords) const;

private:
    struct Ref {
        QByteArray id;
        QByteArray alternateId; // UTF-8
        QByteArray displayName; // UTF-8
    };
    struct Actor {
        Ref ref;
        int city = 0;
        quint32 homeIp = 0;
    };
    struct ClientApp {
        Ref ref; // id and alternateId: the client ID
    };
    QByteArray ipText(quint32 ip) const;
    void sessionText(const EventView &e, char *out) const; // 25 characters
    void writeTarget(JsonWriter &w, const EventView &e, EventView::Target t) const;
    Ref targetRef(const EventView &e, EventView::Target t) const;
    const Ref &actorRef(const EventView &e) const;
    const char *actorType(const EventView &e) const;
    void writeDevice(JsonWriter &w, const EventView &e) const;
    const char *targetType(EventView::TargetKind kind) const;
    template<typename F> void forEachText(const EventView &e, F &&f) const;

    quint64 m_seed;
    qint64 m_count;
    qint64 m_start;
    qint64 m_span;
    QList<Actor> m_actors;
    QList<int> m_admins; // actors that perform administrative events
    QList<Ref> m_groups;
    QList<Ref> m_apps;
    QList<ClientApp> m_clientApps; // OAuth apps that act on their own behalf
    QList<QByteArray> m_apiTokens; // the org's API token first
    Ref m_system;                  // Okta itself
    int m_totalWeight = 0;
};

} // namespace demo

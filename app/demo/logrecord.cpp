// The living System Log: what the org records while it runs.
#include "jsonwriter.h"
#include "logevents.h"
#include "orgdata.h"
#include "router.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace demo {

LogRef Router::userRef(int user) const {
    if (user < 0 || user >= m_org->users.size())
        return {};
    const User &u = m_org->users[user];
    const QString name = u.profile.value(QLatin1String("firstName")).toString() + QLatin1Char(' ') +
                         u.profile.value(QLatin1String("lastName")).toString();
    return {u.id, "User", u.login().toUtf8(), name.toUtf8()};
}

LogRef Router::groupRef(int group) const {
    const Group &g = m_org->groups[group];
    return {g.id, "UserGroup", "unknown", g.profile.value(QLatin1String("name")).toString().toUtf8()};
}

LogRef Router::appRef(int app) const {
    const App &a = m_org->apps[app];
    return {a.id, "AppInstance", a.name, a.label.toUtf8()};
}

void Router::record(const char *eventType, const char *displayMessage, QList<LogRef> targets,
                    const char *legacyEventType) {
    LiveEventSpec spec;
    spec.eventType = eventType;
    spec.displayMessage = displayMessage;
    spec.legacyEventType = legacyEventType;
    spec.actor = userRef(m_caller.user);
    spec.targets = std::move(targets);
    spec.requestId = m_requestId;
    spec.clientIp = "127.0.0.1"; // the demo org listens on loopback only
    if (m_request) {
        spec.requestUri = m_request->rawPath;
        spec.url = m_request->target;
        spec.userAgent = m_request->header("user-agent");
    }
    spec.clientId = m_caller.clientId;
    // An API token's calls name it: "transaction.detail.requestApiTokenId eq "00T…"" finds
    // every action made with one token (okta-api-notes.md 5.5).
    if (m_caller.allScopes)
        spec.apiTokenId = m_org->apiTokenId;
    m_live.append(orgNow(), spec);
}

void Router::recordFor(int user, const QByteArray &clientId, const char *eventType,
                       const char *displayMessage, QList<LogRef> targets) {
    const Principal saved = m_caller;
    m_caller = Principal();
    m_caller.user = user;
    m_caller.clientId = clientId;
    record(eventType, displayMessage, std::move(targets));
    m_caller = saved;
}

void Router::addBackgroundEvents() {
    const int rate = m_options.liveEventsPerSecond;
    if (rate <= 0 || m_logs->count() == 0)
        return;
    const qint64 due = m_liveClock.elapsed() * rate / 1000 - m_backgroundAdded;
    // The activity of the org's people and apps: generated events, happening now.
    for (qint64 i = 0; i < due; ++i) {
        EventView event;
        m_logs->view(qint64(QRandomGenerator::global()->bounded(quint64(m_logs->count()))), event);
        QByteArray json;
        JsonWriter w(json);
        m_logs->write(w, event);
        QJsonObject object = QJsonDocument::fromJson(json).object();
        const QString requestId = QString::fromLatin1(randomToken(27));
        QJsonObject transaction = object.value(QLatin1String("transaction")).toObject();
        transaction.insert(QLatin1String("id"), requestId);
        object.insert(QLatin1String("transaction"), transaction);
        QJsonObject debug = object.value(QLatin1String("debugContext")).toObject();
        QJsonObject data = debug.value(QLatin1String("debugData")).toObject();
        data.insert(QLatin1String("requestId"), requestId);
        debug.insert(QLatin1String("debugData"), data);
        object.insert(QLatin1String("debugContext"), debug);
        m_live.appendJson(orgNow(), std::move(object));
    }
    m_backgroundAdded += std::max<qint64>(due, 0);
}

} // namespace demo

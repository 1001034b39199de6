#include "logsavedsearches.h"

#include "core/profiles/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace okta {

namespace {
constexpr QLatin1StringView DataKey("logSearches");
constexpr QLatin1StringView NameKey("name");
constexpr QLatin1StringView SearchKey("search");
} // namespace

LogSavedSearches::LogSavedSearches(ProfileStore *profiles, const QString &profileId, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_profileId(profileId) {
    load();
}

void LogSavedSearches::load() {
    if (!isPersistent())
        return;
    const QJsonArray list = QJsonDocument::fromJson(m_profiles->data(m_profileId, DataKey)).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(NameKey).toString().trimmed();
        // A search this version cannot read is skipped, not guessed at.
        if (const auto request = LogSearchRequest::fromJson(o.value(SearchKey).toObject());
            request && !name.isEmpty())
            m_entries.append({name, *request});
    }
}

QStringList LogSavedSearches::names() const {
    QStringList out;
    for (const Entry &e : m_entries)
        out.append(e.name);
    return out;
}

std::optional<LogSearchRequest> LogSavedSearches::search(const QString &name) const {
    for (const Entry &e : m_entries)
        if (e.name == name)
            return e.request;
    return std::nullopt;
}

bool LogSavedSearches::save(const QString &name, const LogSearchRequest &request, QString *error) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Enter a name for the search.");
        return false;
    }
    const QList<Entry> before = m_entries;
    auto it =
        std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.name == trimmed; });
    if (it != m_entries.end())
        it->request = request;
    else
        m_entries.append({trimmed, request});
    if (!store(error)) {
        m_entries = before;
        return false;
    }
    Q_EMIT changed();
    return true;
}

void LogSavedSearches::remove(const QString &name) {
    const qsizetype removed = m_entries.removeIf([&](const Entry &e) { return e.name == name; });
    if (removed == 0)
        return;
    QString ignored;
    store(&ignored);
    Q_EMIT changed();
}

bool LogSavedSearches::store(QString *error) {
    if (!isPersistent())
        return true;
    QJsonArray list;
    for (const Entry &e : m_entries)
        list.append(QJsonObject{{NameKey, e.name}, {SearchKey, e.request.toJson()}});
    const ProfileStore::Result r =
        m_profiles->setData(m_profileId, DataKey, QJsonDocument(list).toJson(QJsonDocument::Compact));
    if (!r.ok())
        *error = r.errorString;
    return r.ok();
}

} // namespace okta

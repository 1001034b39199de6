#pragma once

#include "logrequest.h"

#include "core/profiles/profilestore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace okta {

// The System Log searches an admin saved under a name, per org profile: kept with the
// profile in its settings (and removed with it). Without a profile (the demo org) they
// last for the session.
class LogSavedSearches : public QObject {
    Q_OBJECT
public:
    // `profiles` nullptr or `profileId` empty: kept in memory only.
    LogSavedSearches(ProfileStore *profiles, const QString &profileId, QObject *parent = nullptr);

    bool isPersistent() const { return m_profiles && !m_profileId.isEmpty(); }
    QStringList names() const; // in the order they were first saved
    std::optional<LogSearchRequest> search(const QString &name) const;
    // Replaces a search of the same name. False with `error` when the name is empty or the
    // settings could not be written.
    bool save(const QString &name, const LogSearchRequest &request, QString *error);
    void remove(const QString &name);

Q_SIGNALS:
    void changed();

private:
    struct Entry {
        QString name;
        LogSearchRequest request;
    };
    void load();
    bool store(QString *error);

    QPointer<ProfileStore> m_profiles;
    QString m_profileId;
    QList<Entry> m_entries;
};

} // namespace okta

#pragma once

#include "logquery.h"
#include "logtimerange.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace okta {

// A System Log search as an admin sets it up: what to match (the query), over which time
// range, and how much to fetch. Saved searches keep it; resolving it at a moment gives the
// LogQuery to send. The same value drives the GUI's form and the CLI.
struct LogSearchRequest {
    Q_DECLARE_TR_FUNCTIONS(okta::LogSearchRequest)
public:
    enum class Mode {
        FirstN, // the first N events, one page when N fits
        All,    // every page of the range
        Tail,   // polls for new events until stopped (no until, ascending)
    };
    static constexpr qint64 DefaultFirstN = 200;
    static constexpr qint64 MaxFirstN = 1000000;

    LogQuery query; // its since and until are replaced by the range's
    LogTimeRange range;
    Mode mode = Mode::FirstN;
    qint64 firstN = DefaultFirstN;

    // The query to send at `now`. A tail is a polling query: since the range's start, no
    // until, ascending. "First N" asks for no more than N events per page.
    LogQuery resolved(const QDateTime &now) const;
    std::optional<QString> validate(const QDateTime &now) const;

    static QString modeKey(Mode mode); // "first", "all", "tail"
    static std::optional<Mode> modeFromKey(QStringView key);

    // For saved searches (our own small JSON, never Okta's).
    QJsonObject toJson() const;
    static std::optional<LogSearchRequest> fromJson(const QJsonObject &json);

    friend bool operator==(const LogSearchRequest &, const LogSearchRequest &);
};

} // namespace okta

#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace okta {

// A System Log search as the Okta connector's "Search System Log" card describes it:
// keyword -> q; each predefined field -> key eq "value", joined with `and`; the custom
// filter appended with `and (…)`; a time range, an order and a page size. The same value
// drives the GUI and the CLI.
struct LogQuery {
    Q_DECLARE_TR_FUNCTIONS(okta::LogQuery)
public:
    enum class Order { Ascending, Descending };

    QString keyword;                       // q: space-separated keywords
    QList<QPair<QString, QString>> fields; // (eventType, user.session.start), …
    QString customFilter;
    QDateTime since; // invalid: Okta's default (7 days before until)
    QDateTime until; // invalid: now (a polling query when ascending)
    Order order = Order::Descending;
    int limit = 1000; // page size, 0–1000

    // The combined filter expression, or empty when there is none.
    QString filterExpression() const;
    // Query parameters for GET /api/v1/logs (QUrlQuery with filter values fully
    // percent-encoded, so `+` travels as %2B).
    QUrlQuery toUrlQuery() const;
    // A polling query: no `until` and ascending; its `next` link never ends.
    bool isPolling() const { return !until.isValid() && order == Order::Ascending; }
    // Checks keyword limits (10 keywords, 40 characters each), the page size, the time
    // range and the custom filter's syntax; returns a translated message on error.
    std::optional<QString> validate() const;
    // The same against a given "now" (the 180-day check, no future times), for tests and
    // for replaying a saved query.
    std::optional<QString> validate(const QDateTime &now) const;
    // The keyword rules alone (at most 10 keywords of at most 40 characters), for a form
    // that checks as the admin types.
    static std::optional<QString> keywordProblem(const QString &keyword);
    // The custom filter's syntax alone, with the position of an error.
    static std::optional<QString> customFilterProblem(const QString &customFilter);

    // Reads KEY=VALUE arguments (the CLI's --field) into `fields`; false with `error` set
    // for one without a key.
    static bool parseFieldArguments(const QStringList &arguments, QList<QPair<QString, QString>> *fields,
                                    QString *error);

    static QString formatTimestamp(const QDateTime &time); // 2026-05-01T12:00:00.000Z

private:
    static QString publishedRefused();
};

} // namespace okta

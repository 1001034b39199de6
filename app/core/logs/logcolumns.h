#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace okta {

class LogEvent;

// The columns of a System Log results table, in one place for the GUI's table, its column
// chooser and its CSV export: what each is called (for people, and as a CSV header named
// after the event's JSON) and the text a column shows for an event.
class LogColumns {
    Q_DECLARE_TR_FUNCTIONS(okta::LogColumns)
public:
    enum Column {
        Time,
        Severity,
        EventType,
        Message,
        Actor,
        Targets,
        Outcome,
        ClientIp,
        Location,
        Client,
        Count
    };

    static QList<Column> all();
    // The columns a new table shows; the others are a click away in the column chooser.
    static QList<Column> defaults();
    static QString title(Column column);  // translated: "Time", "Event type", …
    static QString header(Column column); // for CSV: "published", "eventType", …

    // The column's text for an event, unescaped (escape it where it is shown or written).
    // Time is Okta's published text (UTC); Actor is the display name or, without one, the
    // alternate ID; Targets lists "name (type)" pairs.
    static QString text(const LogEvent &event, Column column);
};

} // namespace okta

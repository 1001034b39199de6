#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace okta {

// The System Log facts a search form needs, in one place: the predefined fields of the
// Okta connector's "Search System Log" card (each becomes `key eq "value"`), the values
// Okta documents for severity and outcome, and event types admins search for most.
class LogFields {
    Q_DECLARE_TR_FUNCTIONS(okta::LogFields)
public:
    // How the form asks for a field's value.
    enum class Input { Text, EventType, Severity, Outcome };

    struct Field {
        QString key; // the filter attribute: eventType, actor.id, …
        Input input = Input::Text;
    };

    // The predefined fields, in the order the form shows them.
    static const QList<Field> &predefined();
    static bool isPredefined(QStringView key);
    // The field's name as a person reads it ("Actor display name"), translated.
    static QString label(QStringView key);

    static QStringList severities(); // DEBUG, INFO, WARN, ERROR
    static QStringList outcomes();   // SUCCESS, FAILURE, … (LogEvent's outcome.result)
    // Well-known event types from Okta's event type catalogue, sorted.
    static const QStringList &knownEventTypes();

    // The predefined field a value at `jsonPath` of an event belongs to ("target.1.id" ->
    // "target.id", "outcome.result" -> itself), or empty when the form has none for it.
    static QString fieldForPath(QStringView jsonPath);
    // The same path as a filter attribute ("target.1.id" -> "target.id"): array indexes
    // dropped, since the System Log matches a multi-valued attribute on any element.
    static QString attributeForPath(QStringView jsonPath);
};

} // namespace okta

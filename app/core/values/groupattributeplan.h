#pragma once

#include "group.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace okta {

// One group in "set attribute A to V on every group a user belongs to": what the preview
// plans for it and, once applied, what happened.
struct GroupAttributeChange {
    Q_DECLARE_TR_FUNCTIONS(okta::GroupAttributeChange)

public:
    enum class Action {
        Update,       // the value differs: PUT the group's profile with it
        Unchanged,    // the group already has the value
        SkipAppGroup, // APP_GROUP: its profile belongs to the app that imports it
        SkipBuiltIn,  // BUILT_IN (Everyone): Okta lets no one edit it
    };
    enum class Result {
        Planned,      // nothing sent yet (a preview, or a dry run)
        Updated,      // Okta stored the new value
        AlreadySet,   // read again just before the update, the group had the value already
        Failed,       // Okta refused or could not be reached: `message` says why
        NotAttempted, // cancelled before its turn
        Skipped,      // Unchanged or an app/built-in group: never sent
    };

    QString groupId;
    QString groupName; // Okta's text, untrusted
    QString groupType;
    QJsonValue current; // the value when the plan was made; Undefined when not set
    Action action = Action::Update;
    Result result = Result::Planned;
    QString message;

    QString actionText() const;
    QString resultText() const; // with the message, for a failure
    // Why a group is skipped, in a sentence (a tooltip); empty for the others.
    QString skipReason() const;
};

// The whole preview: the user, the attribute, the value and one change per group. Built
// by make() from the user's groups, as Okta listed them; the apply job fills in results.
struct GroupAttributePlan {
    Q_DECLARE_TR_FUNCTIONS(okta::GroupAttributePlan)

public:
    QString userId;
    QString userLogin; // Okta's text, untrusted
    QString attribute;
    QJsonValue value; // null clears the attribute
    QList<GroupAttributeChange> changes;
    QStringList notes; // what the admin should know (a schema that could not be read, …)

    static GroupAttributePlan make(const QString &userId, const QString &userLogin, const QString &attribute,
                                   const QJsonValue &value, const QList<Group> &groups);

    // Whether `value` is what `current` already holds (absent and null count as cleared).
    static bool sameValue(const QJsonValue &current, const QJsonValue &value);

    qsizetype count(GroupAttributeChange::Action action) const;
    qsizetype count(GroupAttributeChange::Result result) const;
    // "12 groups: 9 to update, 1 already set, 2 skipped (app or built-in groups)".
    QString previewSummary() const;
    // "9 updated, 1 already set, 2 skipped, 1 failed, 0 not attempted".
    QString resultSummary() const;
};

} // namespace okta

#include "groupattributeplan.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace okta {

namespace {

QJsonValue profileValue(const Group &group, const QString &attribute) {
    const QJsonDocument doc = QJsonDocument::fromJson(group.raw.toByteArray());
    return doc.object().value(QLatin1String("profile")).toObject().value(attribute);
}

} // namespace

QString GroupAttributeChange::actionText() const {
    switch (action) {
    case Action::Update:
        return tr("Update");
    case Action::Unchanged:
        return tr("Already set");
    case Action::SkipAppGroup:
        return tr("Skipped: app group");
    case Action::SkipBuiltIn:
        return tr("Skipped: built-in group");
    }
    return {};
}

QString GroupAttributeChange::skipReason() const {
    switch (action) {
    case Action::SkipAppGroup:
        return tr(
            "An app group's profile belongs to the app that imports it; Okta does not let you edit it.");
    case Action::SkipBuiltIn:
        return tr("Okta does not let anyone edit a built-in group such as Everyone.");
    case Action::Unchanged:
        return tr("The group already has this value.");
    case Action::Update:
        break;
    }
    return {};
}

QString GroupAttributeChange::resultText() const {
    switch (result) {
    case Result::Planned:
        return action == Action::Update ? tr("Will be updated") : actionText();
    case Result::Updated:
        return tr("Updated");
    case Result::AlreadySet:
        return tr("Already set (read again before the update)");
    case Result::Failed:
        return message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(message);
    case Result::NotAttempted:
        return tr("Not attempted (cancelled)");
    case Result::Skipped:
        return actionText();
    }
    return {};
}

bool GroupAttributePlan::sameValue(const QJsonValue &current, const QJsonValue &value) {
    const bool currentEmpty = current.isNull() || current.isUndefined();
    const bool valueEmpty = value.isNull() || value.isUndefined();
    if (currentEmpty || valueEmpty)
        return currentEmpty == valueEmpty;
    return current == value;
}

GroupAttributePlan GroupAttributePlan::make(const QString &userId, const QString &userLogin,
                                            const QString &attribute, const QJsonValue &value,
                                            const QList<Group> &groups) {
    GroupAttributePlan plan;
    plan.userId = userId;
    plan.userLogin = userLogin;
    plan.attribute = attribute;
    plan.value = value;
    plan.changes.reserve(groups.size());
    for (const Group &g : groups) {
        GroupAttributeChange c;
        c.groupId = g.id;
        c.groupName = g.name;
        c.groupType = g.type;
        c.current = profileValue(g, attribute);
        if (g.type == QLatin1String("APP_GROUP"))
            c.action = GroupAttributeChange::Action::SkipAppGroup;
        else if (!g.isProfileEditable())
            c.action = GroupAttributeChange::Action::SkipBuiltIn;
        else if (sameValue(c.current, value))
            c.action = GroupAttributeChange::Action::Unchanged;
        plan.changes.append(c);
    }
    return plan;
}

qsizetype GroupAttributePlan::count(GroupAttributeChange::Action action) const {
    return std::count_if(changes.begin(), changes.end(),
                         [action](const GroupAttributeChange &c) { return c.action == action; });
}

qsizetype GroupAttributePlan::count(GroupAttributeChange::Result result) const {
    return std::count_if(changes.begin(), changes.end(),
                         [result](const GroupAttributeChange &c) { return c.result == result; });
}

QString GroupAttributePlan::previewSummary() const {
    using A = GroupAttributeChange::Action;
    const qsizetype skipped = count(A::SkipAppGroup) + count(A::SkipBuiltIn);
    return tr("%n group(s): ", nullptr, int(changes.size())) +
           tr("%n to update, ", nullptr, int(count(A::Update))) +
           tr("%n already set, ", nullptr, int(count(A::Unchanged))) +
           tr("%n skipped (app or built-in groups, which Okta does not let you edit)", nullptr, int(skipped));
}

QString GroupAttributePlan::resultSummary() const {
    using R = GroupAttributeChange::Result;
    const qsizetype alreadySet = count(R::AlreadySet) + count(GroupAttributeChange::Action::Unchanged);
    const qsizetype skipped = count(R::Skipped) - count(GroupAttributeChange::Action::Unchanged);
    return tr("%n updated, ", nullptr, int(count(R::Updated))) +
           tr("%n already set, ", nullptr, int(alreadySet)) + tr("%n skipped, ", nullptr, int(skipped)) +
           tr("%n failed, ", nullptr, int(count(R::Failed))) +
           tr("%n not attempted", nullptr, int(count(R::NotAttempted)));
}

} // namespace okta

#pragma once

#include "logevents.h"

namespace demo {

struct EventType {
    const char *eventType;
    const char *displayMessage;
    const char *legacyEventType; // nullptr: null
    int weight;                  // relative frequency
    EventView::TargetKind target1;
    EventView::TargetKind target2;
    bool adminActor; // performed by an administrator
    const char *requestUri;
    const char *transactionType; // WEB or JOB
    int authKind;                // 0 none, 1 password, 2 MFA factor
    const char *successResult;
    const char *altResult; // nullptr: none
    int altPercent;
    const char *failResult; // nullptr: never fails
    const char *failReason;
    int failPercent;
    const char *failSeverity;
    EventView::TargetKind target3 = EventView::TargetKind::None;
    EventView::ActorKind otherActor =
        EventView::ActorKind::Person; // who performs otherActorPercent of these events
    int otherActorPercent = 0;
    bool fromDevice = false; // a sign-in: some come from a registered device
};

extern const EventType eventTypes[];
extern const int eventTypeCount;

} // namespace demo

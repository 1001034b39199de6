#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace okta {

struct OktaResult;
struct ServiceAccountRequest;

// Whether something exists in the org, as last read back. Unknown: the read itself failed,
// so nobody can say; the admin is told so, and an undo treats it as possibly there.
enum class Presence { Absent, Present, Unknown };

// What onboarding has put into the org so far, each part known only by reading it back
// by id (Okta's search index lags; reads by id do not).
struct Footprint {
    Q_DECLARE_TR_FUNCTIONS(okta::Footprint)

public:
    Presence user = Presence::Absent;
    QString userId;
    QString userStatus; // ACTIVE, PROVISIONED, DEPROVISIONED, …
    Presence role = Presence::Absent;
    QString roleAssignmentId;
    Presence app = Presence::Absent;

    bool isEmpty() const {
        return user == Presence::Absent && role == Presence::Absent && app == Presence::Absent;
    }
    // Plain sentences, one a line, of exactly what exists (or may exist) in the org; "Nothing
    // was created in the org." when nothing does. Okta's texts appear as given: escape them
    // where they are printed or shown.
    QString describe(const ServiceAccountRequest &request) const;
};

// Readings of Okta's answers, pure so they can be tested on their own.
namespace readback {

// A user as GET /api/v1/users/{id} or POST /api/v1/users returns it.
struct Account {
    QString id;
    QString login;
    QString status;
    QString transitioningToStatus; // set while Okta is still activating
    static Account fromJson(const QJsonDocument &json);
};

// A failed write whose outcome Okta left open (a 5xx, a dropped connection, a timeout, a
// body that is not JSON): the change may have happened, so read it back. A 4xx or a
// request refused before sending means Okta did not make it.
bool outcomeUncertain(const OktaResult &result);

// The reading of a GET by id: 200 Present, 404 Absent, anything else Unknown.
Presence presenceOf(const OktaResult &read);

// Whether the user holds `roleType` directly, from the bytes of GET /api/v1/users/{id}/roles
// (asked with setParseJson(false));
// `*assignmentId` receives the assignment's id. Prefers `knownId` when given.
Presence roleIn(const OktaResult &roles, const QString &roleType, const QString &knownId,
                QString *assignmentId);

} // namespace readback

} // namespace okta

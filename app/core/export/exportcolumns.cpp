#include "exportcolumns.h"

namespace okta {

template<> const QList<ExportColumn<User>> &exportColumns<User>() {
    static const QList<ExportColumn<User>> columns = {
        {"id",
         [](const User &u) {
             return u.id;
         }},
        {"status",
         [](const User &u) {
             return u.status;
         }},
        {"profile.login",
         [](const User &u) {
             return u.login;
         }},
        {"profile.firstName",
         [](const User &u) {
             return u.firstName;
         }},
        {"profile.lastName",
         [](const User &u) {
             return u.lastName;
         }},
    };
    return columns;
}

template<> const QList<ExportColumn<Group>> &exportColumns<Group>() {
    static const QList<ExportColumn<Group>> columns = {
        {"id",
         [](const Group &g) {
             return g.id;
         }},
        {"type",
         [](const Group &g) {
             return g.type;
         }},
        {"profile.name",
         [](const Group &g) {
             return g.name;
         }},
        {"_embedded.stats.usersCount", // asked for with expand=stats; empty otherwise
         [](const Group &g) {
             return g.usersCount < 0 ? QString() : QString::number(g.usersCount);
         }},
    };
    return columns;
}

template<> const QList<ExportColumn<App>> &exportColumns<App>() {
    static const QList<ExportColumn<App>> columns = {
        {"id",
         [](const App &a) {
             return a.id;
         }},
        {"status",
         [](const App &a) {
             return a.status;
         }},
        {"name",
         [](const App &a) {
             return a.name;
         }},
        {"label",
         [](const App &a) {
             return a.label;
         }},
    };
    return columns;
}

template<> const QList<ExportColumn<ScopeGrant>> &exportColumns<ScopeGrant>() {
    static const QList<ExportColumn<ScopeGrant>> columns = {
        {"id",
         [](const ScopeGrant &g) {
             return g.id;
         }},
        {"scopeId",
         [](const ScopeGrant &g) {
             return g.scopeId;
         }},
        {"status",
         [](const ScopeGrant &g) {
             return g.status;
         }},
        {"source",
         [](const ScopeGrant &g) {
             return g.source;
         }},
        {"issuer",
         [](const ScopeGrant &g) {
             return g.issuer;
         }},
    };
    return columns;
}

template<> const QList<ExportColumn<LogEvent>> &exportColumns<LogEvent>() {
    static const QList<ExportColumn<LogEvent>> columns = {
        {"published",
         [](const LogEvent &e) {
             return e.publishedText();
         }},
        {"eventType",
         [](const LogEvent &e) {
             return e.eventType();
         }},
        {"outcome.result",
         [](const LogEvent &e) {
             return e.outcome();
         }},
        {"actor.alternateId",
         [](const LogEvent &e) {
             return e.actor().alternateId;
         }},
        {"displayMessage",
         [](const LogEvent &e) {
             return e.displayMessage();
         }},
    };
    return columns;
}

} // namespace okta

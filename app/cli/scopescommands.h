#pragma once

#include "commands.h"

#include "core/values/app.h"
#include "core/values/scopegrant.h"

#include <QList>
#include <QPointer>

namespace okta {
class GrantApplyJob;
}

namespace oktadesk::cli {

// `scopes list|grant|revoke --app APP …`; nullptr with `*error` for an unknown subcommand,
// missing arguments, or a scope no layer may send (exit 2, before anything is sent).
Command *createScopesCommand(const QStringList &words, const Options &options, QString *error);

// Finds the app (id, exact label or client ID among every app of the org), lists its
// grants, then lists the scopes (the default list, with --all the catalogue) or grants or
// revokes the named ones through core's GrantApplyJob (--dry-run: says what it would send).
class ScopesCommand : public Command {
    Q_OBJECT
public:
    enum class Kind { List, Grant, Revoke };
    ScopesCommand(Kind kind, const Options &options, const QStringList &scopes);
    ~ScopesCommand() override;
    void start() override;

private:
    void findApp();
    void listGrants(const okta::App &app);
    void list(const QList<okta::ScopeGrant> &grants);
    void change(const okta::App &app, const QList<okta::ScopeGrant> &grants);

    Kind m_kind;
    QStringList m_scopes;
    QList<okta::App> m_apps;
    QPointer<okta::GrantApplyJob> m_job;
};

} // namespace oktadesk::cli

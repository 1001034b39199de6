// `oktadesk-cli whoami`: who the credential belongs to and whether that account is a
// super admin, asked through core's WhoAmIJob like the wizard and the window ask it.
#include "commands.h"

#include "core/okta/oktaclient.h"
#include "core/okta/whoamijob.h"
#include "core/values/textescape.h"

namespace oktadesk::cli {

void WhoAmICommand::start() {
    connectToOrg([this] { run(); });
}

void WhoAmICommand::run() {
    auto *job = new okta::WhoAmIJob(m_client);
    connect(job, &okta::WhoAmIJob::finished, this, [this](okta::WhoAmIJob *done) {
        if (done->stage() == okta::WhoAmIJob::Stage::Failed) {
            if (done->userResult().ok())
                failWith(Failure, done->errorString()); // answered, but not with a user
            else
                fail(done->userResult());
            return;
        }
        const okta::WhoAmI &me = done->whoAmI();
        // The login is the account's own text: one line, escaped like every text from Okta.
        printLine(stdout, tr("%1 (%2) on %3")
                              .arg(okta::escapeControls(me.login), okta::escapeControls(me.userId),
                                   m_client->baseUrl().authority()));
        if (!me.rolesKnown) {
            failWith(Failure, tr("the admin roles could not be read: %1").arg(done->rolesError()));
            return;
        }
        const QStringList types = me.roleTypes();
        printLine(stdout,
                  tr("Admin roles: %1").arg(types.isEmpty() ? tr("none") : types.join(QLatin1String(", "))));
        if (me.superAdmin() == okta::WhoAmI::SuperAdmin::Yes)
            printLine(stdout, tr("Super admin: yes"));
        else
            printLine(stdout, tr("Super admin: NO — %1").arg(me.superAdminWarning()));
        finish(Ok);
    });
    job->start();
}

} // namespace oktadesk::cli

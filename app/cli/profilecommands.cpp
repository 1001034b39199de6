#include "profilecommands.h"

#include "core/export/exportfile.h"
#include "core/export/recordwriter.h"

#include "core/auth/browsersignin.h"
#include "core/auth/orgdomain.h"
#include "core/okta/errormessages.h"
#include "core/okta/oktaclient.h"
#include "core/okta/whoamijob.h"
#include "core/profiles/profileremover.h"
#include "core/scopes/scopecatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace oktadesk::cli {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("oktadesk::cli", text);
}

QString methodName(okta::AuthMethod method) {
    return method == okta::AuthMethod::ApiToken ? QStringLiteral("api-token") : QStringLiteral("browser");
}

} // namespace

ProfileContext::ProfileContext(QObject *parent)
    : QObject(parent)
    , m_settings(QStringLiteral("OktaDesk"), QStringLiteral("OktaDesk"))
    , m_profiles(&m_settings)
    , m_secrets(&m_store, &m_profiles) {}

ProfileContext::~ProfileContext() = default;

Command *createProfilesCommand(const QStringList &words, const Options &options, QString *error) {
    const QString sub = words.value(0);
    const QStringList args = words.mid(1);
    const auto needs = [&](qsizetype count, const char *usage) {
        if (args.size() == count)
            return true;
        *error = tr("usage: %1").arg(QLatin1String(usage));
        return false;
    };
    if (sub == QLatin1String("list"))
        return needs(0, "oktadesk-cli profiles list [--format json|table]")
                   ? new ProfilesListCommand(options, args)
                   : nullptr;
    if (sub == QLatin1String("add"))
        return needs(1, "oktadesk-cli profiles add NAME --org DOMAIN (--token-env VAR | --client-id ID "
                        "[--client-secret-env VAR] [--port N])")
                   ? new ProfilesAddCommand(options, args)
                   : nullptr;
    if (sub == QLatin1String("remove"))
        return needs(1, "oktadesk-cli profiles remove NAME [--force]")
                   ? new ProfilesRemoveCommand(options, args)
                   : nullptr;
    if (sub == QLatin1String("rename"))
        return needs(2, "oktadesk-cli profiles rename OLD NEW") ? new ProfilesRenameCommand(options, args)
                                                                : nullptr;
    if (sub == QLatin1String("login"))
        return needs(1, "oktadesk-cli profiles login NAME [--timeout SECONDS]")
                   ? new ProfilesLoginCommand(options, args)
                   : nullptr;
    *error = sub.isEmpty() ? tr("profiles needs a subcommand: list, add, remove, rename or login.")
                           : tr("unknown command \"profiles %1\" (see --help).").arg(sub);
    return nullptr;
}

ProfileContext *ProfileCommand::context() {
    if (!m_context)
        m_context = new ProfileContext(this);
    return m_context;
}

std::optional<okta::Profile> ProfileCommand::findProfile(const QString &name) {
    auto profile = context()->profiles().byName(name);
    if (!profile)
        failUsage(tr("there is no saved profile named \"%1\" (see `oktadesk-cli profiles list`).").arg(name));
    return profile;
}

void ProfilesListCommand::start() {
    const QString current = context()->profiles().currentProfileId();
    okta::ExportFile out(m_options.output);
    QString error;
    if (!out.open(&error)) {
        failUsage(error);
        return;
    }
    okta::RecordWriter writer(m_options.format,
                              {QStringLiteral("name"), QStringLiteral("domain"), QStringLiteral("method"),
                               QStringLiteral("clientId"), QStringLiteral("redirectPort"),
                               QStringLiteral("current")},
                              out.device());
    for (const okta::Profile &p : context()->profiles().list()) {
        // Never a secret: the keychain entries are not even read. (Our own record, built
        // here; Okta's objects are written as their original bytes.)
        const QJsonObject row{{QStringLiteral("id"), p.id},
                              {QStringLiteral("name"), p.name},
                              {QStringLiteral("domain"), p.domain},
                              {QStringLiteral("method"), methodName(p.authMethod)},
                              {QStringLiteral("clientId"), p.clientId},
                              {QStringLiteral("redirectPort"), int(p.redirectPort)},
                              {QStringLiteral("scopes"), QJsonArray::fromStringList(p.scopes)},
                              {QStringLiteral("current"), p.id == current}};
        writer.add(QJsonDocument(row).toJson(QJsonDocument::Compact),
                   {p.name, p.domain, methodName(p.authMethod), p.clientId, QString::number(p.redirectPort),
                    p.id == current ? QStringLiteral("true") : QStringLiteral("false")});
    }
    if (!writer.finish() || !out.commit(&error)) {
        failWith(Failure, writer.errorString().isEmpty() ? error : writer.errorString());
        return;
    }
    finish(Ok);
}

void ProfilesAddCommand::start() {
    const Options &o = m_options;
    const QString name = m_arguments.value(0).trimmed();
    if (o.org.isEmpty()) {
        failUsage(tr("profiles add needs --org DOMAIN."));
        return;
    }
    const bool apiToken = !o.tokenEnv.isEmpty();
    if (apiToken == !o.clientId.isEmpty()) {
        failUsage(tr("profiles add needs exactly one of --token-env VAR (API token) or --client-id ID "
                     "(browser sign-in)."));
        return;
    }
    if (apiToken && (!o.clientSecretEnv.isEmpty() || o.portSet)) {
        failUsage(tr("--client-secret-env and --port belong to a browser profile (--client-id), not to "
                     "--token-env."));
        return;
    }
    if (!o.profile.isEmpty()) {
        failUsage(tr("profiles add takes the profile name as an argument, not --profile."));
        return;
    }
    const okta::OrgDomainResult domain = okta::OrgDomain::normalise(o.org);
    if (!domain.ok()) {
        failUsage(tr("--org: %1").arg(domain.message));
        return;
    }
    if (domain.status == okta::OrgDomainResult::Status::Warning)
        printLine(stderr, tr("oktadesk-cli: warning: %1").arg(domain.message));

    okta::ProfileSecretMap &secrets = m_secrets;
    okta::Profile &profile = m_profile;
    profile.name = name;
    profile.domain = domain.host;
    if (apiToken) {
        const okta::Secret token = secretFromEnvironment(o.tokenEnv);
        if (token.isEmpty()) {
            failUsage(tr("the environment variable %1 is not set or empty; it must hold the API token.")
                          .arg(o.tokenEnv));
            return;
        }
        profile.authMethod = okta::AuthMethod::ApiToken;
        secrets.insert(okta::SecretKind::ApiToken, token);
    } else {
        profile.authMethod = okta::AuthMethod::BrowserPkce;
        profile.clientId = o.clientId.trimmed();
        profile.redirectPort = o.portSet ? quint16(o.port) : okta::BrowserSignIn::DefaultPort;
        if (profile.redirectPort == 0) {
            failUsage(tr("--port: Okta accepts only the exact redirect URI registered on the app, port "
                         "included; 0 is not a port one can register."));
            return;
        }
        // Read scopes only; a write feature is turned on by reauthorizing (see ScopeAccess).
        profile.scopes = okta::ScopeCatalog::requestedScopes();
        if (!o.clientSecretEnv.isEmpty()) {
            const okta::Secret secret = secretFromEnvironment(o.clientSecretEnv);
            if (secret.isEmpty()) {
                failUsage(
                    tr("the environment variable %1 is not set or empty; it must hold the client secret.")
                        .arg(o.clientSecretEnv));
                return;
            }
            secrets.insert(okta::SecretKind::ClientSecret, secret);
        }
    }

    if (context()->profiles().byName(name)) {
        failUsage(okta::ProfileStore::errorMessage(okta::ProfileStore::Error::DuplicateName));
        return;
    }
    if (apiToken)
        checkToken(domain); // as the wizard does: a token the org refuses is never saved
    else
        save();
}

void ProfilesAddCommand::checkToken(const okta::OrgDomainResult &domain) {
    m_nam = new QNetworkAccessManager(this);
    m_authorizer = new okta::StaticAuthorizer(okta::StaticAuthorizer::Scheme::Ssws,
                                              m_secrets.value(okta::SecretKind::ApiToken), this);
    m_client = new okta::OktaClient(m_nam, domain.baseUrl(), m_authorizer, this);
    auto *job = new okta::WhoAmIJob(m_client);
    connect(job, &okta::WhoAmIJob::finished, this, [this](okta::WhoAmIJob *done) {
        if (done->stage() == okta::WhoAmIJob::Stage::Failed) {
            const okta::OktaResult &user = done->userResult();
            const QString why = user.httpStatus == 401 ? okta::ErrorMessages::forRefusedCredential(true)
                                : user.ok()            ? done->errorString()
                                                       : user.message();
            failWith(Failure, tr("the API token was not saved: %1").arg(why));
            return;
        }
        const okta::WhoAmI &me = done->whoAmI();
        printLine(stderr, tr("The API token belongs to %1.").arg(me.login));
        if (me.superAdmin() != okta::WhoAmI::SuperAdmin::Yes)
            printLine(stderr, tr("oktadesk-cli: warning: %1").arg(me.superAdminWarning()));
        save();
    });
    job->start();
}

void ProfilesAddCommand::save() {
    okta::ProfileSecretMap secrets = std::move(m_secrets);
    okta::ProfileStore &store = context()->profiles();
    const okta::ProfileStore::Result added = store.add(m_profile);
    if (!added.ok()) {
        failWith(added.error == okta::ProfileStore::Error::StorageFailed ? Failure : Usage,
                 added.errorString);
        return;
    }
    const okta::Profile saved = added.profile;
    const auto done = [this, saved] {
        okta::ProfileStore &profiles = context()->profiles();
        if (profiles.currentProfileId().isEmpty())
            profiles.setCurrentProfileId(saved.id);
        printLine(stdout, tr("Profile \"%1\" saved for %2.").arg(saved.name, saved.domain));
        if (saved.authMethod == okta::AuthMethod::BrowserPkce) {
            printLine(stdout, tr("Register %1 as a sign-in redirect URI on the app, then run "
                                 "`oktadesk-cli profiles login %2` next.")
                                  .arg(okta::BrowserSignIn::redirectUriForPort(saved.redirectPort).toString(),
                                       saved.name));
        }
        finish(Ok);
    };
    if (secrets.isEmpty()) {
        done(); // a public client: nothing secret until the sign-in
        return;
    }
    okta::ProfileSecretsJob *job = context()->secrets().save(saved.id, secrets);
    connect(job, &okta::ProfileSecretsJob::finished, this, [this, saved, done](okta::ProfileSecretsJob *j) {
        if (j->succeeded()) {
            done();
            return;
        }
        // Never a plaintext fallback: without the keychain there is no profile.
        context()->profiles().remove(saved.id);
        failWith(Failure, j->errorString());
    });
}

void ProfilesRemoveCommand::start() {
    const auto profile = findProfile(m_arguments.value(0));
    if (!profile)
        return;
    m_nam = new QNetworkAccessManager(this);
    auto *remover = new okta::ProfileRemover(&context()->profiles(), &context()->secrets(), m_nam, this);
    connect(remover, &okta::ProfileRemover::apiTokenKept, this, [] {
        printLine(stderr, tr("oktadesk-cli: note: the API token stays valid at Okta; revoke it in the Admin "
                             "Console (Security > API > Tokens) if nothing else uses it."));
    });
    const QString id = profile->id;
    const QString name = profile->name;
    using Result = okta::ProfileRemover::Result;
    connect(remover, &okta::ProfileRemover::finished, this,
            [this, remover, id, name](Result result, const QString &message) {
                if (result == Result::RevokeFailed && m_options.force) {
                    printLine(stderr, tr("oktadesk-cli: warning: %1").arg(message));
                    printLine(stderr, tr("oktadesk-cli: --force: removing the profile without revoking."));
                    remover->remove(id, okta::ProfileRemover::Mode::WithoutRevoking);
                    return;
                }
                if (result == Result::RevokeFailed) {
                    failWith(Failure, message + QLatin1Char(' ') +
                                          tr("Run `oktadesk-cli profiles remove %1` again to retry, or add "
                                             "--force to remove it anyway.")
                                              .arg(name));
                    return;
                }
                if (result != Result::Removed) {
                    failWith(Failure, message);
                    return;
                }
                printLine(stdout, tr("Profile \"%1\" removed.").arg(name));
                finish(Ok);
            });
    remover->remove(id);
}

void ProfilesRenameCommand::start() {
    const auto profile = findProfile(m_arguments.value(0));
    if (!profile)
        return;
    const okta::ProfileStore::Result result = context()->profiles().rename(profile->id, m_arguments.value(1));
    if (!result.ok()) {
        failWith(result.error == okta::ProfileStore::Error::StorageFailed ? Failure : Usage,
                 result.errorString);
        return;
    }
    printLine(stdout, tr("Profile \"%1\" is now \"%2\".").arg(profile->name, result.profile.name));
    finish(Ok);
}

} // namespace oktadesk::cli

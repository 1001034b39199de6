#pragma once

#include "commands.h"

#include "core/profiles/profilesecrets.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

namespace okta {
class BrowserSignIn;
struct OrgDomainResult;
} // namespace okta

namespace oktadesk::cli {

// The saved profiles as the GUI sees them: QSettings "OktaDesk"/"OktaDesk" (the same file)
// and the OS keychain. There is no plaintext fallback: without a keychain, commands that
// need a secret fail and say why.
class ProfileContext : public QObject {
    Q_OBJECT
public:
    explicit ProfileContext(QObject *parent = nullptr);
    ~ProfileContext() override;

    okta::ProfileStore &profiles() { return m_profiles; }
    okta::ProfileSecrets &secrets() { return m_secrets; }

private:
    QSettings m_settings;
    okta::KeychainSecretStore m_store;
    okta::ProfileStore m_profiles;
    okta::ProfileSecrets m_secrets;
};

// `profiles <subcommand> args…`; nullptr with `*error` for unknown subcommands or a wrong
// number of arguments.
Command *createProfilesCommand(const QStringList &words, const Options &options, QString *error);

class ProfileCommand : public Command {
    Q_OBJECT
public:
    ProfileCommand(const Options &options, const QStringList &arguments)
        : Command(options)
        , m_arguments(arguments) {}

protected:
    ProfileContext *context();
    // Looks NAME up; reports a usage error (exit 2) and returns nullopt when there is none.
    std::optional<okta::Profile> findProfile(const QString &name);

    QStringList m_arguments;

private:
    ProfileContext *m_context = nullptr;
};

class ProfilesListCommand : public ProfileCommand {
    Q_OBJECT
public:
    using ProfileCommand::ProfileCommand;
    void start() override;
};

class ProfilesAddCommand : public ProfileCommand {
    Q_OBJECT
public:
    using ProfileCommand::ProfileCommand;
    void start() override;

private:
    void checkToken(const okta::OrgDomainResult &domain);
    void save();

    okta::Profile m_profile;
    okta::ProfileSecretMap m_secrets;
};

class ProfilesRemoveCommand : public ProfileCommand {
    Q_OBJECT
public:
    using ProfileCommand::ProfileCommand;
    void start() override;
};

class ProfilesRenameCommand : public ProfileCommand {
    Q_OBJECT
public:
    using ProfileCommand::ProfileCommand;
    void start() override;
};

// Runs the browser sign-in for a saved profile: prints the authorization URL as the only
// line on stdout, waits for the redirect on the profile's loopback port, stores the tokens.
// Ctrl+C or the --timeout ends it with exit 1 and stores nothing.
class ProfilesLoginCommand : public ProfileCommand {
    Q_OBJECT
public:
    using ProfileCommand::ProfileCommand;
    ~ProfilesLoginCommand() override;
    void start() override;

private:
    void signIn(const okta::Profile &profile, const okta::Secret &clientSecret);
    void watchInterrupts();

    QPointer<okta::BrowserSignIn> m_signIn;
};

} // namespace oktadesk::cli

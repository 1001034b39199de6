#pragma once

#include "cli.h"
#include "onboardoptions.h"
#include "output.h"

#include "core/export/exportformat.h"
#include "core/profiles/scopeaccess.h"
#include "core/secrets/secret.h"

#include <QCommandLineOption>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;
class QNetworkAccessManager;

namespace okta {
class ExportFile;
class RecordWriter;
class OktaClient;
class OktaApi;
class Authorizer;
class LogStream;
struct LogQuery;
class Page;
class Pager;
class ProfileSession;
struct OktaResult;
struct GroupAttributePlan;
} // namespace okta

namespace oktadesk::cli {

// Every option any command takes, read once; each command checks what applies to it.
struct Options {
    // connection
    QString org;
    QString tokenEnv;
    QString profile;
    // profiles add
    QString clientId;
    QString clientSecretEnv;
    int loginTimeout = 300; // profiles login: seconds to wait for the browser
    bool force = false;     // profiles remove: even when the tokens cannot be revoked
    // listing
    QString search, filter, q, keyword;
    QStringList fields; // key=value
    QString since, until, order;
    int limit = -1;
    qint64 first = -1;
    bool all = false;
    bool follow = false; // logs search: a live tail until Ctrl+C
    okta::ExportFormat format = okta::ExportFormat::Table;
    QString output; // empty: stdout
    // groups set-attribute
    QString user, attribute, value;
    bool valueSet = false;
    // scopes
    QString app; // scopes, onboard
    // demo-server
    int port = 0;
    bool portSet = false;
    int users = 5000, groups = 500;
    qint64 events = 100000;
    quint64 seed = 42;
    QString demoToken;
    int liveRate = 0; // demo-server --live-rate
    bool noRateLimits = false;
    // writes: check and say what would change, change nothing
    bool dryRun = false;
    OnboardOptions onboard;

    void addTo(QCommandLineParser &parser);
    bool read(const QCommandLineParser &parser, QString *error);

private:
    QList<QCommandLineOption> m_options;
};

// One command run: start() begins the work on the event loop; done(exitCode) ends it.
class Command : public QObject {
    Q_OBJECT
public:
    // nullptr with `*error` set for an unknown command or missing arguments (exit 2).
    // Reads the command table (commandtable.h): every command it makes has an entry there.
    static Command *create(const QStringList &words, const Options &options, QString *error);
    explicit Command(const Options &options); // public: the command table makes the commands
    ~Command() override;

    virtual void start() = 0;
    bool isDone() const { return m_done; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void done(int exitCode);

protected:
    void finish(int exitCode);
    void fail(const okta::OktaResult &result);
    void failUsage(const QString &message);
    void failWith(int exitCode, const QString &message);
    // Builds the client from --org and --token-env, or opens the saved --profile (which
    // reads the keychain asynchronously), then calls `ready`. On bad input or a failure it
    // reports, finishes the command and never calls `ready`.
    void connectToOrg(std::function<void()> ready);
    // Whether the connected credential may do `feature` (an API token: everything its admin
    // can). If not, fails naming the scopes the token lacks and how to turn the feature on.
    bool requireFeature(okta::WriteFeature feature);

    Options m_options;
    QNetworkAccessManager *m_nam = nullptr;
    okta::Authorizer *m_authorizer = nullptr;
    okta::OktaClient *m_client = nullptr;
    std::unique_ptr<okta::OktaApi> m_api;

private:
    void openProfile(const std::function<void()> &ready);
    void emitDone();

    okta::ProfileSession *m_session = nullptr;
    QString m_reauthorizeHint; // set once a saved profile's sign-in was refused
    bool m_finishing = false;
    bool m_done = false;
    int m_exitCode = 0;
};

// Shared by the list commands: drives a pager into a RecordWriter, to stdout or to
// --output FILE, which appears only once the whole list is in it.
class ListCommand : public Command {
    Q_OBJECT
public:
    enum class Kind { Users, Groups, Apps, Logs, UserGroups };
    // `subject` is the user of UserGroups (an id or a login).
    ListCommand(Kind kind, const Options &options, const QString &subject = {});
    ~ListCommand() override;
    void start() override;

private:
    void run();
    void list(const QString &userId);
    okta::Pager *makePager(const QString &userId, QString *error);
    bool makeLogQuery(okta::LogQuery *query, QString *error) const;
    // logs search --follow: the same output, from a live tail that ends with Ctrl+C.
    void follow();
    bool openOutput();
    void onPage(const okta::Page &page);
    // On stderr, so the data on stdout stays clean: more rows exist, deactivated users left out.
    void printNotes(bool moreAvailable);
    // Ends the list: commits the file, or removes it and says how far it got.
    void end(int exitCode, const QString &why);
    Kind m_kind;
    QString m_subject;
    qint64 m_keep = 0;    // UserGroups: rows to write (Okta does not page that list); 0: all
    qint64 m_dropped = 0; // rows beyond m_keep
    QPointer<okta::Pager> m_pager;
    QPointer<okta::LogStream> m_tail;
    std::unique_ptr<okta::ExportFile> m_file;
    std::unique_ptr<okta::RecordWriter> m_writer;
    bool m_interrupted = false;
};

// `groups set-attribute`: previews, then (unless --dry-run) applies one group attribute on
// every group a user belongs to, through core's preview and apply jobs.
class SetGroupAttributeCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void run();
    void apply(const okta::GroupAttributePlan &plan);
    void printPlan(const okta::GroupAttributePlan &plan, bool results);
};

class WhoAmICommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void run();
};

// `logs filter`: the filter `logs search` would send for --field and --filter, on one
// line; sends nothing.
class LogFilterCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

class DemoServerCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

// The value of environment variable `name`, trimmed; empty when unset. (Secrets come from
// the environment, never from argv, which every local user can read.)
okta::Secret secretFromEnvironment(const QString &name);

// Parses 2026-05-01T12:00:00Z, 2026-05-01, or a span back from now: 30m, 24h, 7d.
bool parseTimeArgument(const QString &text, QDateTime *out);

} // namespace oktadesk::cli

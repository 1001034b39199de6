#pragma once

#include "cli.h"
#include "onboardoptions.h"
#include "output.h"

#include "core/export/exportformat.h"
#include "core/profiles/scopeaccess.h"

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
class Page;
class Pager;
class ProfileSession;
struct OktaResult;
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
    // listing
    QString search, filter, q, keyword;
    QStringList fields; // key=value
    QString since, until, order;
    int limit = -1;
    qint64 first = -1;
    bool all = false;
    okta::ExportFormat format = okta::ExportFormat::Table;
    QString output; // empty: stdout
    // scopes
    QString app;
    bool force = false;
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
    static Command *create(const QStringList &words, const Options &options, QString *error);
    ~Command() override;

    virtual void start() = 0;
    bool isDone() const { return m_done; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void done(int exitCode);

protected:
    explicit Command(const Options &options);
    void finish(int exitCode);
    void fail(const okta::OktaResult &result);
    void failUsage(const QString &message);
    void failWith(int exitCode, const QString &message);
    // Builds the client from --org and --token-env, or opens the saved --profile (which
    // reads the keychain asynchronously), then calls `ready`. On bad input or a failure it
    // reports, finishes the command and never calls `ready`.
    void connectToOrg(std::function<void()> ready);
    // What the connected credential may change (an API token: everything its admin can).
    okta::ScopeAccess scopeAccess() const;

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
    enum class Kind { Users, Groups, Apps, Logs };
    ListCommand(Kind kind, const Options &options);
    ~ListCommand() override;
    void start() override;

private:
    void run();
    okta::Pager *makePager(QString *error);
    void onPage(const okta::Page &page);
    // Ends the list: commits the file, or removes it and says how far it got.
    void end(int exitCode, const QString &why);
    Kind m_kind;
    QPointer<okta::Pager> m_pager;
    std::unique_ptr<okta::ExportFile> m_file;
    std::unique_ptr<okta::RecordWriter> m_writer;
    bool m_interrupted = false;
};

class WhoAmICommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void run();
};

class DemoServerCommand : public Command {
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

// Parses 2026-05-01T12:00:00Z, 2026-05-01, or a span back from now: 30m, 24h, 7d.
bool parseTimeArgument(const QString &text, QDateTime *out);

} // namespace oktadesk::cli

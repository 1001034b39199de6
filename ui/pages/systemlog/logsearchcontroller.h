#pragma once

#include "core/export/exportformat.h"
#include "core/logs/logcolumns.h"
#include "core/logs/logexport.h"
#include "core/logs/logrequest.h"
#include "core/logs/logstream.h"
#include "core/okta/oktaclient.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace okta {
class OktaApi;
} // namespace okta

namespace oktadesk {

class LogEventTableModel;

// The System Log page's worker, with no widgets: runs a search (core's LogStream) into the
// results model, one page at a time, and the exports (core's LogExport). The page only
// shows what it reports. A new search replaces the results; an error leaves the rows
// already fetched in place.
class LogSearchController : public QObject {
    Q_OBJECT
public:
    explicit LogSearchController(LogEventTableModel *model, QObject *parent = nullptr);
    ~LogSearchController() override;

    // nullptr: disconnected; whatever runs is cancelled. The api must outlive the next call.
    void setApi(okta::OktaApi *api);
    bool isConnected() const { return m_client != nullptr; }

    // Clears the results and runs `request` as resolved now; false with `error` when the
    // request is not valid (nothing is sent, the results stay).
    bool start(const okta::LogSearchRequest &request, QString *error);
    void cancel();
    void pause();
    void resume();
    bool isRunning() const;
    okta::LogStream::Progress progress() const;
    // Shortest wait between a live tail's polls (tests shorten it).
    void setPollInterval(int ms) { m_pollIntervalMs = ms; }

    // The request URL for `query` on the connected org (relative when not connected), and
    // the same as a curl command with the credential left as a shell variable.
    QUrl requestUrl(const okta::LogQuery &query) const;
    QString curlCommand(const okta::LogQuery &query) const;

    // Writes `rows` of the results (model rows, in that order) to `path`.
    okta::LogExport *exportRows(const QList<int> &rows, okta::ExportFormat format,
                                const QList<okta::LogColumns::Column> &columns, const QString &path);
    // Streams every event of `request` (as "All") from Okta straight to `path`.
    okta::LogExport *exportSearch(const okta::LogSearchRequest &request, okta::ExportFormat format,
                                  const QList<okta::LogColumns::Column> &columns, const QString &path,
                                  QString *error);
    okta::LogExport *currentExport() const { return m_export; }

Q_SIGNALS:
    void started(okta::LogStream::Mode mode);
    void progressChanged(const okta::LogStream::Progress &progress);
    void finished(okta::LogStream::Outcome outcome, const QString &error, bool moreAvailable);
    void exportStarted(okta::LogExport *job);

private:
    void dropStream();
    okta::LogExport *track(okta::LogExport *job);

    LogEventTableModel *m_model;
    QPointer<okta::OktaClient> m_client;
    QPointer<okta::LogStream> m_stream;
    QPointer<okta::LogExport> m_export;
    bool m_exportReadsModel = false;
    int m_pollIntervalMs = okta::LogStream::DefaultPollIntervalMs;
};

} // namespace oktadesk

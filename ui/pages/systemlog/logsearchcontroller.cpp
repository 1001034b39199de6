#include "logsearchcontroller.h"

#include "core/logs/logexport.h"
#include "core/okta/curlcommand.h"
#include "core/okta/oktaapi.h"
#include "core/okta/oktaclient.h"
#include "models/logeventtablemodel.h"

#include <QDateTime>

namespace oktadesk {

LogSearchController::LogSearchController(LogEventTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model) {
    // An export of the results reads the model's store: it must end before the rows go.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_export && m_exportReadsModel)
            m_export->cancel();
    });
}

LogSearchController::~LogSearchController() {
    dropStream();
}

void LogSearchController::setApi(okta::OktaApi *api) {
    dropStream();
    if (m_export)
        m_export->cancel();
    m_client = api ? api->client() : nullptr;
}

void LogSearchController::dropStream() {
    if (!m_stream)
        return;
    okta::LogStream *stream = m_stream;
    m_stream = nullptr;
    stream->disconnect(this);
    stream->cancel();
    stream->deleteLater();
}

bool LogSearchController::start(const okta::LogSearchRequest &request, QString *error) {
    if (!m_client) {
        *error = tr("Connect to an org to search its System Log.");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto problem = request.validate(now)) {
        *error = *problem;
        return false;
    }
    dropStream();
    m_model->clear();
    auto *stream = new okta::LogStream(m_client, request.resolved(now), request.mode, request.firstN, this);
    stream->setPollInterval(m_pollIntervalMs);
    stream->prepareTableRows();
    m_stream = stream;
    connect(stream, &okta::LogStream::pageReady, m_model, &LogEventTableModel::appendPage);
    connect(stream, &okta::LogStream::progressChanged, this, &LogSearchController::progressChanged);
    connect(stream, &okta::LogStream::finished, this,
            [this, stream](okta::LogStream::Outcome outcome, const QString &message, bool more) {
                Q_EMIT finished(outcome, message, more);
                if (m_stream == stream) {
                    m_stream = nullptr;
                    stream->deleteLater();
                }
            });
    Q_EMIT started(request.mode);
    stream->start();
    return true;
}

void LogSearchController::cancel() {
    if (m_stream)
        m_stream->cancel();
}

void LogSearchController::pause() {
    if (m_stream)
        m_stream->pause();
}

void LogSearchController::resume() {
    if (m_stream)
        m_stream->resume();
}

bool LogSearchController::isRunning() const {
    return m_stream && m_stream->isActive();
}

okta::LogStream::Progress LogSearchController::progress() const {
    return m_stream ? m_stream->progress() : okta::LogStream::Progress();
}

QUrl LogSearchController::requestUrl(const okta::LogQuery &query) const {
    const QString path = QStringLiteral("/api/v1/logs");
    if (m_client)
        return m_client->url(path, query.toUrlQuery());
    QUrl url(path);
    url.setQuery(query.toUrlQuery());
    return url;
}

QString LogSearchController::curlCommand(const okta::LogQuery &query) const {
    return okta::curlCommand(requestUrl(query), m_client ? m_client->authorizer() : nullptr);
}

okta::LogExport *LogSearchController::track(okta::LogExport *job) {
    if (m_export)
        m_export->cancel();
    m_export = job;
    connect(job, &okta::LogExport::finished, job, &QObject::deleteLater);
    Q_EMIT exportStarted(job);
    return job;
}

okta::LogExport *LogSearchController::exportRows(const QList<int> &rows, okta::ExportFormat format,
                                                 const QList<okta::LogColumns::Column> &columns,
                                                 const QString &path) {
    auto *job = track(new okta::LogExport(format, columns, path, this));
    m_exportReadsModel = true;
    job->startFromStore(&m_model->store(), rows);
    return job;
}

okta::LogExport *LogSearchController::exportSearch(const okta::LogSearchRequest &request,
                                                   okta::ExportFormat format,
                                                   const QList<okta::LogColumns::Column> &columns,
                                                   const QString &path, QString *error) {
    if (!m_client) {
        *error = tr("Connect to an org to search its System Log.");
        return nullptr;
    }
    okta::LogSearchRequest all = request;
    all.mode = okta::LogSearchRequest::Mode::All;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const auto problem = all.validate(now)) {
        *error = *problem;
        return nullptr;
    }
    auto *job = track(new okta::LogExport(format, columns, path, this));
    m_exportReadsModel = false;
    job->startFromSearch(m_client, all.resolved(now));
    return job;
}

} // namespace oktadesk

#include "logexport.h"

#include "logstore.h"
#include "logstream.h"

#include "core/export/exportfile.h"
#include "core/export/recordwriter.h"
#include "core/values/page.h"

#include <QLocale>
#include <QTimer>

namespace okta {

namespace {
// A slice of a store export stays well inside one frame.
constexpr qint64 SliceNs = 8'000'000;
} // namespace

LogExport::LogExport(ExportFormat format, const QList<LogColumns::Column> &columns, const QString &path,
                     QObject *parent)
    : QObject(parent)
    , m_format(format)
    , m_columns(columns)
    , m_path(path) {}

LogExport::~LogExport() = default; // an unfinished file is discarded with m_file

qint64 LogExport::written() const {
    return m_writer ? m_writer->records() : 0;
}

bool LogExport::open() {
    QStringList headers;
    for (const LogColumns::Column c : m_columns)
        headers.append(LogColumns::header(c));
    m_file = std::make_unique<ExportFile>(m_path);
    QString error;
    if (m_path.isEmpty() || !m_file->open(&error)) {
        end(false, m_path.isEmpty() ? tr("Choose a file to export to.") : error);
        return false;
    }
    m_writer = std::make_unique<RecordWriter>(m_format, headers, m_file->device());
    m_running = true;
    return true;
}

void LogExport::startFromStore(const LogStore *store, const QList<int> &rows) {
    m_store = store;
    m_rows = rows;
    m_total = rows.size();
    if (!open())
        return;
    QTimer::singleShot(0, this, &LogExport::writeSlice);
}

void LogExport::writeSlice() {
    if (!m_running)
        return;
    QElapsedTimer clock;
    clock.start();
    const bool cells = m_writer->needsCells();
    while (m_next < m_rows.size() && clock.nsecsElapsed() < SliceNs) {
        // A few rows between clock reads: reading it costs more than writing a row.
        for (int i = 0; i < 64 && m_next < m_rows.size(); ++i, ++m_next) {
            const int row = m_rows.at(m_next);
            m_cells.clear();
            if (cells)
                for (const LogColumns::Column c : m_columns)
                    m_cells.append(m_store->cell(row, c));
            m_writer->add(m_store->raw(row), m_cells);
        }
    }
    if (!m_writer->flush()) {
        end(false, m_writer->errorString());
        return;
    }
    Q_EMIT progress(written(), m_total);
    if (m_next < m_rows.size())
        QTimer::singleShot(0, this, &LogExport::writeSlice);
    else
        end(true, QString());
}

void LogExport::startFromSearch(OktaClient *client, const LogQuery &query) {
    if (!open())
        return;
    m_stream = new LogStream(client, query, LogStream::Mode::All, 0, this);
    connect(m_stream, &LogStream::pageReady, this, &LogExport::onPage);
    connect(m_stream, &LogStream::finished, this,
            [this](LogStream::Outcome outcome, const QString &error, bool) {
                if (outcome == LogStream::Outcome::Canceled)
                    end(false, tr("canceled"));
                else
                    end(outcome != LogStream::Outcome::Failed, error);
            });
    m_stream->start();
}

void LogExport::onPage(const Page &page) {
    if (!m_running)
        return;
    const bool cells = m_writer->needsCells();
    for (const LogEvent &e : page.rows<LogEvent>()) {
        m_cells.clear();
        if (cells)
            for (const LogColumns::Column c : m_columns)
                m_cells.append(LogColumns::text(e, c));
        m_writer->add(e.raw().view(), m_cells);
    }
    if (!m_writer->flush()) {
        end(false, m_writer->errorString());
        return;
    }
    Q_EMIT progress(written(), m_total);
}

void LogExport::cancel() {
    if (m_running)
        end(false, tr("canceled"));
}

void LogExport::end(bool ok, const QString &why) {
    const bool wasRunning = m_running;
    m_running = false;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
    }
    QString error = why;
    if (ok && wasRunning && m_writer->finish() && m_file->commit(&error)) {
        Q_EMIT finished(true, tr("Exported to %1 (events: %2).").arg(m_path, QLocale().toString(written())));
        return;
    }
    if (error.isEmpty() && m_writer)
        error = m_writer->errorString();
    if (m_file)
        m_file->discard();
    Q_EMIT finished(false, wasRunning ? tr("The export stopped (events written: %1): %2. %3 was not written.")
                                            .arg(QLocale().toString(written()), error, m_path)
                                      : error);
}

} // namespace okta

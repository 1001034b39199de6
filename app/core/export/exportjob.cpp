#include "exportjob.h"

#include "exportfile.h"
#include "recordwriter.h"

#include <QTimer>

namespace okta {

ExportJob::ExportJob(ExportFormat format, const QString &path, const QStringList &headers, qsizetype rows,
                     WriteRow writeRow, QObject *parent)
    : QObject(parent)
    , m_file(std::make_unique<ExportFile>(path))
    , m_format(format)
    , m_headers(headers)
    , m_rows(rows)
    , m_writeRow(std::move(writeRow)) {}

ExportJob::~ExportJob() = default;

QString ExportJob::path() const {
    return m_file->path();
}

void ExportJob::start() {
    if (m_running)
        return;
    m_running = true;
    QString error;
    if (!m_file->open(&error)) {
        QTimer::singleShot(0, this, [this, error] { end(false, error); });
        return;
    }
    m_writer = std::make_unique<RecordWriter>(m_format, m_headers, m_file->device());
    QTimer::singleShot(0, this, &ExportJob::writeChunk);
}

void ExportJob::cancel() {
    if (m_running)
        end(false, tr("The export was cancelled; %1 was not written.").arg(m_file->path()));
}

void ExportJob::writeChunk() {
    if (!m_running)
        return;
    const qsizetype stop = std::min(m_rows, m_next + m_chunk);
    for (; m_next < stop; ++m_next)
        m_writeRow(m_next, *m_writer);
    if (!m_writer->flush()) {
        end(false, tr("%1 could not be written: %2").arg(m_file->path(), m_writer->errorString()));
        return;
    }
    Q_EMIT progress(m_next, m_rows);
    if (m_next < m_rows) {
        QTimer::singleShot(0, this, &ExportJob::writeChunk);
        return;
    }
    QString error;
    if (!m_writer->finish()) {
        end(false, tr("%1 could not be written: %2").arg(m_file->path(), m_writer->errorString()));
        return;
    }
    if (!m_file->commit(&error)) {
        end(false, error);
        return;
    }
    end(true, tr("Wrote %n row(s) to %1.", nullptr, int(m_rows)).arg(m_file->path()));
}

void ExportJob::end(bool ok, const QString &message) {
    if (!m_running)
        return;
    m_running = false;
    if (!ok)
        m_file->discard();
    Q_EMIT finished(ok, message);
    deleteLater();
}

} // namespace okta

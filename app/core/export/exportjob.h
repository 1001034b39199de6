#pragma once

#include "exportformat.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace okta {

class ExportFile;
class RecordWriter;

// Writes rows already in memory (what a table holds) to a file, a chunk per event-loop turn,
// so a large export never stalls the window. The file appears only once complete (see
// ExportFile); an error or cancel() leaves nothing. Ends with one finished(); deletes
// itself after it.
class ExportJob : public QObject {
    Q_OBJECT
public:
    // Adds row `index` to the writer (its JSON and, for table and CSV, its cells).
    using WriteRow = std::function<void(qsizetype index, RecordWriter &writer)>;

    ExportJob(ExportFormat format, const QString &path, const QStringList &headers, qsizetype rows,
              WriteRow writeRow, QObject *parent = nullptr);
    ~ExportJob() override;

    void setChunkSize(qsizetype rows) { m_chunk = std::max<qsizetype>(1, rows); }
    QString path() const;
    void start();
    void cancel();

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    // `message` says where the rows went, or why nothing was written.
    void finished(bool ok, const QString &message);

private:
    void writeChunk();
    void end(bool ok, const QString &message);

    std::unique_ptr<ExportFile> m_file;
    std::unique_ptr<RecordWriter> m_writer;
    ExportFormat m_format;
    QStringList m_headers;
    qsizetype m_rows;
    qsizetype m_next = 0;
    qsizetype m_chunk = 2000;
    WriteRow m_writeRow;
    bool m_running = false;
};

} // namespace okta

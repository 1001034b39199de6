#pragma once

#include "logcolumns.h"
#include "logquery.h"

#include "core/export/exportformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace okta {

class ExportFile;
class LogStore;
class LogStream;
class OktaClient;
class Page;
class RecordWriter;

// Writes System Log events to a file: CSV (the chosen columns), JSON or NDJSON (each event
// exactly as Okta sent it), through the CLI's RecordWriter. The file appears only once
// complete (ExportFile): a cancelled or failed export leaves nothing that looks finished.
// The events come from a search already in a LogStore, written a slice per event-loop
// turn so the window stays responsive, or from a whole query streamed straight from Okta.
class LogExport : public QObject {
    Q_OBJECT
public:
    LogExport(ExportFormat format, const QList<LogColumns::Column> &columns, const QString &path,
              QObject *parent = nullptr);
    ~LogExport() override;

    // Writes `rows` of `store`, in that order. The store must not change until finished().
    void startFromStore(const LogStore *store, const QList<int> &rows);
    // Streams every page of `query` from Okta into the file.
    void startFromSearch(OktaClient *client, const LogQuery &query);
    void cancel();

    QString path() const { return m_path; }
    qint64 written() const;
    qint64 total() const { return m_total; } // -1 while unknown (a streamed query)

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    // Exactly once; `message` says what was written, or why nothing was.
    void finished(bool ok, const QString &message);

private:
    bool open();
    void writeSlice();
    void onPage(const Page &page);
    void end(bool ok, const QString &why);

    ExportFormat m_format;
    QList<LogColumns::Column> m_columns;
    QString m_path;
    std::unique_ptr<ExportFile> m_file;
    std::unique_ptr<RecordWriter> m_writer;
    const LogStore *m_store = nullptr;
    QList<int> m_rows;
    qsizetype m_next = 0;
    QPointer<LogStream> m_stream;
    QStringList m_cells;
    qint64 m_total = -1;
    bool m_running = false;
};

} // namespace okta

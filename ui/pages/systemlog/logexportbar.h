#pragma once

#include "core/export/exportformat.h"
#include "core/logs/logexport.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace oktadesk {

// Export of System Log results: CSV (the table's visible columns), JSON or NDJSON (each
// event exactly as Okta sent it), of the rows shown or of every event the search matches,
// streamed from Okta. Progress and Cancel while it runs; the file appears only complete.
class LogExportBar : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Shown, WholeSearch };

    explicit LogExportBar(QWidget *parent = nullptr);

    void setShownCount(qint64 rows);
    void track(okta::LogExport *job);
    QString status() const;

Q_SIGNALS:
    void exportRequested(okta::ExportFormat format, oktadesk::LogExportBar::Scope scope, const QString &path);

private:
    void browse();
    void setRunning(bool running);

    QComboBox *m_format = nullptr;
    QComboBox *m_scope = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QPointer<okta::LogExport> m_job;
};

} // namespace oktadesk

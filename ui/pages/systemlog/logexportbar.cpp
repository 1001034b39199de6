#include "logexportbar.h"

#include "core/logs/logexport.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace oktadesk {

using okta::ExportFormat;

LogExportBar::LogExportBar(QWidget *parent)
    : QWidget(parent) {
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("logExportFormat"));
    m_format->addItem(tr("CSV (visible columns)"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON (events as sent)"), int(ExportFormat::Json));
    m_format->addItem(tr("NDJSON (one event per line)"), int(ExportFormat::Ndjson));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("logExportScope"));
    m_scope->addItem(QString(), int(Scope::Shown));
    m_scope->addItem(tr("Every event of the search, from Okta"), int(Scope::WholeSearch));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("logExportPath"));
    m_path->setPlaceholderText(tr("File to write"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("logExportBrowse"));
    m_start = new QPushButton(tr("Export"), this);
    m_start->setObjectName(QStringLiteral("logExportStart"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("logExportCancel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logExportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_format, 0, 0);
    grid->addWidget(m_scope, 0, 1);
    grid->addWidget(m_path, 0, 2);
    grid->addWidget(m_browse, 0, 3);
    grid->addWidget(m_start, 0, 4);
    grid->addWidget(m_cancel, 0, 5);
    grid->addWidget(m_status, 1, 0, 1, 6);
    grid->setColumnStretch(2, 1);

    connect(m_browse, &QPushButton::clicked, this, &LogExportBar::browse);
    connect(m_start, &QPushButton::clicked, this, [this] {
        Q_EMIT exportRequested(ExportFormat(m_format->currentData().toInt()),
                               Scope(m_scope->currentData().toInt()), m_path->text().trimmed());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    setShownCount(0);
    setRunning(false);
}

void LogExportBar::setShownCount(qint64 rows) {
    m_scope->setItemText(0, tr("The events shown (%1)").arg(QLocale().toString(rows)));
}

void LogExportBar::browse() {
    const bool csv = ExportFormat(m_format->currentData().toInt()) == ExportFormat::Csv;
    auto *dialog = new QFileDialog(this, tr("Export System Log events"),
                                   m_path->text().isEmpty() ? QDir::homePath() : m_path->text(),
                                   csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json *.ndjson)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
    dialog->open(); // window-modal, no nested event loop
}

void LogExportBar::track(okta::LogExport *job) {
    m_job = job;
    setRunning(true);
    m_status->setText(tr("Exporting to %1…").arg(job->path()));
    connect(job, &okta::LogExport::progress, this, [this](qint64 written, qint64 total) {
        m_status->setText(total >= 0 ? tr("Exporting: %1 of %2 events…")
                                           .arg(QLocale().toString(written), QLocale().toString(total))
                                     : tr("Exporting: %1 events so far…").arg(QLocale().toString(written)));
    });
    connect(job, &okta::LogExport::finished, this, [this](bool, const QString &message) {
        setRunning(false);
        m_status->setText(message);
    });
}

void LogExportBar::setRunning(bool running) {
    m_start->setEnabled(!running);
    m_cancel->setVisible(running);
}

QString LogExportBar::status() const {
    return m_status->text();
}

} // namespace oktadesk

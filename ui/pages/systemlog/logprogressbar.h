#pragma once

#include "core/logs/logstream.h"

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace oktadesk {

// Where a System Log search stands: pages, events, events per second, a rate-limit wait
// or a tail's next check, with Pause/Resume and Cancel while it runs; when it ends, how it
// ended, and on an error what failed (the rows fetched so far stay in the table).
class LogProgressBar : public QWidget {
    Q_OBJECT
public:
    explicit LogProgressBar(QWidget *parent = nullptr);

    void started(okta::LogStream::Mode mode);
    void setProgress(const okta::LogStream::Progress &progress);
    void finished(okta::LogStream::Outcome outcome, const QString &error, bool moreAvailable);
    void setError(const QString &error);
    void setSorting(bool sorting);
    void clear();
    QString text() const;
    QString error() const;

Q_SIGNALS:
    void pauseRequested();
    void resumeRequested();
    void cancelRequested();

private:
    QString progressText(const okta::LogStream::Progress &p) const;

    QLabel *m_label = nullptr;
    QLabel *m_sorting = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QFrame *m_errorFrame = nullptr;
    QLabel *m_error = nullptr;
    okta::LogStream::Mode m_mode = okta::LogStream::Mode::FirstN;
    okta::LogStream::Progress m_progress;
};

} // namespace oktadesk

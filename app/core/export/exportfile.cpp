#include "exportfile.h"

#include <cstdio>

namespace okta {

ExportFile::ExportFile(const QString &path)
    : m_path(path) {}

ExportFile::~ExportFile() {
    discard();
}

bool ExportFile::open(QString *error) {
    if (isStandardOutput()) {
        std::fflush(stdout);
        m_stdout = std::make_unique<QFile>();
        // Straight to the descriptor: the writer buffers a page at a time itself.
        if (!m_stdout->open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered,
                            QFileDevice::DontCloseHandle)) {
            *error = tr("standard output cannot be written: %1").arg(m_stdout->errorString());
            return false;
        }
        return true;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

QIODevice *ExportFile::device() const {
    if (m_stdout)
        return m_stdout.get();
    return m_file.get();
}

bool ExportFile::commit(QString *error) {
    if (m_stdout) {
        m_stdout->close();
        return true;
    }
    if (!m_file)
        return false;
    const bool ok = m_file->commit();
    if (!ok)
        *error = tr("%1 could not be completed: %2").arg(m_path, m_file->errorString());
    m_file.reset();
    return ok;
}

void ExportFile::discard() {
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file
    }
    if (m_stdout)
        m_stdout->close();
}

} // namespace okta

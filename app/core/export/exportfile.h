#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace okta {

// Where an export goes: standard output, or a file that appears only complete. The file is
// written under a temporary name in its own folder (unnamed where the file system allows)
// and renamed into place by commit(); discard(), an error or destruction without commit()
// leaves nothing behind, and an existing file of that name stays as it was.
class ExportFile {
    Q_DECLARE_TR_FUNCTIONS(okta::ExportFile)
public:
    explicit ExportFile(const QString &path); // empty: standard output
    ~ExportFile();

    bool isStandardOutput() const { return m_path.isEmpty(); }
    QString path() const { return m_path; }

    bool open(QString *error);
    QIODevice *device() const;
    bool commit(QString *error);
    void discard();

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_stdout;
};

} // namespace okta

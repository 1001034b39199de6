#pragma once

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace oktadesk {

// What the admin asked a users or groups list for.
struct DirectorySearch {
    enum class Mode { Quick, Search, Filter }; // Okta's q, search and filter parameters
    Mode mode = Mode::Search;
    QString text;     // empty: the plain list
    bool all = false; // stream every page, else the first 200
};

// The search row above a users or groups list: how to search (a quick starts-with box, a
// search expression, a filter expression), the text, First 200 or Stream all, Search and
// Cancel, and the progress of a running list. It only asks; the controller runs the list.
class SearchBar : public QWidget {
    Q_OBJECT

public:
    enum class Subject { Users, Groups };
    SearchBar(Subject subject, QWidget *parent = nullptr);

    DirectorySearch search() const;
    // While a list runs: Cancel instead of Search, and the progress.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    // "Streaming… 1,200 users, 6 pages"; empty hides it.
    void setProgress(const QString &text);

Q_SIGNALS:
    void searchRequested(const oktadesk::DirectorySearch &search);
    void cancelRequested();

private:
    void updateMode();
    void requestSearch();

    Subject m_subject;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_resultMode = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_progress = nullptr;
    bool m_running = false;
};

} // namespace oktadesk

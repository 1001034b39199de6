#pragma once

#include "core/logs/logrequest.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace okta {
class LogSavedSearches;
}

namespace oktadesk {

// Saved System Log searches of the current profile: pick one to fill the form, save the
// form under a name (the same name replaces it), delete the one picked.
class LogSavedSearchBar : public QWidget {
    Q_OBJECT
public:
    explicit LogSavedSearchBar(QWidget *parent = nullptr);

    // nullptr: none (disconnected).
    void setSearches(okta::LogSavedSearches *searches);
    // Saves `request` under the name typed; a message says why not.
    void save(const okta::LogSearchRequest &request);

Q_SIGNALS:
    void loadRequested(const okta::LogSearchRequest &request);
    void saveRequested(const QString &name);

private:
    void reload();

    QPointer<okta::LogSavedSearches> m_searches;
    QComboBox *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace oktadesk

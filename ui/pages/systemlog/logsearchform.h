#pragma once

#include "core/logs/logrequest.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace oktadesk {

class LogFieldsEditor;
class LogTimeEditor;

// The System Log search form, as the Okta connector's card has it: keyword (q), the
// predefined fields, a custom filter, the time range, order, page size, and how much to
// fetch ("first N", all, or a live tail). It builds a LogSearchRequest and checks it as
// the admin types (keyword limits, the custom filter's syntax with its position); the
// Search button stays off while something is wrong.
class LogSearchForm : public QWidget {
    Q_OBJECT
public:
    explicit LogSearchForm(QWidget *parent = nullptr);

    okta::LogSearchRequest request() const;
    void setRequest(const okta::LogSearchRequest &request);
    // What keeps the form from being sent, or nothing.
    std::optional<QString> problem() const;
    bool isUtc() const;

    // "Filter on this value": into the matching field, or appended to the custom filter
    // as `attribute eq "value"` when the form has no field for it. A `literal` (a number,
    // true or false) is written unquoted.
    void filterOn(const QString &attribute, const QString &value, bool literal = false);
    void addEventTypes(const QStringList &types);
    void setSearchEnabled(bool enabled);

Q_SIGNALS:
    void changed();
    void searchRequested();
    void utcChanged(bool utc);

private:
    void validate();
    QWidget *modeBox();

    QLineEdit *m_keyword = nullptr;
    QLabel *m_keywordProblem = nullptr;
    LogFieldsEditor *m_fields = nullptr;
    QPlainTextEdit *m_custom = nullptr;
    QLabel *m_customProblem = nullptr;
    LogTimeEditor *m_time = nullptr;
    QComboBox *m_order = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QButtonGroup *m_mode = nullptr;
    QSpinBox *m_firstN = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_search = nullptr;
    bool m_searchEnabled = true;
};

} // namespace oktadesk

#pragma once

#include "tablepage.h"

#include <QJsonArray>

namespace oktadesk {

class LogEventTableModel;

// The System Log page: for now a read-only table of recent events, newest first.
class SystemLogPage : public TablePage {
    Q_OBJECT

public:
    explicit SystemLogPage(QWidget *parent = nullptr);

    LogEventTableModel *model() const { return m_model; }
    void appendRows(const QJsonArray &events);
    // The query stopped at its row limit while Okta had more events in the range.
    void setMoreAvailable(bool more);

protected:
    void clearRows() override;

private:
    LogEventTableModel *m_model = nullptr;
};

} // namespace oktadesk

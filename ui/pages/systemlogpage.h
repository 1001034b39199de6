#pragma once

#include "tablepage.h"

namespace oktadesk {

class LogEventTableModel;

// The System Log page: for now a read-only table of the last day's events, newest first.
class SystemLogPage : public TablePage {
    Q_OBJECT

public:
    explicit SystemLogPage(QWidget *parent = nullptr);

    LogEventTableModel *model() const { return m_model; }
    void feedPage(const okta::Page &page) override;

protected:
    void clearRows() override;
    void setMoreAvailable(bool more) override;

private:
    LogEventTableModel *m_model = nullptr;
};

} // namespace oktadesk

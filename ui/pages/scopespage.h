#pragma once

#include "tablepage.h"

namespace oktadesk {

class GrantTableModel;

// The Scopes page: for now a read-only table of the Okta Workflows OAuth app's grants.
class ScopesPage : public TablePage {
    Q_OBJECT

public:
    explicit ScopesPage(QWidget *parent = nullptr);

    GrantTableModel *model() const { return m_model; }
    void feedPage(const okta::Page &page) override;

protected:
    void clearRows() override;

private:
    GrantTableModel *m_model = nullptr;
};

} // namespace oktadesk

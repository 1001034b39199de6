#pragma once

#include "tablepage.h"

namespace oktadesk {

class UserTableModel;

// The Users & Groups page: for now a read-only table of the org's first users.
class DirectoryPage : public TablePage {
    Q_OBJECT

public:
    explicit DirectoryPage(QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    void feedPage(const okta::Page &page) override;

protected:
    void clearRows() override;
    void setMoreAvailable(bool more) override;

private:
    UserTableModel *m_model = nullptr;
};

} // namespace oktadesk

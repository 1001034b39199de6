#pragma once

#include "tablepage.h"

#include <QJsonArray>

namespace oktadesk {

class UserTableModel;

// The Users & Groups page: for now a read-only table of the org's first users.
class DirectoryPage : public TablePage {
    Q_OBJECT

public:
    explicit DirectoryPage(QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    void appendRows(const QJsonArray &users);
    // The list stopped at its row limit and Okta has more users.
    void setMoreAvailable(bool more);

protected:
    void clearRows() override;

private:
    UserTableModel *m_model = nullptr;
};

} // namespace oktadesk

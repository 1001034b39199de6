#pragma once

#include "tablepage.h"

#include <QJsonArray>

namespace oktadesk {

class GrantTableModel;

// The Scopes page: for now a read-only table of the Okta Workflows OAuth app's grants.
class ScopesPage : public TablePage {
    Q_OBJECT

public:
    explicit ScopesPage(QWidget *parent = nullptr);

    // The label of the app whose grants the page shows.
    static QString appLabel();

    GrantTableModel *model() const { return m_model; }
    void appendRows(const QJsonArray &grants);

protected:
    void clearRows() override;

private:
    GrantTableModel *m_model = nullptr;
};

} // namespace oktadesk

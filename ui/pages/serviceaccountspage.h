#pragma once

#include "page.h"

namespace oktadesk {

class ServiceAccountsPage : public Page {
    Q_OBJECT

public:
    explicit ServiceAccountsPage(QWidget *parent = nullptr);
};

} // namespace oktadesk

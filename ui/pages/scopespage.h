#pragma once

#include "page.h"

namespace oktadesk {

class ScopesPage : public Page {
    Q_OBJECT

public:
    explicit ScopesPage(QWidget *parent = nullptr);
};

} // namespace oktadesk

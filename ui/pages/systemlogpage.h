#pragma once

#include "page.h"

namespace oktadesk {

class SystemLogPage : public Page {
    Q_OBJECT

public:
    explicit SystemLogPage(QWidget *parent = nullptr);
};

} // namespace oktadesk

#pragma once

#include "page.h"

namespace oktadesk {

class DirectoryPage : public Page {
    Q_OBJECT

public:
    explicit DirectoryPage(QWidget *parent = nullptr);
};

} // namespace oktadesk

#include "resources.h"

namespace oktadesk {

QString appIconPath() {
    return QStringLiteral(":/oktadesk/icons/oktadesk.svg");
}

QString navigationIconPath(const QString &name) {
    return QStringLiteral(":/oktadesk/icons/nav-") % name % QStringLiteral(".svg");
}

} // namespace oktadesk

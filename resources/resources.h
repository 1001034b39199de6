#pragma once

#include <QString>

namespace oktadesk {

// The application icon, embedded by oktadesk_resources (scalable SVG).
QString appIconPath();

// A monochrome navigation icon under :/oktadesk/icons/nav-<name>.svg.
QString navigationIconPath(const QString &name);

} // namespace oktadesk

#pragma once

#include <QString>

class QCoreApplication;

namespace oktadesk {

// Installs OktaDesk's and Qt's own translators for `language` (e.g. "de"), or for the
// system locale when `language` is empty. Returns the language actually loaded ("en" when
// none matched, since the source strings are English).
QString installTranslations(QCoreApplication *app, const QString &language = {});

} // namespace oktadesk

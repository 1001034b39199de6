#include "connectioninfo.h"

namespace oktadesk {

QString ConnectionInfo::statusText() const {
    if (connecting) {
        if (isDemo)
            return tr("Connecting to the demo org on %1…").arg(orgHost);
        return tr("Connecting to %1…").arg(orgHost);
    }
    if (!connected) {
        if (!error.isEmpty())
            return tr("Not connected: %1").arg(error);
        return tr("Not connected");
    }
    if (isDemo) {
        if (userLogin.isEmpty())
            return tr("Demo org on %1").arg(orgHost);
        return tr("Demo org on %1 as %2").arg(orgHost, userLogin);
    }
    if (methodText.isEmpty())
        return tr("Connected to %1 as %2").arg(orgHost, userLogin);
    return tr("Connected to %1 as %2 (%3)").arg(orgHost, userLogin, methodText);
}

} // namespace oktadesk

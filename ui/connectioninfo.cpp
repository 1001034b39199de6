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
    QString text;
    if (isDemo)
        text = userLogin.isEmpty() ? tr("Demo org on %1").arg(orgHost)
                                   : tr("Demo org on %1 as %2").arg(orgHost, userLogin);
    else if (methodText.isEmpty())
        text = tr("Connected to %1 as %2").arg(orgHost, userLogin);
    else
        text = tr("Connected to %1 as %2 (%3)").arg(orgHost, userLogin, methodText);
    if (!accountWarning.isEmpty())
        text = tr("%1 — not confirmed as a super admin").arg(text);
    return text;
}

} // namespace oktadesk

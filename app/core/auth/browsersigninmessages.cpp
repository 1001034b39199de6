// The one sentence per BrowserSignIn failure kind. None of them carries a code, a
// verifier, a secret or a token: `detail` is a port, Okta's error_description or Qt's
// transport error.
#include "browsersignin.h"

namespace okta {

namespace {
QString withOktaDetail(QString text, const QString &detail) {
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + BrowserSignIn::tr("Okta says: %1").arg(detail);
    return text;
}
} // namespace

QString BrowserSignIn::messageFor(Failure kind, const QString &detail) {
    switch (kind) {
    case Failure::None:
        return {};
    case Failure::PortInUse:
        return tr("OktaDesk could not listen on 127.0.0.1 port %1 for the sign-in redirect: another "
                  "program is probably using that port. Close that program, or choose another port "
                  "and register its redirect URI (http://127.0.0.1:PORT/callback) on the app.")
            .arg(detail.isEmpty() || detail == QLatin1String("0") ? tr("(any)") : detail);
    case Failure::AccessDenied:
        return withOktaDetail(tr("Okta denied access: consent was refused, or the account is not "
                                 "assigned to the app. Assign the account to the app in the Okta Admin "
                                 "Console (Applications → the app → Assignments), then sign in again."),
                              detail);
    case Failure::InvalidScope:
        return withOktaDetail(tr("Okta refused the requested scopes. Grant them to the app first (its "
                                 "Okta API Scopes tab; a super admin must do it), then sign in again."),
                              detail);
    case Failure::CodeExpired:
        return withOktaDetail(tr("The authorization code expired or was already used (it is valid for "
                                 "5 minutes, once). Start the sign-in again."),
                              detail);
    case Failure::InvalidClient:
        return withOktaDetail(tr("Okta did not accept the client ID or client secret. Copy both again "
                                 "from the app in the Okta Admin Console and retry."),
                              detail);
    case Failure::Network:
        return detail.isEmpty() ? tr("OktaDesk could not reach Okta to finish the sign-in.")
                                : tr("OktaDesk could not reach Okta to finish the sign-in: %1").arg(detail);
    case Failure::Cancelled:
        return tr("The sign-in was cancelled.");
    case Failure::Timeout:
        return tr("No sign-in came back from the browser in time. Start the sign-in again, and "
                  "finish it in the browser within 5 minutes.");
    case Failure::Other:
        return detail.isEmpty() ? tr("The sign-in failed.") : tr("The sign-in failed: %1").arg(detail);
    }
    return {};
}

QString BrowserSignIn::ignoredMessage(const QString &what) {
    if (what.isEmpty())
        return tr("A sign-in response that does not belong to this attempt (state mismatch: an old "
                  "browser tab or a forged link) was ignored. OktaDesk keeps waiting; finish the "
                  "sign-in in the newest browser tab.");
    return tr("OktaDesk ignored %1 on the sign-in address and keeps waiting for the browser.").arg(what);
}

} // namespace okta
